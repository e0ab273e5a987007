import * as Y from 'yjs';
import { itemsOf, SYSTEM_ORIGIN } from '../board/doc';
import { itemSchema } from '../board/records';

export interface RepairIssue {
  id: string;
  /** 'dropped': the record was unreadable and removed; 'fixed': a field was corrected. */
  action: 'dropped' | 'fixed';
  reason: string;
}

/**
 * Validates every record and repairs the doc in place: unreadable records are dropped, links to
 * missing frames are cleared. Returns what was done so the user can be told.
 */
export function validateAndRepair(doc: Y.Doc): RepairIssue[] {
  const issues: RepairIssue[] = [];
  doc.transact(() => {
    const items = itemsOf(doc);
    const frames = new Set<string>();
    for (const [key, value] of [...items.entries()]) {
      if (!(value instanceof Y.Map)) {
        items.delete(key);
        issues.push({ id: key, action: 'dropped', reason: 'not a record' });
        continue;
      }
      const parsed = itemSchema.safeParse(value.toJSON());
      if (!parsed.success) {
        items.delete(key);
        const first = parsed.error.issues[0];
        const where = first?.path.join('.') || 'record';
        issues.push({ id: key, action: 'dropped', reason: `${where}: ${first?.message ?? 'invalid'}` });
        continue;
      }
      if (parsed.data.id !== key) {
        value.set('id', key);
        issues.push({ id: key, action: 'fixed', reason: `id field said ${parsed.data.id}` });
      }
      if (parsed.data.kind === 'frame') frames.add(key);
    }
    items.forEach((map, key) => {
      const parent = map.get('parentId');
      if (parent === null) return;
      if (typeof parent === 'string' && frames.has(parent) && parent !== key && map.get('kind') !== 'frame') return;
      map.set('parentId', null);
      issues.push({ id: key, action: 'fixed', reason: `link to missing frame ${String(parent)} removed` });
    });
  }, SYSTEM_ORIGIN);
  return issues;
}
