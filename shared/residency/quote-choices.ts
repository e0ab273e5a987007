import type { FrameRecord, ItemRecord } from '../board/records';
import { attributionFor, type Attribution } from './consent';
import type { InterviewRecord, QuoteRecord } from './records';
import { fold } from './search';

/**
 * The quotes a proposal may be linked to, as the quote picker lists them: each with what its
 * person agreed may be shown (consent.ts: the pseudonym only under 'quote', otherwise the
 * profile), the place and date of its interview, and the themes holding a card of it. A quote
 * whose person refused to be quoted is not a choice at all.
 */
export interface QuoteChoice {
  id: string;
  text: string;
  /** Null for a quote typed in without an interview. */
  attribution: Attribution | null;
  /** Theme frames holding a card of it, in the order given. */
  themes: Pick<FrameRecord, 'id' | 'title'>[];
}

/** Who a choice is from, as a filter may pick it: the pseudonym when it may be shown, otherwise the profile. */
export const personKey = (a: Attribution | null): string | null => (a === null ? null : a.pseudonym !== null ? `name:${a.pseudonym}` : `profile:${a.role}:${a.ageBand}`);

export function quoteChoices(
  quotes: Iterable<QuoteRecord>,
  interviews: ReadonlyMap<string, InterviewRecord>,
  items: Iterable<ItemRecord>,
  themes: readonly FrameRecord[],
  linked: Readonly<Record<string, unknown>>,
): QuoteChoice[] {
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const themesOf = new Map<string, Set<string>>();
  for (const i of items) {
    if (i.kind !== 'quote' || i.parentId === null || !themeById.has(i.parentId)) continue;
    const set = themesOf.get(i.quoteId) ?? new Set();
    set.add(i.parentId);
    themesOf.set(i.quoteId, set);
  }
  const out: QuoteChoice[] = [];
  for (const q of quotes) {
    if (linked[q.id]) continue;
    let attribution: Attribution | null = null;
    if (q.interviewId !== null || q.credit) {
      const a = attributionFor(q, q.interviewId === null ? undefined : interviews.get(q.interviewId));
      // Not to be quoted (or its interview is gone): never offered.
      if (!a) continue;
      attribution = a;
    }
    const inThemes = themes.filter((t) => themesOf.get(q.id)?.has(t.id));
    out.push({ id: q.id, text: q.text, attribution, themes: inThemes.map((t) => ({ id: t.id, title: t.title })) });
  }
  return out;
}

export interface ChoiceFilter {
  /** Words typed, each to be found (folded) in the quote, its person as shown, its place or its themes' titles. */
  words: string;
  /** personKey of the person, or '' for anyone. */
  person: string;
  /** A place, or '' for any. */
  place: string;
  /** A theme frame's id, or '' for any. */
  theme: string;
}

/** The choices that pass the filter, in the order given. `personLabel` says who, as shown (so the words find what the reader sees). */
export function filterChoices(choices: readonly QuoteChoice[], filter: ChoiceFilter, personLabel: (a: Attribution) => string): QuoteChoice[] {
  const words = fold(filter.words).split(/\s+/).filter((w) => w !== '');
  return choices.filter((c) => {
    const a = c.attribution;
    if (filter.person && personKey(a) !== filter.person) return false;
    if (filter.place && a?.place !== filter.place) return false;
    if (filter.theme && !c.themes.some((t) => t.id === filter.theme)) return false;
    if (words.length === 0) return true;
    const hay = fold([c.text, a ? personLabel(a) : '', a?.place ?? '', ...c.themes.map((t) => t.title)].join('\n'));
    return words.every((w) => hay.includes(w));
  });
}
