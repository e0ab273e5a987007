import type * as Y from 'yjs';
import { readItems, readMeta } from '../board/doc';
import type { DecisionStatus, ExperimentStatus, ItemRecord, NoteColor, ThemeMark } from '../board/records';
import { authorsOf } from '../board/authorship';
import { AMENDMENTS, type AmendmentKind } from '../records/amendments';
import { readInterviews, readQuotes, readTags } from '../residency/doc';
import { VOTE_RESULTS } from '../records/votes';
import { readRecords } from '../records/y-record';
import type { AgeBand, Consent, InterviewKind, ProfileRole, QuoteRecord, TagRecord } from '../residency/records';
import { exportAttribution, nameScrubber, neutralIds, profileLabel, type ExportAttribution } from './anonymise';
import type { ExportLang } from './messages';
import { restitutionSection, type RestitutionSection } from './sections';
import { frameSort, type FrameSort } from '../residency/theme-frames';

/**
 * A plain, already-anonymised view of the board that every export reads. Whatever is not in
 * this model cannot leak: generators never look at the Y.Doc themselves.
 */

export interface ExportMeta {
  title: string;
  /** Free text as the team writes it ("March 2025", "2025-03-28"). */
  date: string;
  credits: string;
  /** e.g. "CC BY-SA 4.0". */
  licence: string;
}

export interface ExportOptions {
  /** On unless the facilitator deliberately turns it off for this export. */
  anonymised: boolean;
  lang: ExportLang;
  /** What the team chose to print; the board's title when absent. */
  meta?: Partial<ExportMeta>;
}

interface Placed {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  z: number;
  parentId: string | null;
  /** Tag labels, in the project's order. */
  tags: string[];
}

export type ExportItem =
  | (Placed & { kind: 'note'; color: NoteColor; text: string })
  | (Placed & { kind: 'text'; text: string; fontSize: number })
  | (Placed & { kind: 'frame'; title: string; color: NoteColor; mark: ThemeMark; section: RestitutionSection | null })
  | (Placed & { kind: 'quote'; quoteId: string; text: string; attribution: ExportAttribution | null })
  | (Placed & {
      kind: 'proposal';
      title: string;
      body: string;
      quoteIds: string[];
      themeIds: string[];
      /** What the facilitators decided, and why; null while undecided. */
      decision: { status: DecisionStatus; reason: string } | null;
    })
  | (Placed & {
      kind: 'experiment';
      title: string;
      hypothesis: string;
      place: string;
      partners: string;
      tested: string;
      indicator: string;
      startDate: string;
      endDate: string;
      status: ExperimentStatus;
      proposalId: string | null;
    })
  | (Placed & { kind: 'image'; assetId: string; alt: string; caption: string });

export type ExportProposal = Extract<ExportItem, { kind: 'proposal' }> & {
  /** Quotes linked directly, then quotes of the linked themes: what grounds it (ids of `quotes`). */
  groundingQuoteIds: string[];
  /** Its decided amendments, oldest first: its history. */
  amendments: ExportAmendment[];
};

export interface ExportAmendment {
  kind: AmendmentKind;
  text: string;
  original: string;
  state: 'accepted' | 'rejected';
  /** Who suggested it, as they named themselves in the room; null when the export is anonymised or they never gave a name. */
  author: string | null;
}
export type ExportExperiment = Extract<ExportItem, { kind: 'experiment' }>;

export interface ExportQuote {
  /** Neutral id (Q01…), never the stored one. */
  id: string;
  text: string;
  /** Neutral interview id (I01…), or null for a quote typed without an interview. */
  interviewId: string | null;
  attribution: ExportAttribution | null;
  /** Frames holding a card of it, by id. */
  themeIds: string[];
  /** Tag labels of its cards. */
  tags: string[];
  cardIds: string[];
}

export interface ThemeCounts {
  quotes: number;
  interviews: number;
  profiles: number;
}

export interface ExportTheme {
  id: string;
  title: string;
  color: NoteColor;
  mark: ThemeMark;
  section: RestitutionSection | null;
  /** An area of the residency (Immersion, Proposals…), not a theme: the report gives it its own heading. */
  area: boolean;
  /** Cards in it (not frames), in reading order. */
  cardIds: string[];
  /** Quotes shown by its cards, in reading order. */
  quoteIds: string[];
  counts: ThemeCounts;
}

export interface ExportInterview {
  /** Neutral id (I01…). */
  id: string;
  date: string;
  place: string;
  kind: InterviewKind;
  role: ProfileRole;
  ageBand: AgeBand;
  profile: string;
  consent: Consent;
  /** Only when not anonymised and the person agreed to be quoted by name. */
  pseudonym: string | null;
  /** Only when not anonymised, and never for a person who did not agree to be quoted. */
  notes: string | null;
  /** Quotes of it in this export. */
  quotes: number;
}

