import type { ExportItem, ExportModel } from './export-model';
import { CANVAS_COLOR } from './json-canvas-colors';
import { colon } from './report-blocks';
import { formatDay, messagesFor } from './messages';

/**
 * JSON Canvas 1.0 (jsoncanvas.org), the open format Obsidian and other canvas apps read.
 * Frames become group nodes; every card a text node whose text is Markdown; the links of the
 * trace (proposal → quote card, proposal → theme, experiment → proposal) become edges.
 */
export type CanvasColor = string;

export interface CanvasNode {
  id: string;
  type: 'text' | 'file' | 'link' | 'group';
  x: number;
  y: number;
  width: number;
  height: number;
  color?: CanvasColor;
  text?: string;
  file?: string;
  subpath?: string;
  url?: string;
  label?: string;
  /**
   * Ours, allowed by the format's room for extra keys: a text label of the board (not a card)
   * and its font size, so it comes back as a label.
   */
  tablee?: { kind: 'text'; fontSize: number };
}

export interface CanvasEdge {
  id: string;
  fromNode: string;
  fromSide?: 'top' | 'right' | 'bottom' | 'left';
  fromEnd?: 'none' | 'arrow';
  toNode: string;
  toSide?: 'top' | 'right' | 'bottom' | 'left';
  toEnd?: 'none' | 'arrow';
  color?: CanvasColor;
  label?: string;
}

export interface JsonCanvas {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

/** Colour of cards that have none of their own on the board, so they read back as the same cards. */
const KIND_COLOR = { quote: CANVAS_COLOR.grey, proposal: CANVAS_COLOR.green, experiment: CANVAS_COLOR.blue, image: CANVAS_COLOR.grey } as const;

export function canvasOf(model: ExportModel): JsonCanvas {
  const msg = messagesFor(model.lang);
  const nodes: CanvasNode[] = [];
  const present = new Set<string>();
  // Nodes in drawing order: the format draws them in array order (first at the back).
  for (const item of model.items) {
    const box = { id: item.id, x: Math.round(item.x), y: Math.round(item.y), width: Math.round(item.w), height: Math.round(item.h) };
    present.add(item.id);
    switch (item.kind) {
      case 'frame':
        nodes.push({ ...box, type: 'group', label: item.title, color: CANVAS_COLOR[item.color] });
        break;
      case 'note':
        nodes.push({ ...box, type: 'text', text: item.text, color: CANVAS_COLOR[item.color] });
        break;
      case 'text':
        nodes.push({ ...box, type: 'text', text: item.text, tablee: { kind: 'text', fontSize: item.fontSize } });
        break;
      default:
        nodes.push({ ...box, type: 'text', text: cardMarkdown(item, model.lang, msg), color: KIND_COLOR[item.kind] });
    }
  }

  const edges: CanvasEdge[] = [];
  const edge = (from: string, to: string): void => {
    if (present.has(from) && present.has(to)) edges.push({ id: `${from}->${to}`, fromNode: from, toNode: to, toEnd: 'arrow' });
  };
  const quoteCards = new Map(model.quotes.map((q) => [q.id, q.cardIds]));
  for (const p of model.proposals) {
    for (const q of p.quoteIds) for (const card of quoteCards.get(q) ?? []) edge(p.id, card);
    for (const t of p.themeIds) edge(p.id, t);
  }
  for (const e of model.experiments) if (e.proposalId) edge(e.id, e.proposalId);
  return { nodes, edges };
}

/** The file's text: tab-indented like the apps that write the format. */
export function jsonCanvas(model: ExportModel): string {
  return JSON.stringify(canvasOf(model), null, '\t') + '\n';
}

type Messages = ReturnType<typeof messagesFor>;

function cardMarkdown(item: Exclude<ExportItem, { kind: 'frame' | 'note' | 'text' }>, lang: 'fr' | 'en', msg: Messages): string {
  const m = msg.export.report;
  switch (item.kind) {
    case 'quote': {
      const lines = item.text.split('\n').map((l) => `> ${l}`.trimEnd());
      if (item.attribution) lines.push('>', `> ${item.attribution.line}`);
      return lines.join('\n');
    }
    case 'proposal':
      return [`## ${item.title.trim() || msg.residency.untitledProposal}`, item.body].filter((s) => s.trim() !== '').join('\n\n');
    case 'experiment': {
      const dates = [formatDay(item.startDate, lang), formatDay(item.endDate, lang)].filter((d) => d !== '').join(' → ');
      const rows: [string, string][] = [
        [m.status, msg.residency.status[item.status]],
        [m.place, item.place],
        [m.partners, item.partners],
        [m.dates, dates],
        [m.hypothesis, item.hypothesis],
        [m.tested, item.tested],
        [m.indicator, item.indicator],
      ];
      const fields = rows.filter(([, v]) => v.trim() !== '').map(([k, v]) => `**${k}**${colon(lang)}${v}`);
      return [`## ${item.title.trim() || msg.residency.untitledExperiment}`, fields.join('\n')].filter((s) => s !== '').join('\n\n');
    }
    case 'image':
      return [item.alt, item.caption].filter((s) => s.trim() !== '').join('\n\n');
  }
}
