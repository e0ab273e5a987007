import * as Y from 'yjs';
import { createItem, deleteItems, refreshMembership, transact, updateItem } from '../board/commands';
import { growToText } from '../board/card-height';
import { itemsOf } from '../board/doc';
import type { ThemeMark } from '../board/records';
import { err, ok, type Result } from '../result';
import { attributionFor, refusalFor } from './consent';
import { interviewsOf, quotesOf, readInterview, readQuote, tagsOf, writeRecord } from './doc';
import {
  MAX_QUOTE_LENGTH,
  MAX_TRANSCRIPT_LENGTH,
  newId,
  type InterviewPatch,
  type InterviewRecord,
  type TagGroup,
} from './records';
import type { ConsentRefusal } from './types';

// Residency commands: each is one transaction on the local origin (one undo step, one update),
// nested commands included (Yjs folds a transaction inside another into the outer one).

// ── Interviews ────────────────────────────────────────────────────────────────────────────────

export const EMPTY_INTERVIEW: Omit<InterviewRecord, 'id'> = {
  date: '',
  place: '',
  kind: 'one-to-one',
  role: 'user',
  ageBand: '',
  pseudonym: '',
  // The safe default: nobody is quoted until the facilitator records that they agreed.
  consent: 'none',
  notes: '',
  transcript: '',
};

export function addInterview(doc: Y.Doc, fields: Partial<Omit<InterviewRecord, 'id'>> = {}, id: string = newId('interview')): string {
  return transact(doc, () => {
    const transcript = (fields.transcript ?? '').slice(0, MAX_TRANSCRIPT_LENGTH);
    writeRecord(interviewsOf(doc), { ...EMPTY_INTERVIEW, ...fields, transcript, id });
    return id;
  });
}

export function updateInterview(doc: Y.Doc, id: string, patch: InterviewPatch): void {
  transact(doc, () => {
    const map = interviewsOf(doc).get(id);
    if (!map) return;
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'id' || key === 'transcript' || value === undefined) continue;
      if (map.get(key) !== value) map.set(key, value);
    }
  });
}

/** Replaces a Y.Text's content with `next`, touching only the part that changed (so a peer's caret elsewhere stays put). */
export function replaceText(text: Y.Text, next: string): void {
  const old = text.toString();
  if (old === next) return;
  let start = 0;
  while (start < old.length && start < next.length && old[start] === next[start]) start++;
  let endOld = old.length;
  let endNew = next.length;
  while (endOld > start && endNew > start && old[endOld - 1] === next[endNew - 1]) {
    endOld--;
    endNew--;
  }
  if (endOld > start) text.delete(start, endOld - start);
  if (endNew > start) text.insert(start, next.slice(start, endNew));
}

export function setTranscript(doc: Y.Doc, id: string, transcript: string): void {
  transact(doc, () => {
    const map = interviewsOf(doc).get(id);
    if (!map) return;
    let text = map.get('transcript');
    if (!(text instanceof Y.Text)) {
      text = new Y.Text();
      map.set('transcript', text);
    }
    replaceText(text as Y.Text, transcript.slice(0, MAX_TRANSCRIPT_LENGTH));
  });
}

/** Quotes taken from an interview, by id. */
export function quotesOfInterview(doc: Y.Doc, interviewId: string): string[] {
  const out: string[] = [];
  quotesOf(doc).forEach((map, id) => {
    if (map.get('interviewId') === interviewId) out.push(id);
  });
  return out.sort();
}

/** Deletes an interview with its quotes, their cards and every link to them: one undo step. */
export function deleteInterview(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    for (const q of quotesOfInterview(doc, id)) deleteQuote(doc, q);
    interviewsOf(doc).delete(id);
  });
}

// ── Quotes ────────────────────────────────────────────────────────────────────────────────────

export type QuoteError = 'empty' | 'too-long' | 'interview-missing';

export function addQuote(doc: Y.Doc, interviewId: string | null, text: string, id: string = newId('quote')): Result<string, QuoteError> {
  const words = text.trim();
  if (words === '') return err('empty');
  if (words.length > MAX_QUOTE_LENGTH) return err('too-long');
  if (interviewId !== null && !interviewsOf(doc).has(interviewId)) return err('interview-missing');
  return ok(transact(doc, () => (writeRecord(quotesOf(doc), { id, interviewId, text: words }), id)));
}

/** The one gesture: the passage [start, end) of an interview's transcript becomes a quote. */
export function quoteFromTranscript(doc: Y.Doc, interviewId: string, start: number, end: number, id?: string): Result<string, QuoteError> {
  const interview = readInterview(interviewsOf(doc).get(interviewId));
  if (!interview) return err('interview-missing');
  const a = Math.max(0, Math.min(start, end));
  const b = Math.min(interview.transcript.length, Math.max(start, end));
  return addQuote(doc, interviewId, interview.transcript.slice(a, b), id);
}

