import type * as Y from 'yjs';
import { MAX_UPDATE_DEPTH } from './peer-update-check';
import { scopeOfUpdate } from './update-scope';
import { PARTICIPANT_ROOTS } from './workshop-doc';

/**
 * What the HOST checks of a participant's update before it applies it to the room's workshop doc
 * (docs/architecture.md, "Roles"): a participant's browser is not trusted, so the page's own
 * refusals are a courtesy and this is the rule. Refused: anything written outside the board's
 * maps (published quotes and counts are the HOST's), a lock set or lifted, any change to a locked
 * card or to a card inside a locked frame, a card moved into a locked frame, and an update that
 * builds on edits the HOST never had (its place is unknown, so it cannot be checked).
 *
 * Returns why the update is refused, or null.
 */
export function participantUpdateRefusal(workshop: Y.Doc, update: Uint8Array): string | null {
  const scope = scopeOfUpdate(workshop, update);
  if (!scope.ok) return scope.error;
  const { touches, sets, depth, unplaced } = scope.value;
  if (depth > MAX_UPDATE_DEPTH) return `it nests types ${depth} deep (at most ${MAX_UPDATE_DEPTH})`;
  if (unplaced > 0) return `it builds on ${unplaced} edit(s) the room never had`;
  const items = workshop.getMap<unknown>('items');
  for (const t of touches) {
    if (!PARTICIPANT_ROOTS.has(t.root)) return `it writes into "${t.root.slice(0, 40)}", which only the facilitators change`;
    if (t.root !== 'items' || t.record === null) continue;
    if (t.field === 'locked') return `it locks or unlocks ${t.record}`;
    const locked = lockOf(items, t.record);
    if (locked) return locked === t.record ? `${t.record} is locked` : `${t.record} is in locked frame ${locked}`;
  }
  for (const s of sets) {
    if (s.root !== 'items' || s.field !== 'parentId' || typeof s.value !== 'string') continue;
    const locked = lockOf(items, s.value);
    if (locked) return `it moves ${s.record} into locked frame ${locked}`;
  }
  return null;
}

/** Frames nest only one level (a frame has no parent frame), but a hostile doc may chain more: bounded. */
const MAX_PARENTS = 8;

/** The id of the locked card itself or of the locked frame holding it, or null when nothing holds it. */
function lockOf(items: Y.Map<unknown>, id: string): string | null {
  let current: string | null = id;
  for (let i = 0; current !== null && i < MAX_PARENTS; i++) {
    const record = items.get(current) as Y.Map<unknown> | undefined;
    if (!record || typeof record.get !== 'function') return null;
    if (record.get('locked') === true) return current;
    const parent = record.get('parentId');
    current = typeof parent === 'string' ? parent : null;
  }
  return null;
}
