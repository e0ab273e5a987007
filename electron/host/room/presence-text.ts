import * as Y from 'yjs';

/**
 * Where someone's caret is in a card's text travels as Yjs relative positions, which name items
 * of the sender's doc. Facilitators and participants hold different docs (the project, the
 * workshop doc: copies of the same cards, made of other items), so the HOST turns a caret from
 * one into the same place in the other's copy of that text. Only cards' texts are carried across:
 * a caret anywhere else (or one that does not parse) is dropped.
 */
export function translateTextPresence(text: unknown, from: Y.Doc, to: Y.Doc): unknown {
  const t = text as { id?: unknown; anchor?: unknown; head?: unknown } | null;
  if (typeof t?.id !== 'string') return null;
  const anchor = translatePosition(t.anchor, from, to);
  const head = translatePosition(t.head, from, to);
  return anchor === null || head === null ? null : { id: t.id, anchor, head };
}

function translatePosition(json: unknown, from: Y.Doc, to: Y.Doc): unknown {
  try {
    const at = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), from);
    if (!at || !(at.type instanceof Y.Text)) return null;
    const field = at.type._item?.parentSub;
    const record = at.type._item?.parent;
    const items = from.getMap<unknown>('items');
    if (!field || !(record instanceof Y.Map) || record._item?.parent !== items || !record._item.parentSub) return null;
    const target = (to.getMap<unknown>('items').get(record._item.parentSub) as Y.Map<unknown> | undefined)?.get(field);
    if (!(target instanceof Y.Text)) return null;
    return Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(target, Math.min(at.index, target.length)));
  } catch {
    return null;
  }
}
