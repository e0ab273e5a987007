import * as Y from 'yjs';
import { itemsOf } from '../board/doc';

/**
 * An amendment's anchors are Yjs relative positions, which name items of the doc they were made
 * in. The project doc and the room's workshop doc hold copies of the same body made of other
 * items, so when the mirror copies an amendment from one to the other it points its anchors at
 * the same places of the other copy. Both bodies are identical at that moment (the mirror replays
 * right after each transaction, in one thread), so an index in one is the same index in the other.
 */
export function reanchorAmendment(from: Y.Doc, to: Y.Doc, id: string): void {
  const target = to.getMap<unknown>('amendments').get(id);
  if (!(target instanceof Y.Map)) return;
  const proposalId = target.get('proposalId');
  if (typeof proposalId !== 'string') return;
  const source = bodyOf(from, proposalId);
  const copy = bodyOf(to, proposalId);
  if (!source || !copy) return;
  for (const field of ['start', 'end'] as const) {
    const json = target.get(field);
    if (typeof json !== 'string') continue;
    const moved = moveAnchor(json, from, source, copy);
    if (moved !== null && moved !== json) target.set(field, moved);
  }
}

function bodyOf(doc: Y.Doc, proposalId: string): Y.Text | null {
  const body = itemsOf(doc).get(proposalId)?.get('body');
  return body instanceof Y.Text ? body : null;
}

function moveAnchor(json: string, from: Y.Doc, source: Y.Text, copy: Y.Text): string | null {
  try {
    const rel = Y.createRelativePositionFromJSON(JSON.parse(json));
    const at = Y.createAbsolutePositionFromRelativePosition(rel, from);
    if (!at || at.type !== source) return null;
    return JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(copy, Math.min(at.index, copy.length), rel.assoc)));
  } catch {
    return null;
  }
}
