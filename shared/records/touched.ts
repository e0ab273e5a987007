import * as Y from 'yjs';
import type { AnyKind } from './kinds';
import { recordsOf } from './y-record';

/**
 * The records a transaction touched, by kind: an entry set or deleted in a kind's map, or any
 * field, id set or text inside one. Costs what the transaction changed, never the board's size.
 */
export function touchedByKind(doc: Y.Doc, changed: Y.Transaction['changed'], kinds: readonly AnyKind[]): Map<AnyKind, Set<string>> {
  const tops = new Map<unknown, AnyKind>(kinds.map((k) => [recordsOf(k, doc), k]));
  const out = new Map<AnyKind, Set<string>>();
  const add = (kind: AnyKind, id: string): void => {
    let ids = out.get(kind);
    if (!ids) out.set(kind, (ids = new Set()));
    ids.add(id);
  };
  for (const [type, keys] of changed) {
    const top = tops.get(type);
    if (top) {
      for (const key of keys) if (key !== null) add(top, key);
      continue;
    }
    // Walk up from the changed field to the record that holds it.
    let item = type._item;
    while (item) {
      const parent = item.parent instanceof Y.AbstractType ? item.parent : null;
      const kind = parent ? tops.get(parent) : undefined;
      if (kind) {
        if (item.parentSub !== null) add(kind, item.parentSub);
        break;
      }
      item = parent?._item ?? null;
    }
  }
  return out;
}
