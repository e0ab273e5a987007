import * as Y from 'yjs';
import { AbstractType } from 'yjs';
import type { RecordKind } from './kind';

/**
 * Records to and from Y values, for any declared kind. Reading never calls `toJSON` on what a
 * peer sent: it looks one level into the declared nested types only, so a value nested
 * thousands of levels deep costs nothing and fails validation like any wrong value.
 */

export type RecordMap = Y.Map<unknown>;

/** Stands for a nested Yjs type where the kind declares none: no schema accepts it. */
const UNREADABLE = Symbol('unreadable nested value');

/** The top-level map of a kind. Its values should be Y.Maps, but a peer may have put anything there. */
export const recordsOf = <R extends object, S>(kind: RecordKind<R, S>, doc: Y.Doc): Y.Map<RecordMap> => doc.getMap<RecordMap>(kind.map);

/** One level of a nested value: a text's string, a map's or an array's primitives. */
function shallow(value: Y.AbstractType<unknown>): unknown {
  if (value instanceof Y.Text) return value.toString();
  const plain = (v: unknown): unknown => (v instanceof Y.AbstractType ? UNREADABLE : v);
  if (value instanceof Y.Map) {
    const out: Record<string, unknown> = {};
    value.forEach((v, k) => {
      out[k] = plain(v);
    });
    return out;
  }
  if (value instanceof Y.Array) return value.toArray().map(plain);
  return UNREADABLE;
}

/**
 * The stored fields of a record, as plain values for its schema. On every card's hot path: it
 * walks the map's entries exactly as `toJSON` does, at the same cost.
 */
export function fieldsOf(map: RecordMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map._map.forEach((item, key) => {
    if (item.deleted) return;
    const v: unknown = item.content.getContent()[item.length - 1];
    out[key] = v instanceof AbstractType ? shallow(v) : v;
  });
  return out;
}

/** A record of this kind, or undefined when the value is not a Y.Map or its fields are not a valid record. */
export function readRecord<R extends object, S>(kind: RecordKind<R, S>, value: unknown): R | undefined {
  if (!(value instanceof Y.Map)) return undefined;
  const parsed = kind.schema.safeParse(fieldsOf(value));
  return parsed.success ? parsed.data : undefined;
}

const byId = (a: object, b: object): number => {
  const x = (a as { id?: string }).id ?? '';
  const y = (b as { id?: string }).id ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Every valid record of a kind with its key, in the kind's order. */
export function readEntries<R extends object, S>(kind: RecordKind<R, S>, doc: Y.Doc): [string, R][] {
  const out: [string, R][] = [];
  recordsOf(kind, doc).forEach((value, id) => {
    const r = readRecord(kind, value);
    if (r) out.push([id, r]);
  });
  const order = kind.order;
  return out.sort(order ? (a, b) => order(a[1], b[1]) : (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Every valid record of a kind, in the kind's order. */
export function readRecords<R extends object, S>(kind: RecordKind<R, S>, doc: Y.Doc): R[] {
  const out: R[] = [];
  recordsOf(kind, doc).forEach((value) => {
    const r = readRecord(kind, value);
    if (r) out.push(r);
  });
  return out.sort(kind.order ?? byId);
}

/** A field's Y value: declared texts become a Y.Text, id sets a Y.Map (id → true); the rest stays a primitive. */
export function toYValue<R extends object, S>(kind: RecordKind<R, S>, key: string, value: unknown): unknown {
  if (kind.texts.has(key) && typeof value === 'string') return new Y.Text(value);
  if (kind.idSets.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const set = new Y.Map<unknown>();
    for (const k of Object.keys(value)) set.set(k, true);
    return set;
  }
  if (Array.isArray(value)) return [...(value as unknown[])];
  return value;
}

/** Writes a whole record under `id` (replacing any record there) and returns its Y.Map. */
export function writeRecordTo<R extends object, S>(kind: RecordKind<R, S>, records: Y.Map<RecordMap>, id: string, record: object): RecordMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) map.set(key, toYValue(kind, key, value));
  records.set(id, map);
  return map;
}