export function updateQuoteText(doc: Y.Doc, id: string, text: string): Result<void, QuoteError> {
  const words = text.trim();
  if (words === '') return err('empty');
  if (words.length > MAX_QUOTE_LENGTH) return err('too-long');
  transact(doc, () => {
    quotesOf(doc).get(id)?.set('text', words);
    // Longer words may need taller cards wherever the quote is placed.
    growToText(doc, quoteUsage(doc, id).cards);
  });
  return ok(undefined);
}

export interface QuoteUsage {
  /** Quote cards on the board showing it. */
  cards: string[];
  /** Proposals grounded in it. */
  proposals: string[];
}

export function quoteUsage(doc: Y.Doc, quoteId: string): QuoteUsage {
  const cards: string[] = [];
  const proposals: string[] = [];
  itemsOf(doc).forEach((map, id) => {
    if (map.get('kind') === 'quote' && map.get('quoteId') === quoteId) cards.push(id);
    const links = map.get('quoteLinks');
    if (links instanceof Y.Map && links.has(quoteId)) proposals.push(id);
  });
  return { cards: cards.sort(), proposals: proposals.sort() };
}

export const isUsed = (u: QuoteUsage): boolean => u.cards.length > 0 || u.proposals.length > 0;

/**
 * Deletes a quote, its cards on the board and the proposals' links to it, in one transaction:
 * nothing is left pointing at it, and one undo brings all of it back. The UI asks first when
 * `quoteUsage` is not empty.
 */
export function deleteQuote(doc: Y.Doc, quoteId: string): void {
  transact(doc, () => {
    const usage = quoteUsage(doc, quoteId);
    deleteItems(doc, usage.cards);
    for (const p of usage.proposals) {
      const links = itemsOf(doc).get(p)?.get('quoteLinks');
      if (links instanceof Y.Map) links.delete(quoteId);
    }
    quotesOf(doc).delete(quoteId);
  });
}

/** Why this quote cannot go on the board, if it cannot. */
export function placementRefusal(doc: Y.Doc, quoteId: string): ConsentRefusal | undefined {
  const quote = readQuote(quotesOf(doc).get(quoteId));
  if (!quote) return 'quote-missing';
  const interview = quote.interviewId === null ? undefined : readInterview(interviewsOf(doc).get(quote.interviewId));
  return refusalFor(quote, interview);
}

/** Puts a quote card on the board, centred on (x, y); refuses, with the reason, what consent forbids. */
export function placeQuote(doc: Y.Doc, quoteId: string, x: number, y: number, id?: string): Result<string, ConsentRefusal> {
  const refusal = placementRefusal(doc, quoteId);
  if (refusal) return err(refusal);
  return ok(createItem(doc, { kind: 'quote', quoteId, x: Math.round(x - 120), y: Math.round(y - 90) }, id));
}

export { attributionFor };

// ── Proposals, experiments and themes ─────────────────────────────────────────────────────────

function linkSet(doc: Y.Doc, proposalId: string, field: 'quoteLinks' | 'themeLinks'): Y.Map<unknown> | undefined {
  const map = itemsOf(doc).get(proposalId);
  if (!map || map.get('kind') !== 'proposal') return undefined;
  let set = map.get(field);
  if (!(set instanceof Y.Map)) {
    set = new Y.Map<unknown>();
    map.set(field, set);
  }
  return set as Y.Map<unknown>;
}

export type LinkError = 'not-a-proposal' | 'target-missing' | ConsentRefusal;

/** Grounds a proposal in a quote. A quote that may not be shown cannot ground a proposal either. */
export function linkQuote(doc: Y.Doc, proposalId: string, quoteId: string): Result<void, LinkError> {
  const refusal = placementRefusal(doc, quoteId);
  if (refusal) return err(refusal);
  const done = transact(doc, () => {
    const set = linkSet(doc, proposalId, 'quoteLinks');
    if (!set) return false;
    if (!set.has(quoteId)) set.set(quoteId, true);
    return true;
  });
  return done ? ok(undefined) : err('not-a-proposal');
}

export function linkTheme(doc: Y.Doc, proposalId: string, frameId: string): Result<void, LinkError> {
  if (itemsOf(doc).get(frameId)?.get('kind') !== 'frame') return err('target-missing');
  const done = transact(doc, () => {
    const set = linkSet(doc, proposalId, 'themeLinks');
    if (!set) return false;
    if (!set.has(frameId)) set.set(frameId, true);
    return true;
  });
  return done ? ok(undefined) : err('not-a-proposal');
}

