import type * as Y from 'yjs';
import { compareDrawOrder, ITEMS, type ItemRecord } from '../records/items';
import { readRecord, readRecords, recordsOf, writeRecordTo, type RecordMap } from '../records/y-record';

/**
 * How the board lives in a Y.Doc:
 *   doc.getMap('items') : id → Y.Map of primitive fields (one Y.Map per record)
 *   doc.getMap('meta')  : title, createdAt, schemaVersion, lang (the project's language, may be absent)
 * What is mine (selection, camera, tool) never goes in the doc. Cards are declared with every
 * other record kind in shared/records; what follows are the board's short names for them.
 */

export type ItemMap = RecordMap;

/** Transactions the user makes here; the undo manager tracks only this origin. */
export const LOCAL_ORIGIN = 'tablee:local';
/** Loading, migrating and repairing are not undoable edits. */
export const SYSTEM_ORIGIN = 'tablee:system';

export { compareDrawOrder };
export { metaOf, readMeta, type BoardMeta } from '../records/meta';
export { snapshotOf, type BoardSnapshot } from '../records/snapshot';

export const itemsOf = (doc: Y.Doc): Y.Map<ItemMap> => recordsOf(ITEMS, doc);

/** Reads one record; undefined when the value is not a Y.Map or its fields do not make a valid record. */
export const readItem = (map: unknown): ItemRecord | undefined => readRecord(ITEMS, map);

/** Every valid record, in drawing order (z, then id). */
export const readItems = (doc: Y.Doc): ItemRecord[] => readRecords(ITEMS, doc);

export const writeItem = (items: Y.Map<ItemMap>, item: ItemRecord): void => void writeRecordTo(ITEMS, items, item.id, item);

