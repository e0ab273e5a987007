import type * as Y from 'yjs';
import { isLockedFrame, isLockedIn, lookupIn } from '../board/locks';
import { MAX_UPDATE_DEPTH } from './peer-update-check';
import { scopeOfUpdate } from './update-scope';
import { PARTICIPANT_ROOTS } from './workshop-doc';

/**
 * What the HOST checks of a participant's update before it applies it to the room's workshop doc
 * (docs/architecture.md, "Roles"; the rule of a lock is shared/board/locks.ts): a participant's browser is not trusted, so the page's own
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
  const lookup = lookupIn(workshop);
  for (const t of touches) {
    if (!PARTICIPANT_ROOTS.has(t.root)) return `it writes into "${t.root.slice(0, 40)}", which only the facilitators change`;
    if (t.root !== 'items' || t.record === null) continue;
    if (t.field === 'locked') return `it locks or unlocks ${t.record}`;
    if (isLockedIn(lookup, t.record)) return `${t.record} is locked, or in a locked frame`;
  }
  for (const s of sets) {
    if (s.root === 'items' && s.field === 'parentId' && typeof s.value === 'string' && isLockedFrame(lookup, s.value)) return `it moves ${s.record} into locked frame ${s.value}`;
  }
  return null;
}
