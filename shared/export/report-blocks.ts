import type { ExportExperiment, ExportItem, ExportModel, ExportProposal, ExportQuote, ExportTheme, ExportVote } from './export-model';
import { fill, formatDay, messagesFor, plural, themeCountsLine } from './messages';
import { RESTITUTION_SECTIONS } from './sections';
import { DECISION_STATUSES } from '../board/records';

/**
 * The restitution report as a small tree of blocks, built once from the export model and
 * written out as Markdown or HTML, so both documents always say the same thing.
 */
export type Run = string | { strong: string } | { em: string };

export type Block =
  | { t: 'h'; level: 1 | 2 | 3 | 4; text: string }
  | { t: 'p'; runs: Run[] }
  | { t: 'quote'; text: string; attribution: string | null }
  | { t: 'list'; items: Run[][] }
  | { t: 'meta'; rows: [label: string, value: string][] };

type Card = Exclude<ExportItem, { kind: 'frame' | 'proposal' | 'experiment' | 'quote' }>;

export function reportBlocks(model: ExportModel): Block[] {
  const lang = model.lang;
  const msg = messagesFor(lang);
  const m = msg.export.report;
  const out: Block[] = [];
  const itemById = new Map(model.items.map((i) => [i.id, i]));
  const quoteById = new Map(model.quotes.map((q) => [q.id, q]));
  const themeById = new Map(model.themes.map((t) => [t.id, t]));

  out.push({ t: 'h', level: 1, text: model.meta.title.trim() || m.untitled });
  const rows: [string, string][] = [];
  if (model.meta.date.trim()) rows.push([m.date, model.meta.date.trim()]);
  if (model.meta.credits.trim()) rows.push([m.credits, model.meta.credits.trim()]);
  if (model.meta.licence.trim()) rows.push([m.licence, model.meta.licence.trim()]);
  if (rows.length) out.push({ t: 'meta', rows });
  out.push({ t: 'p', runs: [{ em: model.anonymised ? m.anonymised : m.notAnonymised }] });
  if (model.leftOut.quotes > 0) out.push({ t: 'p', runs: [{ em: plural(m, 'leftOut', model.leftOut.quotes, lang) }] });

  const quoteBlock = (q: ExportQuote): Block => ({ t: 'quote', text: q.text, attribution: q.attribution?.line ?? null });
  const cardRuns = (c: Card): Run[] => {
    const text = c.kind === 'image' ? [c.alt, c.caption].filter((s) => s.trim() !== '').join(' — ') : c.text;
    const runs: Run[] = [text];
    if (c.tags.length) runs.push(' ', { em: `(${c.tags.join(', ')})` });
    return runs;
  };
  const themeBody = (theme: ExportTheme, level: 3 | 4): void => {
    const markLabel = theme.mark !== 'none' ? ` — ${msg.residency.mark[theme.mark]}` : '';
    out.push({ t: 'h', level, text: `${theme.title.trim() || msg.frame.untitled}${markLabel}` });
    if (theme.counts.quotes > 0) out.push({ t: 'p', runs: [{ em: themeCountsLine(theme.counts, lang) }] });
    const cards = theme.cardIds.map((id) => itemById.get(id)).filter((c): c is Card => !!c && isCard(c) && hasWords(c));
    if (cards.length) out.push({ t: 'list', items: cards.map(cardRuns) });
    for (const q of theme.quoteIds) {
      const quote = quoteById.get(q);
      if (quote) out.push(quoteBlock(quote));
    }
  };
  const hasContent = (t: ExportTheme): boolean => t.quoteIds.length > 0 || t.cardIds.some((id) => isCard(itemById.get(id)));

  // Restitution sections first, in their canonical order, then the other themes.
  const sectioned = model.themes.filter((t) => t.section !== null);
  if (sectioned.length) {
    out.push({ t: 'h', level: 2, text: m.restitution });
    for (const section of RESTITUTION_SECTIONS) {
      const frames = sectioned.filter((t) => t.section === section);
      if (!frames.length) continue;
      out.push({ t: 'h', level: 3, text: msg.export.section[section] });
      for (const f of frames) themeBody(f, 4);
    }
  }
  const others = model.themes.filter((t) => t.section === null && hasContent(t));
  if (others.length) {
    out.push({ t: 'h', level: 2, text: m.themes });
    for (const t of others) themeBody(t, 3);
  }
  const loose = sortReading(model.items.filter((i) => (i.parentId === null || !themeById.has(i.parentId)) && (isCard(i) || i.kind === 'quote')));
  if (loose.length) {
    out.push({ t: 'h', level: 2, text: m.outside });
    const cards = loose.filter((c): c is Card => isCard(c) && hasWords(c));
    if (cards.length) out.push({ t: 'list', items: cards.map(cardRuns) });
    for (const c of loose) if (c.kind === 'quote') out.push({ t: 'quote', text: c.text, attribution: c.attribution?.line ?? null });
  }

  const untitledExperiment = msg.residency.untitledExperiment;
  if (model.proposals.length) {
    out.push({ t: 'h', level: 2, text: m.proposals });
    const ctx = { quoteById, themeById, lang, untitled: msg.residency.untitledProposal, untitledExperiment, m, quoteBlock, level: 3 as const, experiments: [] as ExportExperiment[] };
    if (model.proposals.some((p) => p.decision !== null)) {
      // Once something is decided, proposals come by decision: retained (with why and the
      // experiments born of them), to dig deeper, dropped (with why), then those not decided yet.
      for (const group of DECISION_GROUPS) {
        const list = model.proposals.filter((p) => (p.decision?.status ?? 'undecided') === group);
        if (!list.length) continue;
        out.push({ t: 'h', level: 3, text: m.decided[group] });
        for (const p of list) proposalBlocks(p, out, { ...ctx, level: 4, experiments: model.experiments.filter((e) => e.proposalId === p.id) });
      }
    } else for (const p of model.proposals) proposalBlocks(p, out, ctx);
  }
  if (model.experiments.length) {
    out.push({ t: 'h', level: 2, text: m.experiments });
    const proposalTitle = new Map(model.proposals.map((p) => [p.id, p.title.trim() || msg.residency.untitledProposal]));
    for (const e of model.experiments) experimentBlocks(e, out, { lang, m, status: msg.residency.status, untitled: untitledExperiment, proposalTitle });
  }
  if (model.votes.length) {
    out.push({ t: 'h', level: 2, text: m.votes });
    for (const v of model.votes) voteBlocks(v, out, { lang, m, itemById, untitled: msg.day.vote.title, gone: msg.day.vote.gone });
  }
  out.push({ t: 'p', runs: [{ em: m.generated }] });
  return out;
}

