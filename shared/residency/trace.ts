import type * as Y from 'yjs';
import { itemsOf, readItem, readItems } from '../board/doc';
import type { ExperimentRecord, FrameRecord, ItemRecord, ProposalRecord } from '../board/records';
import { interviewsOf, quotesOf, readInterview, readQuote } from './doc';
import type { InterviewRecord, QuoteRecord } from './records';

/** How many quotes, interviews and distinct profiles (role + age band) back a theme. */
export interface ThemeCounts {
  quotes: number;
  interviews: number;
  profiles: number;
}

const profileKey = (i: InterviewRecord): string => `${i.role}|${i.ageBand}`;

/** The counts of a set of quotes (the quotes of one theme). */
export function countQuotes(doc: Y.Doc, quoteIds: Iterable<string>): ThemeCounts {
  const quotes = new Set<string>();
  const interviews = new Map<string, InterviewRecord>();
  for (const q of quoteIds) {
    const quote = readQuote(quotesOf(doc).get(q));
    if (!quote) continue;
    quotes.add(q);
    const interview = quote.interviewId === null ? undefined : readInterview(interviewsOf(doc).get(quote.interviewId));
    if (interview) interviews.set(interview.id, interview);
  }
  return { quotes: quotes.size, interviews: interviews.size, profiles: new Set([...interviews.values()].map(profileKey)).size };
}

/** Quotes shown by quote cards inside a frame. */
export function quotesInTheme(doc: Y.Doc, frameId: string): string[] {
  const out = new Set<string>();
  itemsOf(doc).forEach((map) => {
    if (map.get('parentId') === frameId && map.get('kind') === 'quote') out.add(map.get('quoteId') as string);
  });
  return [...out].sort();
}

export function themeCounts(doc: Y.Doc, frameId: string): ThemeCounts {
  return countQuotes(doc, quotesInTheme(doc, frameId));
}

/** Counts for every frame at once (one pass over the board), for drawing. */
export function allThemeCounts(doc: Y.Doc): Map<string, ThemeCounts> {
  const byFrame = new Map<string, Set<string>>();
  itemsOf(doc).forEach((map) => {
    const parent = map.get('parentId');
    if (typeof parent !== 'string' || map.get('kind') !== 'quote') return;
    let set = byFrame.get(parent);
    if (!set) byFrame.set(parent, (set = new Set()));
    set.add(map.get('quoteId') as string);
  });
  const out = new Map<string, ThemeCounts>();
  for (const [frame, quotes] of byFrame) out.set(frame, countQuotes(doc, quotes));
  return out;
}

export interface TracedQuote {
  quote: QuoteRecord;
  interview: InterviewRecord | undefined;
  /** 'direct': the proposal links it; otherwise the id of the linked theme that holds it. */
  via: 'direct' | string;
}

/** Walking back from a proposal or an experiment to the field. */
export interface TraceBack {
  experiment: ExperimentRecord | undefined;
  proposal: ProposalRecord | undefined;
  themes: FrameRecord[];
  quotes: TracedQuote[];
  interviews: InterviewRecord[];
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function traceBack(doc: Y.Doc, itemId: string): TraceBack {
  const get = (id: string): ItemRecord | undefined => {
    const m = itemsOf(doc).get(id);
    return m ? readItem(m) : undefined;
  };
  const start = get(itemId);
  const experiment = start?.kind === 'experiment' ? start : undefined;
  const fromExperiment = experiment?.proposalId ? get(experiment.proposalId) : undefined;
  const proposal = start?.kind === 'proposal' ? start : fromExperiment?.kind === 'proposal' ? fromExperiment : undefined;
  const empty: TraceBack = { experiment, proposal, themes: [], quotes: [], interviews: [] };
  if (!proposal) return empty;

  const themes = Object.keys(proposal.themeLinks)
    .map(get)
    .filter((t): t is FrameRecord => t?.kind === 'frame')
    .sort(byId);
  const seen = new Map<string, TracedQuote>();
  const add = (quoteId: string, via: string): void => {
    if (seen.has(quoteId)) return;
    const quote = readQuote(quotesOf(doc).get(quoteId));
    if (!quote) return;
    const interview = quote.interviewId === null ? undefined : readInterview(interviewsOf(doc).get(quote.interviewId));
    seen.set(quoteId, { quote, interview, via });
  };
  for (const q of Object.keys(proposal.quoteLinks).sort()) add(q, 'direct');
  for (const t of themes) for (const q of quotesInTheme(doc, t.id)) add(q, t.id);
  const quotes = [...seen.values()];
  const interviews = new Map<string, InterviewRecord>();
  for (const q of quotes) if (q.interview) interviews.set(q.interview.id, q.interview);
  return { experiment, proposal, themes, quotes, interviews: [...interviews.values()].sort(byId) };
}

/** Where one quote of an interview is used. */
export interface QuoteUse {
  quote: QuoteRecord;
  /** Themes (frames) holding a card of it. */
  themes: FrameRecord[];
  /** Cards on the board showing it. */
  cards: string[];
  /** Proposals grounded in it, directly or through a theme they link. */
  proposals: ProposalRecord[];
  experiments: ExperimentRecord[];
}

/** Walking forward from an interview to where its words are used. */
export function traceForward(doc: Y.Doc, interviewId: string): QuoteUse[] {
  const items = readItems(doc);
  const frames = new Map(items.filter((i): i is FrameRecord => i.kind === 'frame').map((f) => [f.id, f]));
  const proposals = items.filter((i): i is ProposalRecord => i.kind === 'proposal');
  const experiments = items.filter((i): i is ExperimentRecord => i.kind === 'experiment');
  const out: QuoteUse[] = [];
  quotesOf(doc).forEach((map) => {
    const quote = readQuote(map);
    if (!quote || quote.interviewId !== interviewId) return;
    const cards = items.filter((i) => i.kind === 'quote' && i.quoteId === quote.id);
    const themes = [...new Set(cards.map((c) => c.parentId).filter((p): p is string => p !== null))]
      .map((p) => frames.get(p))
      .filter((f): f is FrameRecord => !!f)
      .sort(byId);
    const themeIds = new Set(themes.map((t) => t.id));
    const using = proposals.filter((p) => p.quoteLinks[quote.id] || Object.keys(p.themeLinks).some((t) => themeIds.has(t)));
    const usingIds = new Set(using.map((p) => p.id));
    out.push({
      quote,
      themes,
      cards: cards.map((c) => c.id).sort(),
      proposals: using.sort(byId),
      experiments: experiments.filter((e) => e.proposalId !== null && usingIds.has(e.proposalId)).sort(byId),
    });
  });
  return out.sort((a, b) => byId(a.quote, b.quote));
}
