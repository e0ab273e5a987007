import * as Y from 'yjs';
import { madeByOf } from '../board/authorship';
import { isLockedFrame, isLockedIn, lookupIn } from '../board/locks';
import { amendmentRefusal } from './amendment-check';
import { MAX_UPDATE_DEPTH } from './peer-update-check';
import { scopeOfUpdate } from './update-scope';
import { PARTICIPANT_ROOTS } from './workshop-doc';

/** What the HOST knows of the sender and of the project, beyond the workshop doc. */
export interface ParticipantContext {
  /** Whether the project holds a record under this key that the workshop doc does not show. */
  hidden: (root: string, key: string) => boolean;
  /** The person the sender's presence says it is (its `people` entry); null before it said. */
  person: string | null;
}

/**
 * What the HOST checks of a participant's update before it applies it to the room's workshop doc
 * (docs/architecture.md, "Roles"; the rule of a lock is shared/board/locks.ts): a participant's browser is not trusted, so the page's own
 * refusals are a courtesy and this is the rule. Refused: anything written outside the board's
 * maps (published quotes and counts are the HOST's), a lock set or lifted, a proposal's decision
 * set, changed or deleted (alone, or with its proposal deleted or replaced whole), any change to a locked
 * card or to a card inside a locked frame, a card moved into a locked frame, a write over a card
 * the room does not show, a picture changed, someone else's name, an amendment
 * suggested or decided against its rules (amendment-check.ts), authorship of what is not on
 * the room's board or in someone else's name, a maker changed or a signature erased, content
 * the board never writes, and an update that builds on edits the HOST never had (its place is unknown, so it cannot be checked).
 *
 * Returns why the update is refused, or null.
 */
export function participantUpdateRefusal(workshop: Y.Doc, update: Uint8Array, sender: ParticipantContext): string | null {
  const scope = scopeOfUpdate(workshop, update);
  if (!scope.ok) return scope.error;
  const { touches, sets, entries, depth, unplaced, odd } = scope.value;
  if (depth > MAX_UPDATE_DEPTH) return `it nests types ${depth} deep (at most ${MAX_UPDATE_DEPTH})`;
  if (unplaced > 0) return `it builds on ${unplaced} edit(s) the room never had`;
  if (odd > 0) return `it holds ${odd} piece(s) of content the board never writes`;
  const lookup = lookupIn(workshop);
  const items = workshop.getMap<unknown>('items');
  const assets = workshop.getMap<unknown>('assets');
  // Records this update makes: their authorship may come with them.
  const made = new Set(touches.filter((t) => (t.root === 'items' || t.root === 'assets') && t.record !== null && t.field === null).map((t) => t.record!));
  const madeBy = madeByOf(workshop);
  // The values each authorship entry is given, found once (a pasted board signs thousands of cards in one update).
  const signed = new Map<string, unknown[]>();
  const entryKey = (root: string, record: string): string => `${root}\u0000${record}`;
  for (const e of entries) {
    const list = signed.get(entryKey(e.root, e.record));
    if (list) list.push(e.value);
    else signed.set(entryKey(e.root, e.record), [e.value]);
  }
  /**
   * Authorship is a transaction of its own, after the edit (shared/board/authorship.ts), so it
   * cannot be required to come with it. What holds instead: one signs only as oneself, never
   * erases a signature, and names the maker only of a record that has none yet (else a
   * participant could make someone's proposal theirs, then decide its amendments).
   */
  const authorshipRefusal = (root: string, record: string): string | null => {
    const id = record.slice(0, 60);
    if (!made.has(record) && !items.has(record) && !assets.has(record)) return `it writes the authorship of ${id}, which is not on the room's board`;
    if (isLockedIn(lookup, record)) return `${record} is locked, or in a locked frame`;
    const values = signed.get(entryKey(root, record)) ?? [];
    if (values.length === 0) return `it erases the authorship of ${id}`;
    if (sender.person === null || values.some((v) => v !== sender.person)) return `it signs ${id} in someone else's name`;
    if (root === 'madeBy' && (madeBy.has(record) || sender.hidden('madeBy', record))) return `it changes who made ${id}`;
    return null;
  };
  for (const t of touches) {
    if (!PARTICIPANT_ROOTS.has(t.root)) return `it writes into "${t.root.slice(0, 40)}", which only the facilitators change`;
    if (t.record === null) continue;
    if (t.root === 'items') {
      // A card the room does not show (a withheld quote's) exists all the same: a participant may not write over it.
      if (!items.has(t.record) && sender.hidden('items', t.record)) return `it writes over ${t.record}, which participants do not see`;
      if (t.field === 'locked') return `it locks or unlocks ${t.record}`;
      // Decisions are the facilitators' (shared/records/items.ts): a participant's update may not
      // write one, change one, nor delete one (deleting a decided proposal deletes its decision).
      if (t.field === 'decision') return `it sets or changes the decision on ${t.record}`;
      // A record deleted or set again whole loses its fields when Yjs applies the update, even
      // those the update does not name (a hand-built one need not list them): its decision with it.
      if (t.field === null && hasDecision(items.get(t.record))) return `it deletes or replaces ${t.record}, whose decision is set`;
      if (isLockedIn(lookup, t.record)) return `${t.record} is locked, or in a locked frame`;
    } else if (t.root === 'assets') {
      // A picture is written once: changing or deleting one would change a card someone else placed, locked or not.
      if (assets.has(t.record) || sender.hidden('assets', t.record)) return `it changes picture ${t.record}, already in the project`;
    } else if (t.root === 'amendments') {
      continue;
    } else if (t.root === 'people') {
      if (t.record !== sender.person) return `it renames someone else (${t.record.slice(0, 40)})`;
    } else {
      // madeBy / changedBy: only of records on the room's board, in the sender's own name.
      const refused = authorshipRefusal(t.root, t.record);
      if (refused) return refused;
    }
  }
  const amendment = amendmentRefusal(workshop, touches, sets, sender.person);
  if (amendment) return amendment;
  for (const s of sets) {
    if (s.root === 'items' && s.field === 'parentId' && typeof s.value === 'string' && isLockedFrame(lookup, s.value)) return `it moves ${s.record} into locked frame ${s.value}`;
  }
  return null;
}

/** Whether a card of the workshop doc holds a decision (only proposals do). */
const hasDecision = (card: unknown): boolean => card instanceof Y.Map && card.get('decision') != null;
