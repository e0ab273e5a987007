import type { ItemRecord } from '../board/records';
import { refusalFor } from './consent';
import { SEARCH_FILTERS, type SearchFilter } from './search-filters';
import type { InterviewRecord, QuoteRecord, TagRecord } from './records';

export interface SearchData {
  interviews: ReadonlyMap<string, InterviewRecord>;
  quotes: ReadonlyMap<string, QuoteRecord>;
  tags: ReadonlyMap<string, TagRecord>;
  /** Card id → the most dots it got in a revealed vote (dotsByCard); absent: no vote revealed. */
  dots?: ReadonlyMap<string, number>;
}

/** Card id → the most dots it got in any of these revealed results (a card in two votes keeps its best). */
export function dotsByCard(results: Iterable<{ counts: Record<string, number> }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of results) for (const [card, n] of Object.entries(r.counts)) out.set(card, Math.max(n, out.get(card) ?? 0));
  return out;
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
      parts.push(item.title, item.body, item.decision?.reason ?? '');
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

export interface ParsedQuery {
  /** The words to find, folded. */
  words: string[];
  /** What the filters keep: a card must pass every one. */
  keeps: Array<(item: ItemRecord, data: SearchData) => boolean>;
  /** Filters typed that are not known (`status:maybe`), as typed: said to the user, matching nothing. */
  unknown: string[];
}

/**
 * A query split into its words and its filters (shared/residency/search-filters.ts). A
 * `name:value` whose name is no filter's stays a word (someone may search "10:30"); a known name
 * with an unknown value is reported.
 */
export function parseQuery(query: string, filters: readonly SearchFilter[] = SEARCH_FILTERS): ParsedQuery {
  const out: ParsedQuery = { words: [], keeps: [], unknown: [] };
  for (const raw of query.split(/\s+/).filter(Boolean)) {
    const token = fold(raw);
    const colon = token.indexOf(':');
    const filter = colon > 0 ? filters.find((f) => f.names.includes(token.slice(0, colon))) : undefined;
    if (!filter) {
      out.words.push(token);
      continue;
    }
    const keep = filter.keeps(token.slice(colon + 1));
    if (keep) out.keeps.push(keep);
    else out.unknown.push(raw);
  }
  return out;
}

/**
 * Cards matching every word of the query and passing its filters, in reading order (top to
 * bottom, then left to right). A query with an unknown filter matches nothing.
 */
export function searchItems(items: Iterable<ItemRecord>, query: string, data: SearchData, roleLabel?: (role: InterviewRecord['role']) => string): ItemRecord[] {
  const { words, keeps, unknown } = parseQuery(query);
  if ((words.length === 0 && keeps.length === 0) || unknown.length > 0) return [];
  const out: ItemRecord[] = [];
  for (const item of items) {
    if (!keeps.every((keep) => keep(item, data))) continue;
    if (words.length === 0 || words.every((w) => searchableText(item, data, roleLabel).includes(w))) out.push(item);
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
  // Filters are about cards: an interview is found by the words alone.
  const { words } = parseQuery(query);
  if (words.length === 0) return [];
  return [...interviews].filter((i) => {
    const hay = fold([i.pseudonym, i.place, i.date, i.notes, i.transcript].join('\n'));
    return words.every((w) => hay.includes(w));
  });
}
