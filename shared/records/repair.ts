import * as Y from 'yjs';
import type { RecordRef } from './kind';
import type { AnyKind } from './kinds';
import { fieldsOf, recordsOf, type RecordMap } from './y-record';

export interface RepairIssue {
  id: string;
  /** 'dropped': the record was unreadable and removed; 'fixed': a field was corrected. */
  action: 'dropped' | 'fixed';
  reason: string;
}

type Valid = Map<string, Map<string, Record<string, unknown>>>;

/**
 * Validates one stored value of a kind: a value that is not a valid record is deleted and
 * reported; an `id` field that disagrees with its key is corrected. Returns the record, if kept.
 */
function validateEntry(kind: AnyKind, records: Y.Map<RecordMap>, key: string, value: unknown, issues: RepairIssue[], live = false): Record<string, unknown> | undefined {
  const drop = (why: string): undefined => {
    records.delete(key);
    issues.push({ id: key, action: 'dropped', reason: kind.label ? `${kind.label}: ${why}` : why });
    return undefined;
  };
  if (!(value instanceof Y.Map)) return drop('not a record');
  const parsed = kind.schema.safeParse(fieldsOf(value));
  // Live, a record can lack a field for a moment: an update's deletion arrives before the value
  // that replaces it, or an undo's heal follows the undo (shared/board/undo-heal.ts). Only what is
  // there and wrong is broken then; a record that stays incomplete is repaired when loaded.
  if (!parsed.success && live && parsed.error.issues.every((i) => typeof i.path[0] === 'string' && !value.has(i.path[0]))) return undefined;
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const message = first?.message ?? 'invalid';
    return drop(kind.label ? message : `${first?.path.join('.') || 'record'}: ${message}`);
  }
  const record = parsed.data as Record<string, unknown>;
  const refused = kind.check?.(record);
  if (refused) return drop(refused);
  if (typeof record.id === 'string' && record.id !== key) {
    value.set('id', key);
    issues.push({ id: key, action: 'fixed', reason: `id field said ${record.id}` });
    return { ...record, id: key };
  }
  return record;
}

/**
 * Validates every record of these kinds and repairs the doc in place (in the caller's
 * transaction): unreadable records are dropped, then every link is checked against the records
 * kept and repaired as its declaration says, and records nothing uses are dropped where the
 * kind says so, until nothing changes. A link to a kind not listed here is left as it is.
 */
export function repairRecords(doc: Y.Doc, kinds: readonly AnyKind[], issues: RepairIssue[] = []): RepairIssue[] {
  const valid: Valid = new Map();
  for (const kind of kinds) {
    const records = recordsOf(kind, doc);
    const kept = new Map<string, Record<string, unknown>>();
    for (const [key, value] of [...records.entries()]) {
      const record = validateEntry(kind, records, key, value, issues);
      if (record) kept.set(key, record);
    }
    valid.set(kind.name, kept);
  }
  const kept = new Set<string>();
  // A pass may drop records that other links point at: the next pass sees that. Passes stop when
  // one drops nothing, so there are at most as many as there are records (in practice two).
  for (;;) {
    const dropped = repairLinks(doc, kinds, valid, issues, kept) + dropUnused(doc, kinds, valid, issues);
    if (dropped === 0) return issues;
  }
}

/**
 * Validates the records under these keys only (those an update touched), while peers edit: a
 * record that only lacks fields is left for now (see validateEntry).
 */
export function repairTouched(doc: Y.Doc, touched: ReadonlyMap<AnyKind, ReadonlySet<string>>, issues: RepairIssue[] = []): RepairIssue[] {
  for (const [kind, keys] of touched) {
    const records = recordsOf(kind, doc);
    for (const key of keys) if (records.has(key)) validateEntry(kind, records, key, records.get(key), issues, true);
  }
  return issues;
}

function idsIn(kind: AnyKind, ref: RecordRef, record: Record<string, unknown>): string[] {
  const v = record[ref.field];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (kind.idSets.has(ref.field) && typeof v === 'object' && v !== null) return Object.keys(v);
  return [];
}

function repairLinks(doc: Y.Doc, kinds: readonly AnyKind[], valid: Valid, issues: RepairIssue[], keptReported: Set<string>): number {
  let dropped = 0;
  for (const kind of kinds) {
    const records = recordsOf(kind, doc);
    const own = valid.get(kind.name)!;
    for (const [id, record] of [...own]) {
      const map = records.get(id) as Y.Map<unknown>;
      for (const ref of kind.refs) {
        const targets = valid.get(ref.to);
        const value = record[ref.field];
        if (!targets || value === undefined || value === null) continue;
        const accepts = ref.accepts as ((s: unknown, t: unknown) => boolean) | undefined;
        const ok = (t: string): boolean => {
          const target = targets.get(t);
          return target !== undefined && (!accepts || accepts(record, target));
        };
        if (kind.idSets.has(ref.field)) {
          const set = map.get(ref.field);
          if (!(set instanceof Y.Map)) continue;
          for (const t of [...set.keys()]) {
            if (ok(t)) continue;
            set.delete(t);
            delete (value as Record<string, unknown>)[t];
            issues.push({ id, action: 'fixed', reason: `link to missing ${ref.noun} ${t} removed` });
          }
        } else if (Array.isArray(value)) {
          if (value.every((t) => ok(t as string))) continue;
          record[ref.field] = value.filter((t) => ok(t as string));
          map.set(ref.field, record[ref.field]);
          issues.push({ id, action: 'fixed', reason: `links to missing ${ref.noun}s removed` });
        } else if (typeof value === 'string' && !ok(value)) {
          const says = ref.says?.(value) ?? `missing ${ref.noun} ${value}`;
          if (ref.onMissing === 'drop') {
            records.delete(id);
            own.delete(id);
            issues.push({ id, action: 'dropped', reason: says });
            dropped++;
            break;
          }
          if (ref.onMissing === 'keep') {
            const seen = `${kind.name}\n${id}\n${ref.field}`;
            if (!keptReported.has(seen)) issues.push({ id, action: 'fixed', reason: says });
            keptReported.add(seen);
            continue;
          }
          map.set(ref.field, null);
          record[ref.field] = null;
          issues.push({ id, action: 'fixed', reason: `link to missing ${ref.noun} ${value} removed` });
        }
      }
    }
  }
  return dropped;
}

function dropUnused(doc: Y.Doc, kinds: readonly AnyKind[], valid: Valid, issues: RepairIssue[]): number {
  let dropped = 0;
  for (const kind of kinds) {
    if (!kind.droppedWhenUnused) continue;
    const used = new Set<string>();
    for (const from of kinds) {
      for (const ref of from.refs) {
        if (ref.to !== kind.name) continue;
        for (const record of valid.get(from.name)!.values()) for (const t of idsIn(from, ref, record)) used.add(t);
      }
    }
    const records = recordsOf(kind, doc);
    const own = valid.get(kind.name)!;
    for (const id of [...own.keys()]) {
      if (used.has(id)) continue;
      records.delete(id);
      own.delete(id);
      issues.push({ id, action: 'dropped', reason: kind.droppedWhenUnused });
      dropped++;
    }
  }
  return dropped;
}
