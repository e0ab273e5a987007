import * as Y from 'yjs';
import { interviewSchema, quoteSchema, tagSchema, type InterviewRecord, type QuoteRecord, type TagRecord } from './records';

/**
 * Where residency records live in the Y.Doc, next to `items` and `meta`:
 *   doc.getMap('interviews') : id → Y.Map (transcript is a Y.Text)
 *   doc.getMap('quotes')     : id → Y.Map
 *   doc.getMap('tags')       : id → Y.Map (the project's editable tag lists)
 */
export type RecordMap = Y.Map<unknown>;

export const interviewsOf = (doc: Y.Doc): Y.Map<RecordMap> => doc.getMap<RecordMap>('interviews');
export const quotesOf = (doc: Y.Doc): Y.Map<RecordMap> => doc.getMap<RecordMap>('quotes');
export const tagsOf = (doc: Y.Doc): Y.Map<RecordMap> => doc.getMap<RecordMap>('tags');

export const TEXT_FIELDS: ReadonlySet<string> = new Set(['transcript']);

export function writeRecord(map: Y.Map<RecordMap>, record: { id: string } & Record<string, unknown>): RecordMap {
  const m = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) m.set(key, TEXT_FIELDS.has(key) && typeof value === 'string' ? new Y.Text(value) : value);
  map.set(record.id, m);
  return m;
}

const reader =
  <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }) =>
  (m: RecordMap | undefined): T | undefined => {
    if (!(m instanceof Y.Map)) return undefined;
    const parsed = schema.safeParse(m.toJSON());
    return parsed.success ? parsed.data : undefined;
  };

export const readInterview = reader<InterviewRecord>(interviewSchema);
export const readQuote = reader<QuoteRecord>(quoteSchema);
export const readTag = reader<TagRecord>(tagSchema);

function readAll<T extends { id: string }>(map: Y.Map<RecordMap>, read: (m: RecordMap | undefined) => T | undefined): T[] {
  const out: T[] = [];
  map.forEach((m) => {
    const r = read(m);
    if (r) out.push(r);
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const readInterviews = (doc: Y.Doc): InterviewRecord[] => readAll(interviewsOf(doc), readInterview);
export const readQuotes = (doc: Y.Doc): QuoteRecord[] => readAll(quotesOf(doc), readQuote);
export const readTags = (doc: Y.Doc): TagRecord[] => readAll(tagsOf(doc), readTag);

/** The transcript's Y.Text (created if an older record has none), for an editor bound to it. */
export function transcriptText(doc: Y.Doc, interviewId: string): Y.Text | undefined {
  const v = interviewsOf(doc).get(interviewId)?.get('transcript');
  return v instanceof Y.Text ? v : undefined;
}
