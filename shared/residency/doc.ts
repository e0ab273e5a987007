import type * as Y from 'yjs';
import { ALL_KINDS } from '../records/kinds';
import { INTERVIEWS, QUOTES, TAGS, type InterviewRecord, type QuoteRecord, type TagRecord } from '../records/residency';
import { readRecord, readRecords, recordsOf, writeRecordTo, type RecordMap } from '../records/y-record';

/**
 * Where residency records live in the Y.Doc, next to `items` and `meta` (declared in
 * shared/records/residency.ts): the residency's short names for reading and writing them.
 */
export type { RecordMap };

export const interviewsOf = (doc: Y.Doc): Y.Map<RecordMap> => recordsOf(INTERVIEWS, doc);
export const quotesOf = (doc: Y.Doc): Y.Map<RecordMap> => recordsOf(QUOTES, doc);
export const tagsOf = (doc: Y.Doc): Y.Map<RecordMap> => recordsOf(TAGS, doc);

/** Writes a record into one of the doc's record maps, with the nested types its kind declares. */
export function writeRecord(map: Y.Map<RecordMap>, record: { id: string } & Record<string, unknown>): RecordMap {
  const kind = map.doc ? ALL_KINDS.find((k) => recordsOf(k, map.doc!) === map) : undefined;
  if (!kind) throw new Error('not a record map of this project');
  return writeRecordTo(kind, map, record.id, record);
}

export const readInterview = (m: unknown): InterviewRecord | undefined => readRecord(INTERVIEWS, m);
export const readQuote = (m: unknown): QuoteRecord | undefined => readRecord(QUOTES, m);

export const readInterviews = (doc: Y.Doc): InterviewRecord[] => readRecords(INTERVIEWS, doc);
export const readQuotes = (doc: Y.Doc): QuoteRecord[] => readRecords(QUOTES, doc);
export const readTags = (doc: Y.Doc): TagRecord[] => readRecords(TAGS, doc);
