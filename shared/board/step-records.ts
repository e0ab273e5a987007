import * as Y from 'yjs';
import { itemsOf } from './doc';

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/** What an undo step names: the structs it inserted (undo deletes them) and those it deleted (undo brings them back). */
export interface StepSets {
  insertions: DeleteSet;
  deletions: DeleteSet;
}

/**
 * The board's records (card and frame ids) an undo or redo step would change: each struct of
 * the step, followed up to the record it belongs to (a field, a text's characters, the record
 * itself). A participant's page asks before undoing, since an undo that touches something locked
 * since would be refused by the HOST.
 */
export function recordsOfStep(doc: Y.Doc, step: StepSets): Set<string> {
  const items = itemsOf(doc) as Y.AbstractType<unknown>;
  const out = new Set<string>();
  for (const ds of [step.insertions, step.deletions]) {
    ds.clients.forEach((ranges, client) => {
      const structs = doc.store.clients.get(client);
      if (!structs || structs.length === 0) return;
      for (const { clock, len } of ranges) {
        for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < clock + len; i++) {
          const id = recordOf(structs[i]!, items);
          if (id !== null) out.add(id);
        }
      }
    });
  }
  return out;
}

/** Nesting is shallow (record → field or text → characters): a bound keeps a hostile doc from looping. */
const MAX_DEPTH = 8;

function recordOf(struct: Y.Item | Y.GC, items: Y.AbstractType<unknown>): string | null {
  if (!(struct instanceof Y.Item)) return null;
  let item: Y.Item | null = struct;
  for (let depth = 0; item && depth < MAX_DEPTH; depth++) {
    if (item.parent === items) return typeof item.parentSub === 'string' ? item.parentSub : null;
    const parent: unknown = item.parent;
    item = parent instanceof Y.AbstractType ? parent._item : null;
  }
  return null;
}
