import * as Y from 'yjs';
import { snapshotAssets, type AssetSnapshot } from '../residency/assets';
import { readInterviews, readQuotes, readTags } from '../residency/doc';
import type { InterviewRecord, QuoteRecord, TagRecord } from '../residency/records';
import { IDSET_FIELDS, itemSchema, YTEXT_FIELDS, type ItemRecord } from './records';

/**
 * How the board lives in a Y.Doc:
 *   doc.getMap('items') : id → Y.Map of primitive fields (one Y.Map per record)
 *   doc.getMap('meta')  : title, createdAt, schemaVersion
 * What is mine (selection, camera, tool) never goes in the doc.
 */

export type ItemMap = Y.Map<unknown>;

/** Transactions the user makes here; the undo manager tracks only this origin. */
export const LOCAL_ORIGIN = 'tablee:local';
/** Loading, migrating and repairing are not undoable edits. */
export const SYSTEM_ORIGIN = 'tablee:system';

export const itemsOf = (doc: Y.Doc): Y.Map<ItemMap> => doc.getMap<ItemMap>('items');
export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>('meta');

export interface BoardMeta {
  title: string;
  createdAt: string;
  schemaVersion: number;
}

export function readMeta(doc: Y.Doc): BoardMeta {
  const meta = metaOf(doc);
  const title = meta.get('title');
  const createdAt = meta.get('createdAt');
  const schemaVersion = meta.get('schemaVersion');
  return {
    title: typeof title === 'string' ? title : '',
    createdAt: typeof createdAt === 'string' ? createdAt : '',
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 0,
  };
}

/** Reads one record; undefined when the stored fields do not make a valid record. */
export function readItem(map: ItemMap): ItemRecord | undefined {
  const parsed = itemSchema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : undefined;
}

/** Every valid record, in drawing order (z, then id). */
export function readItems(doc: Y.Doc): ItemRecord[] {
  const out: ItemRecord[] = [];
  itemsOf(doc).forEach((map) => {
    const item = readItem(map);
    if (item) out.push(item);
  });
  return out.sort(compareDrawOrder);
}

export function compareDrawOrder(a: ItemRecord, b: ItemRecord): number {
  // Frames always sit under cards so a card dropped in a frame never hides behind it.
  const layer = (i: ItemRecord): number => (i.kind === 'frame' ? 0 : 1);
  return layer(a) - layer(b) || a.z - b.z || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function writeItem(items: Y.Map<ItemMap>, item: ItemRecord): void {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(item)) map.set(key, toYValue(key, value));
  items.set(item.id, map);
}

/** Long text becomes a Y.Text, link sets a Y.Map (id → true); everything else stays a primitive. */
export function toYValue(key: string, value: unknown): unknown {
  if (YTEXT_FIELDS.has(key) && typeof value === 'string') return new Y.Text(value);
  if (IDSET_FIELDS.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const set = new Y.Map<unknown>();
    for (const k of Object.keys(value)) set.set(k, true);
    return set;
  }
  if (Array.isArray(value)) return [...(value as unknown[])];
  return value;
}

/** The readable JSON copy stored next to the Yjs state and returned by `window.tablee.snapshot()`. */
export interface BoardSnapshot {
  schemaVersion: number;
  meta: BoardMeta;
  items: ItemRecord[];
  interviews: InterviewRecord[];
  quotes: QuoteRecord[];
  tags: TagRecord[];
  /** Pictures of image cards, without their bytes (absent in files written before schema 4). */
  assets?: AssetSnapshot[];
}

export function snapshotOf(doc: Y.Doc): BoardSnapshot {
  const meta = readMeta(doc);
  return { schemaVersion: meta.schemaVersion, meta, items: readItems(doc), interviews: readInterviews(doc), quotes: readQuotes(doc), tags: readTags(doc), assets: snapshotAssets(doc) };
}