export interface ExportModel {
  lang: ExportLang;
  anonymised: boolean;
  meta: ExportMeta;
  /** Every exported item (frames and cards), in drawing order (frames first, then z). */
  items: ExportItem[];
  /** Frames in reading order (top to bottom, left to right). */
  themes: ExportTheme[];
  /** Every quote that may be exported, placed or not, by interview date. */
  quotes: ExportQuote[];
  proposals: ExportProposal[];
  experiments: ExportExperiment[];
  interviews: ExportInterview[];
  tags: TagRecord[];
  /** What was left out because the person did not agree to be quoted (or consent is unknown). */
  leftOut: { quotes: number; cards: number };
  /** Revealed dot votes, oldest first: their frozen results (shared/records/votes.ts). */
  votes: ExportVote[];
}

export interface ExportVote {
  id: string;
  /** When it was revealed (ISO instant). */
  date: string;
  question: string;
  voters: number;
  /** Cards by dots, most first; `card` is an id of `items`, or null for a card this export does not hold. */
  ranking: { card: string | null; dots: number }[];
}

/** Reading order on the wall: top to bottom, then left to right; id breaks ties so it is stable. */
export const compareReading = (a: { x: number; y: number; id: string }, b: { x: number; y: number; id: string }): number =>
  a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function readExportModel(doc: Y.Doc, options: ExportOptions): ExportModel {
  const { anonymised, lang } = options;
  const boardMeta = readMeta(doc);
  const records = readItems(doc);
  const interviews = readInterviews(doc);
  const interviewById = new Map(interviews.map((i) => [i.id, i]));
  // Names written in free text go with the pseudonyms: all of them when anonymised, otherwise
  // those of people who did not agree to be quoted by name.
  const scrub = nameScrubber(anonymised ? interviews : interviews.filter((i) => i.consent !== 'quote'), lang);
  const tags = readTags(doc).map((t) => ({ ...t, label: scrub(t.label) }));
  const tagLabel = new Map(tags.map((t) => [t.id, t.label]));
  const tagOrder = new Map(tags.map((t, i) => [t.id, i]));
  const labelsOf = (ids: readonly string[] | undefined): string[] =>
    [...new Set(ids ?? [])]
      .filter((id) => tagLabel.has(id))
      .sort((a, b) => (tagOrder.get(a) ?? 0) - (tagOrder.get(b) ?? 0))
      .map((id) => tagLabel.get(id) as string);

  // Quotes: which may travel, with what attribution, under which neutral id.
  const allQuotes = readQuotes(doc);
  const interviewIds = neutralIds(interviews, 'I', (a, b) => a.date.localeCompare(b.date) || byId(a, b));
  const allowed = new Map<string, { quote: QuoteRecord; attribution: ExportAttribution | null }>();
  for (const quote of allQuotes) {
    const interview = quote.interviewId === null ? undefined : interviewById.get(quote.interviewId);
    const attribution = exportAttribution(quote, interview, anonymised, lang);
    if (attribution === undefined) continue;
    // A place may hold a name too ("chez Nadia"); a pseudonym allowed here is not in `scrub`.
    const shown = attribution && { ...attribution, place: scrub(attribution.place), line: scrub(attribution.line) };
    allowed.set(quote.id, { quote: { ...quote, text: scrub(quote.text) }, attribution: shown });
  }
  const quoteSort = (a: QuoteRecord, b: QuoteRecord): number => {
    const ia = a.interviewId === null ? '~' : (interviewIds.get(a.interviewId) ?? '~');
    const ib = b.interviewId === null ? '~' : (interviewIds.get(b.interviewId) ?? '~');
    return ia.localeCompare(ib) || byId(a, b);
  };
  const quoteIds = neutralIds([...allowed.values()].map((a) => a.quote), 'Q', quoteSort);

  // Items, with quote cards of withheld quotes dropped.
  const items: ExportItem[] = [];
  let cardsLeftOut = 0;
  for (const record of records) {
    const item = toExportItem(record, { allowed, quoteIds, labelsOf, scrub });
    if (item) items.push(item);
    else if (record.kind === 'quote') cardsLeftOut += 1;
  }
  const reading = [...items].sort(compareReading);

  // One pass over the board: cards of each quote, children of each frame.
  const cardsOfQuote = new Map<string, Extract<ExportItem, { kind: 'quote' }>[]>();
  const childrenOf = new Map<string, ExportItem[]>();
  for (const item of reading) {
    if (item.kind === 'quote') cardsOfQuote.set(item.quoteId, [...(cardsOfQuote.get(item.quoteId) ?? []), item]);
    if (item.parentId !== null && item.kind !== 'frame') {
      const list = childrenOf.get(item.parentId);
      if (list) list.push(item);
      else childrenOf.set(item.parentId, [item]);
    }
  }
  // Frames that are themes: not the residency's areas nor a restitution axis's boxes (residency/theme-frames.ts).
  const sortOf = (frame: Extract<ExportItem, { kind: 'frame' }>): FrameSort => {
    const cards = childrenOf.get(frame.id) ?? [];
    return frameSort(frame, { quotes: cards.some((c) => c.kind === 'quote'), plans: cards.some((c) => c.kind === 'proposal' || c.kind === 'experiment') });
  };
  const frameSorts = new Map(items.flatMap((i) => (i.kind === 'frame' ? [[i.id, sortOf(i)] as const] : [])));
  const frameIds = new Set([...frameSorts].filter(([, sort]) => sort !== 'area').map(([id]) => id));
  const recordTags = new Map(records.map((r) => [r.id, r.tags ?? []]));

  // Quotes with the themes and tags of their cards.
  const quotes: ExportQuote[] = [...allowed.values()]
    .map(({ quote, attribution }) => {
      const id = quoteIds.get(quote.id) as string;
      const cards = cardsOfQuote.get(id) ?? [];
      const themeIds = [...new Set(cards.map((c) => c.parentId).filter((p): p is string => p !== null && frameIds.has(p)))];
      const tagIds = new Set(cards.flatMap((c) => recordTags.get(c.id) ?? []));
      return {
        id,
        text: quote.text,
        interviewId: quote.interviewId === null ? null : (interviewIds.get(quote.interviewId) ?? null),
        attribution,
        themeIds,
        tags: labelsOf([...tagIds]),
        cardIds: cards.map((c) => c.id),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const quoteById = new Map(quotes.map((q) => [q.id, q]));

  const themes: ExportTheme[] = reading
    .filter((i): i is Extract<ExportItem, { kind: 'frame' }> => i.kind === 'frame')
    .map((frame) => {
      const cards = childrenOf.get(frame.id) ?? [];
      const themeQuotes = [...new Set(cards.flatMap((c) => (c.kind === 'quote' ? [c.quoteId] : [])))];
      return {
        id: frame.id,
        title: frame.title,
        color: frame.color,
        mark: frame.mark,
        section: frame.section,
        area: frameSorts.get(frame.id) === 'area',
        cardIds: cards.map((c) => c.id),
        quoteIds: themeQuotes,
        counts: countsOf(themeQuotes.map((q) => quoteById.get(q)).filter((q): q is ExportQuote => !!q)),
      };
    });
  const themeById = new Map(themes.map((t) => [t.id, t]));

  const amendmentsByProposal = decidedAmendments(doc, anonymised, scrub);
  const proposals: ExportProposal[] = reading
    .filter((i): i is Extract<ExportItem, { kind: 'proposal' }> => i.kind === 'proposal')
    .map((p) => ({
      ...p,
      groundingQuoteIds: [...new Set([...p.quoteIds, ...p.themeIds.flatMap((t) => themeById.get(t)?.quoteIds ?? [])])],
      amendments: amendmentsByProposal.get(p.id) ?? [],
    }));
  const experiments = reading.filter((i): i is ExportExperiment => i.kind === 'experiment');

  const quotesPerInterview = new Map<string, number>();
  for (const q of quotes) if (q.interviewId) quotesPerInterview.set(q.interviewId, (quotesPerInterview.get(q.interviewId) ?? 0) + 1);
  const exportInterviews: ExportInterview[] = interviews
    .map((i) => ({
      id: interviewIds.get(i.id) as string,
      date: i.date,
      place: scrub(i.place),
      kind: i.kind,
      role: i.role,
      ageBand: i.ageBand,
      profile: profileLabel(i.role, i.ageBand, lang),
      consent: i.consent,
      pseudonym: !anonymised && i.consent === 'quote' && i.pseudonym.trim() !== '' ? i.pseudonym.trim() : null,
      notes: !anonymised && i.consent !== 'none' ? scrub(i.notes) : null,
      quotes: quotesPerInterview.get(interviewIds.get(i.id) as string) ?? 0,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const meta: ExportMeta = {
    title: options.meta?.title?.trim() || scrub(boardMeta.title),
    date: options.meta?.date ?? '',
    credits: options.meta?.credits ?? '',
    licence: options.meta?.licence ?? '',
  };
  return {
    lang,
    anonymised,
    meta,
    items,
    themes,
    quotes,
    proposals,
    experiments,
    interviews: exportInterviews,
    tags,
    leftOut: { quotes: allQuotes.length - allowed.size, cards: cardsLeftOut },
    votes: exportVotes(doc, new Set(items.map((i) => i.id)), scrub),
  };
}

/** The frozen results, their cards named only when this export holds them (a withheld quote's card stays unnamed). */
function exportVotes(doc: Y.Doc, exported: ReadonlySet<string>, scrub: (text: string) => string): ExportVote[] {
  return readRecords(VOTE_RESULTS, doc)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((v) => ({
      id: v.id,
      date: v.date,
      question: scrub(v.question),
      voters: v.voters,
      ranking: Object.entries(v.counts)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([card, dots]) => ({ card: exported.has(card) ? card : null, dots })),
    }));
}

/** Decided amendments per proposal; participants are named only when the export is not anonymised. */
function decidedAmendments(doc: Y.Doc, anonymised: boolean, scrub: (text: string) => string): Map<string, ExportAmendment[]> {
  const out = new Map<string, ExportAmendment[]>();
  const people = authorsOf(doc);
  for (const a of readRecords(AMENDMENTS, doc)) {
    if (a.state === 'open') continue;
    const named = (people.get(a.author) as { name?: unknown } | undefined)?.name;
    const author = !anonymised && typeof named === 'string' && named.trim() !== '' ? scrub(named.trim()) : null;
    const list = out.get(a.proposalId) ?? [];
    list.push({ kind: a.kind, text: scrub(a.text), original: scrub(a.original), state: a.state, author });
    out.set(a.proposalId, list);
  }
  return out;
}

function countsOf(quotes: readonly ExportQuote[]): ThemeCounts {
  const interviews = new Map<string, string>();
  for (const q of quotes) if (q.interviewId && q.attribution) interviews.set(q.interviewId, `${q.attribution.role}|${q.attribution.ageBand}`);
  return { quotes: quotes.length, interviews: interviews.size, profiles: new Set(interviews.values()).size };
}

interface ItemContext {
  allowed: Map<string, { quote: QuoteRecord; attribution: ExportAttribution | null }>;
  quoteIds: Map<string, string>;
  labelsOf: (ids: readonly string[] | undefined) => string[];
  scrub: (text: string) => string;
}

function toExportItem(record: ItemRecord, ctx: ItemContext): ExportItem | undefined {
  const placed: Placed = {
    id: record.id,
    x: record.x,
    y: record.y,
    w: record.w,
    h: record.h,
    z: record.z,
    parentId: record.parentId,
    tags: ctx.labelsOf(record.tags),
  };
  const s = ctx.scrub;
  switch (record.kind) {
    case 'note':
      return { ...placed, kind: 'note', color: record.color, text: s(record.text) };
    case 'text':
      return { ...placed, kind: 'text', text: s(record.text), fontSize: record.fontSize };
    case 'frame':
      return { ...placed, kind: 'frame', title: s(record.title), color: record.color, mark: record.mark ?? 'none', section: restitutionSection(record.title) };
    case 'quote': {
      const shown = ctx.allowed.get(record.quoteId);
      if (!shown) return undefined;
      return { ...placed, kind: 'quote', quoteId: ctx.quoteIds.get(record.quoteId) as string, text: shown.quote.text, attribution: shown.attribution };
    }
    case 'proposal':
      return {
        ...placed,
        kind: 'proposal',
        title: s(record.title),
        body: s(record.body),
        // A link to a withheld quote is left out with the quote.
        quoteIds: Object.keys(record.quoteLinks)
          .filter((q) => ctx.allowed.has(q))
          .map((q) => ctx.quoteIds.get(q) as string)
          .sort(),
        themeIds: Object.keys(record.themeLinks).sort(),
        decision: record.decision ? { status: record.decision.status, reason: s(record.decision.reason) } : null,
      };
    case 'experiment':
      return {
        ...placed,
        kind: 'experiment',
        title: s(record.title),
        hypothesis: s(record.hypothesis),
        place: s(record.place),
        partners: s(record.partners),
        tested: s(record.tested),
        indicator: s(record.indicator),
        startDate: record.startDate,
        endDate: record.endDate,
        status: record.status,
        proposalId: record.proposalId,
      };
    case 'image':
      return { ...placed, kind: 'image', assetId: record.assetId, alt: s(record.alt), caption: s(record.caption ?? '') };
  }
}
