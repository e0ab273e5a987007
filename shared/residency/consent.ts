import type { ConsentRefusal } from './types';
import type { InterviewRecord, QuoteRecord } from './records';

/**
 * Consent rules. The person quoted decided how their words may travel:
 *   'quote'     — quoted with their pseudonym;
 *   'anonymous' — quoted, attributed only to a profile (role, age band), never the pseudonym;
 *   'none'      — not quoted at all: the words stay in the interview, never on the board or in an export.
 */

export interface Attribution {
  /** The pseudonym, or null when the person may only be quoted anonymously (then show the profile). */
  pseudonym: string | null;
  role: InterviewRecord['role'];
  ageBand: InterviewRecord['ageBand'];
  place: string;
  date: string;
}

/** Why a quote may not be shown; undefined when it may. */
export function refusalFor(quote: QuoteRecord, interview: InterviewRecord | undefined): ConsentRefusal | undefined {
  if (quote.interviewId === null) return undefined;
  if (!interview) return 'interview-missing';
  if (interview.consent === 'none') return 'not-to-be-quoted';
  return undefined;
}

/** What a quote card may say about who said it; undefined when the quote may not be shown at all. */
export function attributionFor(quote: QuoteRecord, interview: InterviewRecord | undefined): Attribution | undefined {
  // A quote as the room publishes it carries its credit instead of its interview.
  if (quote.interviewId === null && quote.credit) return quote.credit;
  if (refusalFor(quote, interview) || !interview) return undefined;
  const pseudonym = interview.consent === 'quote' && interview.pseudonym.trim() !== '' ? interview.pseudonym.trim() : null;
  return { pseudonym, role: interview.role, ageBand: interview.ageBand, place: interview.place, date: interview.date };
}
