import * as Y from 'yjs';

/** Origin of the follow-up write that puts back a field an undo emptied; no undo manager tracks it. */
export const UNDO_HEAL_ORIGIN = 'tablee:undo-heal';

/**
 * Keeps undo and redo from emptying a record's field.
 *
 * Yjs's undo never takes back a peer's edit: when a peer wrote a field after me, my undo leaves
 * their value. But when we wrote it at the same time and my value won, my undo deletes my value
 * and cannot restore the one I overwrote (Yjs sees the peer's lost write as a conflict): the field
 * is left empty, the card is no longer a valid record for anyone, and loading would drop it
 * (found by tests/fuzz/sync-fuzz.ts). After each undo or redo, a field of a record that the step
 * emptied is written again with the value my undone edit had overwritten — what undo means — or,
 * when Yjs no longer holds that value, with the value it had just before.
 *
 * The write is a transaction of its own, right after the undo's: peers get both together.
 * `maps` are the top-level maps whose entries are records (one Y.Map of fields per record).
 */
export function keepFieldsThroughUndo(doc: Y.Doc, undo: Y.UndoManager, maps: ReadonlyArray<Y.Map<Y.Map<unknown>>>): () => void {
  const roots = new Set<unknown>(maps);
  const observer = (events: Array<Y.YEvent<Y.Map<unknown>>>, tr: Y.Transaction): void => {
    if (tr.origin !== undo) return;
    const fixes: Array<[Y.Map<unknown>, string, unknown]> = [];
    for (const event of events) {
      const record = event.target;
      if (!(record instanceof Y.Map) || !roots.has(record.parent) || record._item?.deleted) continue;
      event.changes.keys.forEach((change, key) => {
        if (change.action !== 'delete' || record.has(key)) return;
        const value = overwrittenValue(doc, tr, record, key);
        // The field had no value before my edit (an optional one, a card's lock): empty is what undo means.
        if (value === NO_VALUE_BEFORE) return;
        fixes.push([record, key, value === undefined ? change.oldValue : value]);
      });
    }
    const restorable = fixes.filter(([, , v]) => v !== undefined && !(v instanceof Y.AbstractType));
    if (restorable.length) doc.transact(() => restorable.forEach(([m, k, v]) => m.set(k, v)), UNDO_HEAL_ORIGIN);
  };
  for (const map of maps) map.observeDeep(observer);
  return () => {
    for (const map of maps) map.unobserveDeep(observer);
  };
}

/** The entry this undo deleted was the field's first value: it replaced nothing. */
const NO_VALUE_BEFORE = Symbol('no value before');

/** The value that the entry this undo deleted had replaced, if Yjs still holds it. */
function overwrittenValue(doc: Y.Doc, tr: Y.Transaction, record: Y.Map<unknown>, key: string): unknown {
  // Yjs keeps a map entry's successive values as a linked list of items; the newest is last.
  let item = (record as unknown as { _map: Map<string, Y.Item> })._map.get(key) ?? null;
  while (item && !deletedIn(tr, item.id)) item = item.left;
  if (item && !item.origin && !item.left) return NO_VALUE_BEFORE;
  if (!item?.origin) return undefined;
  const replaced = Y.getItem(doc.store, item.origin);
  if (!(replaced instanceof Y.Item) || !(replaced.content instanceof Y.ContentAny)) return undefined;
  return replaced.content.getContent()[0];
}

function deletedIn(tr: Y.Transaction, id: Y.ID): boolean {
  return (tr.deleteSet.clients.get(id.client) ?? []).some((d) => id.clock >= d.clock && id.clock < d.clock + d.len);
}