/** A revealed vote: its question, when and how many voted, then its cards by dots. */
function voteBlocks(v: ExportVote, out: Block[], ctx: { lang: 'fr' | 'en'; m: ReportMessages; itemById: Map<string, ExportItem>; untitled: string; gone: string }): void {
  out.push({ t: 'h', level: 3, text: v.question.trim() || ctx.untitled });
  const day = formatDay(v.date.slice(0, 10), ctx.lang);
  out.push({ t: 'p', runs: [{ em: fill(ctx.m.voteMeta, { date: day, voters: v.voters }) }] });
  const label = (id: string | null): string => {
    const item = id === null ? undefined : ctx.itemById.get(id);
    if (!item) return ctx.gone;
    const words = 'title' in item ? item.title : 'text' in item ? item.text : item.kind === 'image' ? item.alt || item.caption : '';
    return words.trim().split('\n')[0] || ctx.gone;
  };
  if (v.ranking.length) out.push({ t: 'list', items: v.ranking.map((r): Run[] => [{ strong: String(r.dots) }, ` — ${label(r.card)}`]) });
}

const isCard = (i: ExportItem | undefined): i is Card => i !== undefined && (i.kind === 'note' || i.kind === 'text' || i.kind === 'image');
const hasWords = (c: Card): boolean => (c.kind === 'image' ? c.alt.trim() !== '' || c.caption.trim() !== '' : c.text.trim() !== '');
const sortReading = <T extends { x: number; y: number; id: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

type ReportMessages = ReturnType<typeof messagesFor>['export']['report'];

/** The report's sections of proposals once some are decided, in this order. */
const DECISION_GROUPS = [...DECISION_STATUSES, 'undecided'] as const;

function proposalBlocks(
  p: ExportProposal,
  out: Block[],
  ctx: {
    quoteById: Map<string, ExportQuote>;
    themeById: Map<string, ExportTheme>;
    lang: 'fr' | 'en';
    untitled: string;
    untitledExperiment: string;
    m: ReportMessages;
    quoteBlock: (q: ExportQuote) => Block;
    level: 3 | 4;
    /** Experiments born of it (listed under a decided proposal). */
    experiments: readonly ExportExperiment[];
  },
): void {
  out.push({ t: 'h', level: ctx.level, text: p.title.trim() || ctx.untitled });
  for (const para of p.body.split(/\n{2,}/).filter((s) => s.trim() !== '')) out.push({ t: 'p', runs: [para] });
  if (p.decision && p.decision.reason.trim()) out.push({ t: 'p', runs: [{ strong: `${ctx.m.reason}${colon(ctx.lang)}` }, p.decision.reason.trim()] });
  if (ctx.experiments.length) {
    out.push({ t: 'p', runs: [{ strong: `${ctx.m.experimentsFrom}${colon(ctx.lang).trimEnd()}` }] });
    out.push({ t: 'list', items: ctx.experiments.map((e) => [e.title.trim() || ctx.untitledExperiment]) });
  }
  const themes = p.themeIds.map((t) => ctx.themeById.get(t)?.title.trim()).filter((t): t is string => !!t);
  if (themes.length) out.push({ t: 'p', runs: [{ strong: `${ctx.m.linkedThemes}${colon(ctx.lang)}` }, themes.join(' · ')] });
  amendmentBlocks(p, out, ctx);
  const quotes = p.groundingQuoteIds.map((q) => ctx.quoteById.get(q)).filter((q): q is ExportQuote => !!q);
  if (!quotes.length) {
    out.push({ t: 'p', runs: [{ em: ctx.m.noGrounding }] });
    return;
  }
  out.push({ t: 'p', runs: [{ strong: `${ctx.m.grounding}${colon(ctx.lang).trimEnd()}` }] });
  for (const q of quotes) out.push(ctx.quoteBlock(q));
}

/** A proposal's decided amendments: what changed (or would have), accepted or rejected, and by whom when named. */
function amendmentBlocks(p: ExportProposal, out: Block[], ctx: { lang: 'fr' | 'en'; m: ReportMessages }): void {
  if (!p.amendments.length) return;
  const { m } = ctx;
  const what = { insert: m.amendmentInsert, delete: m.amendmentDelete, replace: m.amendmentReplace };
  out.push({ t: 'p', runs: [{ strong: `${m.amendments}${colon(ctx.lang).trimEnd()}` }] });
  out.push({
    t: 'list',
    items: p.amendments.map((a) => {
      const runs: Run[] = [fill(what[a.kind], { text: a.text.trim(), original: a.original.trim() }), ' — ', { em: a.state === 'accepted' ? m.amendmentAccepted : m.amendmentRejected }];
      if (a.author) runs.push(` (${fill(m.amendmentBy, { who: a.author })})`);
      return runs;
    }),
  });
}

function experimentBlocks(
  e: ExportExperiment,
  out: Block[],
  ctx: { lang: 'fr' | 'en'; m: ReportMessages; status: Record<string, string>; untitled: string; proposalTitle: Map<string, string> },
): void {
  const { m, lang } = ctx;
  out.push({ t: 'h', level: 3, text: e.title.trim() || ctx.untitled });
  const start = formatDay(e.startDate, lang);
  const end = formatDay(e.endDate, lang);
  const dates = start && end ? fill(m.fromTo, { start, end }) : start ? fill(m.from, { date: start }) : end ? fill(m.to, { date: end }) : '';
  const rows: [string, string][] = [
    [m.status, ctx.status[e.status] ?? e.status],
    [m.place, e.place],
    [m.partners, e.partners],
    [m.dates, dates],
    [m.hypothesis, e.hypothesis],
    [m.tested, e.tested],
    [m.indicator, e.indicator],
    [m.proposal, e.proposalId ? (ctx.proposalTitle.get(e.proposalId) ?? '') : ''],
  ];
  const items = rows.filter(([, v]) => v.trim() !== '').map(([label, value]): Run[] => [{ strong: `${label}${colon(lang)}` }, value]);
  if (items.length) out.push({ t: 'list', items });
}

/** French puts a (narrow no-break) space before a colon. */
export const colon = (lang: 'fr' | 'en'): string => (lang === 'fr' ? '\u202f: ' : ': ');
