import type { ExportExperiment, ExportItem, ExportModel, ExportProposal, ExportQuote, ExportTheme } from './export-model';
import { fill, formatDay, messagesFor, plural, themeCountsLine } from './messages';
import { RESTITUTION_SECTIONS } from './sections';

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

  if (model.proposals.length) {
    out.push({ t: 'h', level: 2, text: m.proposals });
    for (const p of model.proposals) proposalBlocks(p, out, { quoteById, themeById, lang, untitled: msg.residency.untitledProposal, m, quoteBlock });
  }
  if (model.experiments.length) {
    out.push({ t: 'h', level: 2, text: m.experiments });
    const proposalTitle = new Map(model.proposals.map((p) => [p.id, p.title.trim() || msg.residency.untitledProposal]));
    for (const e of model.experiments) experimentBlocks(e, out, { lang, m, status: msg.residency.status, untitled: msg.residency.untitledExperiment, proposalTitle });
  }
  out.push({ t: 'p', runs: [{ em: m.generated }] });
  return out;
}

const isCard = (i: ExportItem | undefined): i is Card => i !== undefined && (i.kind === 'note' || i.kind === 'text' || i.kind === 'image');
const hasWords = (c: Card): boolean => (c.kind === 'image' ? c.alt.trim() !== '' || c.caption.trim() !== '' : c.text.trim() !== '');
const sortReading = <T extends { x: number; y: number; id: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

type ReportMessages = ReturnType<typeof messagesFor>['export']['report'];

function proposalBlocks(
  p: ExportProposal,
  out: Block[],
  ctx: {
    quoteById: Map<string, ExportQuote>;
    themeById: Map<string, ExportTheme>;
    lang: 'fr' | 'en';
    untitled: string;
    m: ReportMessages;
    quoteBlock: (q: ExportQuote) => Block;
  },
): void {
  out.push({ t: 'h', level: 3, text: p.title.trim() || ctx.untitled });
  for (const para of p.body.split(/\n{2,}/).filter((s) => s.trim() !== '')) out.push({ t: 'p', runs: [para] });
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
