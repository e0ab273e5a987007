import type * as Y from 'yjs';
import { AUTHORSHIP_MAPS } from '../board/authorship';
import { HELD_MAP } from '../day/day-round';
import { DAY_MAP } from '../day/day-timer';
import { ALL_KINDS } from '../records/kinds';
import { scopeOfUpdate } from './update-scope';

/**
 * What the HOST checks of an update from the page or a peer before it applies it (the records it
 * touches are validated after, see shared/records/repair.ts): it must be a Yjs update, write only
 * into the doc's own top-level maps, and nest types no deeper than a record needs. Yjs recurses
 * when it deletes or collects a nested type: a map nested thousands deep inside a card, once
 * applied, would make every later repair and reload of the project overflow the stack.
 *
 * Returns why the update is refused, or null.
 */
export function peerUpdateRefusal(doc: Y.Doc, update: Uint8Array): string | null {
  const scope = scopeOfUpdate(doc, update);
  if (!scope.ok) return scope.error;
  if (scope.value.depth > MAX_UPDATE_DEPTH) return `it nests types ${scope.value.depth} deep (at most ${MAX_UPDATE_DEPTH})`;
  const foreign = scope.value.touches.find((t) => !DOC_ROOTS.has(t.root));
  if (foreign) return `it writes into "${foreign.root.slice(0, 40)}", which is not a map of the board`;
  return null;
}

/** A record's map (1), its field (2), a link set's entry or a text's letters (3): room to spare. */
export const MAX_UPDATE_DEPTH = 8;

const DOC_ROOTS: ReadonlySet<string> = new Set([...ALL_KINDS.map((k) => k.map), 'meta', DAY_MAP, HELD_MAP, ...AUTHORSHIP_MAPS]);
