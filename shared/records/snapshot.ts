import type * as Y from 'yjs';
import type { AmendmentRecord } from './amendments';
import type { AssetSnapshot } from './assets';
import { ITEMS, type ItemRecord } from './items';
import { ALL_KINDS, type AnyKind } from './kinds';
import { metaOf, readMeta, type BoardMeta } from './meta';
import type { InterviewRecord, QuoteRecord, TagRecord } from './residency';
import type { VoteResult } from './votes';
import { readEntries, readRecords, recordsOf, writeRecordTo } from './y-record';

/**
 * The readable JSON copy stored next to the Yjs state and returned by `window.tablee.snapshot()`:
 * schemaVersion, meta, then one list per kind of RECORD_KINDS, in that order. This type names
 * the lists for the code that reads them; the lists themselves come from the declarations.
 */
export interface BoardSnapshot {
  schemaVersion: number;
  meta: BoardMeta;
  items: ItemRecord[];
  interviews: InterviewRecord[];
  quotes: QuoteRecord[];
  tags: TagRecord[];
  /** Pictures of image cards, without their bytes (absent in files written before schema 4). */
  assets?: AssetSnapshot[];
  /** Frozen results of dot votes (absent in files written before there were votes). */
  voteResults?: VoteResult[];
  /** Changes suggested to proposals (absent in files written before there were amendments). */
  amendments?: AmendmentRecord[];
}

export function snapshotOf(doc: Y.Doc): BoardSnapshot {
  const meta = readMeta(doc);
  return { schemaVersion: meta.schemaVersion, meta, ...snapshotRecords(doc, ALL_KINDS) } as unknown as BoardSnapshot;
}

/** One list per kind, in the kinds' order, each in its kind's order. */
export function snapshotRecords(doc: Y.Doc, kinds: readonly AnyKind[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const kind of kinds) {
    const toSnapshot = kind.toSnapshot;
    out[kind.snapshotKey] = toSnapshot ? readEntries(kind, doc).map(([id, r]) => toSnapshot(r, id)) : readRecords(kind, doc);
  }
  return out;
}

/**
 * How many records a project may hold: far above any residency (a 50,000-card board holds
 * about 60,000), low enough that a file claiming more is refused before it is built in memory.
 */
export interface RecordLimits {
  perKind: number;
  total: number;
}
export const RECORD_LIMITS: RecordLimits = { perKind: 200_000, total: 300_000 };

/** Why a set of counts is over the limits, or null. */
export function overLimits(counts: ReadonlyMap<string, number>, limits: RecordLimits): string | null {
  let total = 0;
  for (const [key, n] of counts) {
    if (n > limits.perKind) return `${n} ${key}, at most ${limits.perKind}`;
    total += n;
  }
  return total > limits.total ? `${total} records, at most ${limits.total}` : null;
}

/** Record counts of a parsed snapshot, by its list keys (a list that is not an array counts 0). */
export function snapshotCounts(snapshot: unknown, kinds: readonly AnyKind[] = ALL_KINDS): Map<string, number> {
  const s = (typeof snapshot === 'object' && snapshot !== null ? snapshot : {}) as Record<string, unknown>;
  return new Map(kinds.map((k) => [k.snapshotKey, Array.isArray(s[k.snapshotKey]) ? (s[k.snapshotKey] as unknown[]).length : 0]));
}

/** Record counts of a doc, by kind. */
export function docCounts(doc: Y.Doc, kinds: readonly AnyKind[] = ALL_KINDS): Map<string, number> {
  return new Map(kinds.map((k) => [k.map, recordsOf(k, doc).size]));
}

/**
 * Writes into `doc` every valid record of a snapshot (in the caller's transaction), in one loop
 * per list: nothing here recurses over the file's data. Kinds the snapshot cannot restore
 * (pictures: their bytes are not in it) are left out. False when it has no list of cards.
 */
export function restoreSnapshot(doc: Y.Doc, snapshot: unknown, kinds: readonly AnyKind[] = ALL_KINDS): boolean {
  const s = snapshot as (Record<string, unknown> & { meta?: { title?: unknown; createdAt?: unknown } }) | undefined;
  if (typeof s !== 'object' || s === null || !Array.isArray(s[ITEMS.snapshotKey])) return false;
  for (const kind of kinds) {
    const list = s[kind.snapshotKey];
    if (!kind.restorable || !Array.isArray(list)) continue;
    const records = recordsOf(kind, doc);
    for (const candidate of list as unknown[]) {
      const parsed = kind.schema.safeParse(candidate);
      if (parsed.success) writeRecordTo(kind, records, (parsed.data as { id: string }).id, parsed.data);
    }
  }
  const meta = metaOf(doc);
  const m = typeof s.meta === 'object' && s.meta !== null ? s.meta : {};
  if (typeof m.title === 'string') meta.set('title', m.title);
  if (typeof m.createdAt === 'string') meta.set('createdAt', m.createdAt);
  return true;
}
