import type { ItemRecord } from '../board/records';
import { refusalFor } from './consent';
import type { InterviewRecord, QuoteRecord, TagRecord } from './records';

export interface SearchData {
  interviews: ReadonlyMap<string, InterviewRecord>;
  quotes: ReadonlyMap<string, QuoteRecord>;
  tags: ReadonlyMap<string, TagRecord>;
}

/** Lower case, without accents, so « equipe » finds « Équipe ». */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/** Top to bottom, then left to right. */
const readingOrder = (a: ItemRecord, b: ItemRecord): number => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1);

/** The words a card can be found by: its texts, its tags, and for a quote, what its interview may show. */
export function searchableText(item: ItemRecord, data: SearchData, roleLabel: (role: InterviewRecord['role']) => string = (r) => r): string {
  const parts: string[] = [];
  for (const tag of item.tags ?? []) {
    const t = data.tags.get(tag);
    if (t) parts.push(t.label);
  }
  switch (item.kind) {
    case 'note':
    case 'text':
      parts.push(item.text);
      break;
    case 'frame':
      parts.push(item.title);
      break;
    case 'proposal':
      parts.push(item.title, item.body);
      break;
    case 'experiment':
      parts.push(item.title, item.hypothesis, item.place, item.partners, item.tested, item.indicator, item.status);
      break;
    case 'image':
      parts.push(item.alt, item.caption ?? '');
      break;
    case 'quote': {
      const quote = data.quotes.get(item.quoteId);
      if (!quote) break;
      const interview = quote.interviewId ? data.interviews.get(quote.interviewId) : undefined;
      // A withheld quote is not searchable by its words: the search must not reveal them.
      if (refusalFor(quote, interview)) break;
      parts.push(quote.text);
      if (interview) {
        parts.push(interview.place, interview.date, roleLabel(interview.role));
        if (interview.consent === 'quote') parts.push(interview.pseudonym);
      }
      break;
    }
  }
  return fold(parts.join('\n'));
}

/** Cards matching every word of the query, in reading order (top to bottom, then left to right). */
export function searchItems(items: Iterable<ItemRecord>, query: string, data: SearchData, roleLabel?: (role: InterviewRecord['role']) => string): ItemRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const out: ItemRecord[] = [];
  for (const item of items) {
    const hay = searchableText(item, data, roleLabel);
    if (words.every((w) => hay.includes(w))) out.push(item);
  }
  return out.sort(readingOrder);
}

/**
 * What the search bar shows: the cards matching every word of the query, kept to `only` when a
 * filter is on (for example the cards one person made). An empty query with a filter gives the
 * whole filter; nothing asked gives nothing.
 */
export function filterItems(
  items: Iterable<ItemRecord>,
  query: string,
  data: SearchData,
  only: ReadonlySet<string> | null,
  roleLabel?: (role: InterviewRecord['role']) => string,
): ItemRecord[] {
  if (!only) return searchItems(items, query, data, roleLabel);
  const kept = [...items].filter((i) => only.has(i.id));
  return query.trim() ? searchItems(kept, query, data, roleLabel) : kept.sort(readingOrder);
}

/** Interviews matching every word (pseudonym, place, date, notes, transcript). */
export function searchInterviews(interviews: Iterable<InterviewRecord>, query: string): InterviewRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return [...interviews].filter((i) => {
    const hay = fold([i.pseudonym, i.place, i.date, i.notes, i.transcript].join('\n'));
    return words.every((w) => hay.includes(w));
  });
}