export function unlink(doc: Y.Doc, proposalId: string, targetId: string): void {
  transact(doc, () => {
    for (const field of ['quoteLinks', 'themeLinks'] as const) {
      const set = itemsOf(doc).get(proposalId)?.get(field);
      if (set instanceof Y.Map && set.has(targetId)) set.delete(targetId);
    }
  });
}

export function setProposalBody(doc: Y.Doc, proposalId: string, body: string): void {
  transact(doc, () => {
    const map = itemsOf(doc).get(proposalId);
    if (!map || map.get('kind') !== 'proposal') return;
    let text = map.get('body');
    if (!(text instanceof Y.Text)) {
      text = new Y.Text();
      map.set('body', text);
    }
    replaceText(text as Y.Text, body);
    growToText(doc, [proposalId]);
  });
}

export function setThemeMark(doc: Y.Doc, frameId: string, mark: ThemeMark): void {
  if (itemsOf(doc).get(frameId)?.get('kind') !== 'frame') return;
  updateItem(doc, frameId, { mark });
}

// ── Tags ──────────────────────────────────────────────────────────────────────────────────────

export function addTag(doc: Y.Doc, label: string, group: TagGroup, id: string = newId('tag')): Result<string, 'empty'> {
  const name = label.trim().slice(0, 80);
  if (name === '') return err('empty');
  return ok(transact(doc, () => (writeRecord(tagsOf(doc), { id, label: name, group }), id)));
}

/** Deletes a tag from the list and from every card that carries it. */
export function deleteTag(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    itemsOf(doc).forEach((map) => {
      const tags = map.get('tags');
      if (Array.isArray(tags) && tags.includes(id)) map.set('tags', tags.filter((t) => t !== id));
    });
    tagsOf(doc).delete(id);
  });
}

/** Adds or removes one tag on the given cards. */
export function setTag(doc: Y.Doc, itemIds: readonly string[], tagId: string, on: boolean): void {
  if (!tagsOf(doc).has(tagId)) return;
  transact(doc, () => {
    for (const id of itemIds) {
      const map = itemsOf(doc).get(id);
      if (!map) continue;
      const raw = map.get('tags');
      const tags = Array.isArray(raw) ? (raw as string[]) : [];
      if (on && !tags.includes(tagId)) map.set('tags', [...tags, tagId]);
      if (!on && tags.includes(tagId)) map.set('tags', tags.filter((t) => t !== tagId));
    }
  });
}

// ── Tidy ──────────────────────────────────────────────────────────────────────────────────────

const TIDY = { pad: 24, header: 60, gap: 24 };

/**
 * Arranges a theme's cards in a grid inside it, in reading order (top to bottom, left to
 * right), and grows the frame when they do not fit. One transaction; cards keep their frame.
 */
export function tidyFrame(doc: Y.Doc, frameId: string): void {
  const items = itemsOf(doc);
  const frame = items.get(frameId);
  if (!frame || frame.get('kind') !== 'frame') return;
  const num = (m: Y.Map<unknown>, k: string): number => m.get(k) as number;
  const cards: { id: string; map: Y.Map<unknown> }[] = [];
  items.forEach((map, id) => {
    if (map.get('parentId') === frameId) cards.push({ id, map });
  });
  if (cards.length === 0) return;
  cards.sort((a, b) => num(a.map, 'y') - num(b.map, 'y') || num(a.map, 'x') - num(b.map, 'x') || (a.id < b.id ? -1 : 1));
  const cellW = Math.max(...cards.map((c) => num(c.map, 'w')));
  const cellH = Math.max(...cards.map((c) => num(c.map, 'h')));
  const fx = num(frame, 'x');
  const fy = num(frame, 'y');
  const cols = Math.max(1, Math.floor((num(frame, 'w') - 2 * TIDY.pad + TIDY.gap) / (cellW + TIDY.gap)));
  const rows = Math.ceil(cards.length / cols);
  transact(doc, () => {
    cards.forEach((c, i) => {
      const x = fx + TIDY.pad + (i % cols) * (cellW + TIDY.gap);
      const y = fy + TIDY.header + Math.floor(i / cols) * (cellH + TIDY.gap);
      if (c.map.get('x') !== x) c.map.set('x', x);
      if (c.map.get('y') !== y) c.map.set('y', y);
    });
    const needW = 2 * TIDY.pad + cols * cellW + (cols - 1) * TIDY.gap;
    const needH = TIDY.header + rows * cellH + (rows - 1) * TIDY.gap + TIDY.pad;
    if (num(frame, 'w') < needW) frame.set('w', needW);
    if (num(frame, 'h') < needH) frame.set('h', needH);
    // A frame that grew may now cover other cards: they join it, as with any resize.
    refreshMembership(doc, [frameId]);
  });
}
