import type * as Y from 'yjs';
import { interviewsOf, quotesOf, readInterview, readQuote } from '../residency/doc';
import { attributionFor, refusalFor, type Attribution } from '../residency/consent';

/**
 * A quote as the room may see it: its words and the credit its person agreed to, never the
 * interview, its id, its transcript or its notes (shared/room/workshop-mirror.ts writes these).
 */
export interface PublishedQuote {
  id: string;
  text: string;
  /** Absent for a quote typed in without an interview. */
  credit?: Attribution;
}

/** The quotes of the project the room may see (only `ids` when given): a refused or orphaned quote is absent. */
export function publishedQuotes(full: Y.Doc, ids?: ReadonlySet<string>): Map<string, PublishedQuote> {
  const out = new Map<string, PublishedQuote>();
  const quotes = quotesOf(full);
  const interviews = interviewsOf(full);
  const publish = (id: string, value: unknown): void => {
    const quote = readQuote(value);
    if (!quote || quote.id !== id) return;
    const interview = quote.interviewId === null ? undefined : readInterview(interviews.get(quote.interviewId));
    if (refusalFor(quote, interview)) return;
    const credit = attributionFor(quote, interview);
    out.set(id, credit ? { id, text: quote.text, credit } : { id, text: quote.text });
  };
  if (ids) for (const id of ids) publish(id, quotes.get(id));
  else quotes.forEach((value, id) => publish(id, value));
  return out;
}

export function samePublished(a: PublishedQuote, b: PublishedQuote): boolean {
  if (a.text !== b.text || !a.credit !== !b.credit) return false;
  if (!a.credit || !b.credit) return true;
  const x = a.credit;
  const y = b.credit;
  return x.pseudonym === y.pseudonym && x.role === y.role && x.ageBand === y.ageBand && x.place === y.place && x.date === y.date;
}
