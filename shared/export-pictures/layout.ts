import { unionOf, type Box } from '../board/geometry';
import type { ExportItem, ExportModel } from '../export/export-model';
import { fill, formatDay, messagesFor, plural } from '../export/messages';
import {
  EXPERIMENT,
  FRAME_EDGE,
  FRAME_WASH,
  IMAGE_PLACEHOLDER,
  INK,
  NOTE_FILL,
  PROPOSAL,
  QUOTE_BAR,
  QUOTE_PAPER,
  QUOTE_WHO,
  SHADOW,
} from '../board/palette';
import { CARD_PAD, CARD_TITLE_Y, frameTitleLayout, noteLayout, QUOTE_ATTRIBUTION_H, QUOTE_TEXT_X, quoteLayout, structuredCardLayout } from '../board/card-layout';
import { CARD_TEXT, fitText, labelStyle, type FittedText } from '../board/fit-text';
import { emWidth, type FontFace } from './text-metrics';
import { fitLine, wrapText } from './wrap';

/**
 * A picture of the board as plain shapes (rectangles and lines of text) in board units, which
 * the SVG and PDF writers draw the same way. Built from the export model, which is already
 * anonymised: a quote whose person did not agree to be quoted is not in it, so not in the picture.
 */

export type { Box };

export interface RectShape extends Box {
  type: 'rect';
  fill: string | null;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  radius?: number;
}

export interface TextShape {
  type: 'text';
  x: number;
  /** Top of the first line's box. */
  y: number;
  lines: string[];
  size: number;
  /** Line height as a multiple of the size. */
  lineHeight: number;
  face: FontFace;
  color: string;
}

/** A picture placed on the board (JPEG, PNG or WebP bytes from the project's assets). */
export interface ImageShape extends Box {
  type: 'image';
  mime: string;
  bytes: Uint8Array;
}

export type Shape = RectShape | TextShape | ImageShape;

/** The bytes of a picture card's asset; undefined when the project does not have them. */
export type ImageSource = (assetId: string) => { mime: string; bytes: Uint8Array } | undefined;

export type PictureRegion = { kind: 'board' } | { kind: 'selection'; ids: readonly string[] } | { kind: 'frame'; id: string };

export interface PictureOptions {
  region: PictureRegion;
  /** Board units around the cards. */
  margin: number;
  /** Colour behind everything; null for a transparent picture. */
  background: string | null;
  /** Where picture cards find their bytes; without it they are drawn as their description. */
  images?: ImageSource | undefined;
}

export interface PictureLayout {
  /** What the picture shows, in board units (margin included). */
  view: Box;
  background: string | null;
  shapes: Shape[];
  /** Items drawn (frames and cards). */
  itemCount: number;
  /** The shapes of each item, shapes[first] to shapes[end - 1], in order: a PDF page never cuts a card. */
  runs: ShapeRun[];
}

export interface ShapeRun {
  first: number;
  end: number;
  frame: boolean;
}


/** Items of the model a region shows, in drawing order. A frame brings the cards in it. */
export function itemsInRegion(model: ExportModel, region: PictureRegion): ExportItem[] {
  if (region.kind === 'board') return model.items;
  const byId = new Map(model.items.map((i) => [i.id, i]));
  const roots = region.kind === 'frame' ? [region.id] : region.ids;
  const frames = new Set(roots.filter((id) => byId.get(id)?.kind === 'frame'));
  const inside = (i: ExportItem, frame: ExportItem): boolean =>
    i.parentId === frame.id || (i.x >= frame.x && i.y >= frame.y && i.x + i.w <= frame.x + frame.w && i.y + i.h <= frame.y + frame.h);
  const wanted = new Set(roots.filter((id) => byId.has(id)));
  for (const id of frames) {
    const frame = byId.get(id) as ExportItem;
    for (const i of model.items) if (i.kind !== 'frame' && inside(i, frame)) wanted.add(i.id);
  }
  return model.items.filter((i) => wanted.has(i.id));
}

export function boundsOf(items: readonly Box[]): Box | null {
  return unionOf(items) ?? null;
}

/** The picture of a region; null when the region holds nothing to draw. */
export function layoutPicture(model: ExportModel, options: PictureOptions): PictureLayout | null {
  const items = itemsInRegion(model, options.region);
  if (items.length === 0) return null;
  const shapes: Shape[] = [];
  const drawn: Box[] = [];
  const dots = dotsOfCards(model);
  const runs: ShapeRun[] = [];
  for (const item of items) {
    const first = shapes.length;
    const own = shapesOf(item, model, options.images);
    shapes.push(...own);
    // A card grown to show its whole text reaches below its record's box.
    const card = own.find((s): s is RectShape => s.type === 'rect' && s.x === item.x && s.y === item.y);
    drawn.push(card ? { x: item.x, y: item.y, w: item.w, h: Math.max(item.h, card.h) } : item);
    const n = dots.get(item.id);
    if (n && item.kind !== 'frame') shapes.push(...dotsBadge(item, n, model.lang));
    runs.push({ first, end: shapes.length, frame: item.kind === 'frame' });
  }
  const bounds = boundsOf(drawn);
  if (!bounds) return null;
  const m = Math.max(0, options.margin);
  // The shadow under cards reaches 3 units beyond them.
  const view = { x: bounds.x - m, y: bounds.y - m, w: bounds.w + 2 * m + 3, h: bounds.h + 2 * m + 3 };
  return { view, background: options.background, shapes, itemCount: items.length, runs };
}

/** Card id → the most dots it got in a revealed vote (as the board shows its total). */
function dotsOfCards(model: ExportModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of model.votes) for (const r of v.ranking) if (r.card) out.set(r.card, Math.max(r.dots, out.get(r.card) ?? 0));
  return out;
}

/** A revealed vote's total on a card's top-right corner, as the board draws it. */
function dotsBadge(item: ExportItem, dots: number, lang: ExportModel['lang']): Shape[] {
  const text = plural(messagesFor(lang).export.report, 'cardDots', dots, lang);
  const w = Math.min(item.w, 24 + text.length * 7);
  const x = item.x + item.w - w - 4;
  const y = item.y - 10;
  return [{ type: 'rect', x, y, w, h: 20, fill: '#1f3a5f', radius: 10 } as RectShape, ...line(text, x + 8, y + 4, w - 12, 11, 'bold', '#ffffff')];
}

const PAD = CARD_PAD;
const shadow = (i: Box): RectShape => ({ type: 'rect', x: i.x + 2, y: i.y + 3, w: i.w, h: i.h, fill: SHADOW.color, fillOpacity: SHADOW.opacity });

/** Lines of a text block that fit a box (at least one line when any room is left). */
function block(text: string, box: Box, size: number, lineHeight: number, face: FontFace, color: string): TextShape[] {
  const maxLines = Math.floor(box.h / (size * lineHeight));
  const lines = wrapText(text, { width: box.w, size, face, maxLines });
  return lines.length ? [{ type: 'text', x: box.x, y: box.y, lines, size, lineHeight, face, color }] : [];
}

function textOf(f: FittedText, x: number, y: number, face: FontFace, color: string): TextShape[] {
  return f.lines.length ? [{ type: 'text', x, y, lines: f.lines, size: f.size, lineHeight: f.lineHeight, face, color }] : [];
}

function line(text: string, x: number, y: number, width: number, size: number, face: FontFace, color: string): TextShape[] {
  const l = fitLine(text, width, size, face);
  return l ? [{ type: 'text', x, y, lines: [l], size, lineHeight: 1.2, face, color }] : [];
}

/** The same drawing as the board's card components (renderer/src/canvas/items), as shapes. */
export function shapesOf(item: ExportItem, model: ExportModel, images?: ImageSource): Shape[] {
  const t = messagesFor(model.lang).residency;
  const { x, y, w, h } = item;
  const inner = Math.max(1, w - PAD * 2);
  switch (item.kind) {
    case 'frame': {
      const edge = FRAME_EDGE[item.color] ?? FRAME_EDGE.grey;
      const wash = FRAME_WASH[item.color] ?? FRAME_WASH.grey;
      // The whole title: shrunk, then wrapped, then the header band grows to hold it.
      const { title, headerH } = frameTitleLayout(item.title, w, Math.min(44, h / 2), emWidth('bold'));
      return [
        { type: 'rect', x, y, w, h, fill: wash.color, fillOpacity: wash.opacity, stroke: edge, strokeWidth: 2, radius: 6 },
        { type: 'rect', x, y, w, h: headerH, fill: edge, fillOpacity: 0.18, radius: 6 },
        ...textOf(title, x + 14, y + (headerH - title.height) / 2, 'bold', '#222222'),
      ];
    }
    case 'note': {
      const { text, cardH } = noteLayout(item.text, w, h, emWidth('regular'));
      return [
        shadow({ x, y, w, h: cardH }),
        { type: 'rect', x, y, w, h: cardH, fill: NOTE_FILL[item.color] ?? NOTE_FILL.yellow },
        ...textOf(text, x + PAD, y + PAD, 'regular', INK),
      ];
    }
    case 'text':
      return textOf(fitText(item.text, item, labelStyle(item.fontSize), emWidth('regular')), x, y, 'regular', INK);
    case 'quote': {
      const [open, close] = model.lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
      const { words, wordsW, cardH } = quoteLayout(`${open}${item.text}${close}`, w, h, emWidth('italic'));
      return [
        shadow({ x, y, w, h: cardH }),
        { type: 'rect', x, y, w, h: cardH, fill: QUOTE_PAPER },
        { type: 'rect', x, y, w: 5, h: cardH, fill: QUOTE_BAR },
        ...textOf(words, x + QUOTE_TEXT_X, y + PAD, 'italic', INK),
        ...(item.attribution ? textOf(fitText(item.attribution.line, { w: wordsW, h: QUOTE_ATTRIBUTION_H }, CARD_TEXT.attribution, emWidth('regular')), x + QUOTE_TEXT_X, y + cardH - QUOTE_ATTRIBUTION_H - 4, 'regular', QUOTE_WHO) : []),
      ];
    }
    case 'proposal':
    case 'experiment': {
      const colours = item.kind === 'proposal' ? PROPOSAL : EXPERIMENT;
      // A decided proposal says its decision in its band, as an experiment says its status.
      const decided = item.kind === 'proposal' && item.decision ? ` · ${messagesFor(model.lang).decisions.status[item.decision.status]}` : '';
      const kicker = item.kind === 'proposal' ? `${t.proposal.heading}${decided}` : `${t.experiment.heading} · ${t.status[item.status]}`;
      const title = item.title.trim() || (item.kind === 'proposal' ? t.untitledProposal : t.untitledExperiment);
      const body = item.kind === 'proposal' ? item.body : item.hypothesis;
      const footer =
        item.kind === 'proposal'
          ? fill(t.proposalLinks, { quotes: plural(t.proposalCounts, 'quotes', item.quoteIds.length, model.lang), themes: plural(t.proposalCounts, 'themes', item.themeIds.length, model.lang) })
          : [item.place, [item.startDate, item.endDate].filter(Boolean).map((d) => formatDay(d, model.lang)).join(' → ')].filter(Boolean).join(' · ');
      const texts = structuredCardLayout(title, body, w, h, emWidth('bold'), emWidth('regular'));
      const cardH = texts.cardH;
      return [
        shadow({ x, y, w, h: cardH }),
        { type: 'rect', x, y, w, h: cardH, fill: colours.fill, stroke: colours.edge, strokeWidth: 1 },
        { type: 'rect', x, y, w, h: Math.min(26, cardH), fill: colours.edge },
        ...line(kicker.toUpperCase(), x + PAD, y + 6, inner, 12, 'bold', '#ffffff'),
        ...textOf(texts.title, x + PAD, y + CARD_TITLE_Y, 'bold', INK),
        ...textOf(texts.body, x + PAD, y + texts.bodyY, 'regular', INK),
        ...(cardH > 60 ? line(footer, x + PAD, y + cardH - 22, inner, 11, 'regular', '#555555') : []),
      ];
    }
    case 'image': {
      const asset = images?.(item.assetId);
      if (asset) {
        const caption = item.caption.trim();
        return [
          shadow(item),
          { type: 'rect', x, y, w, h, fill: '#ffffff' },
          { type: 'image', x, y, w, h, mime: asset.mime, bytes: asset.bytes },
          ...(caption
            ? [{ type: 'rect', x, y: y + h - 28, w, h: 28, fill: '#ffffff', fillOpacity: 0.85 } as RectShape, ...line(caption, x + PAD / 2, y + h - 22, Math.max(1, w - PAD), 13, 'regular', '#3a3a3a')]
            : []),
        ];
      }
      // Without its bytes, the export shows where the picture is and what it shows.
      const words = [item.alt, item.caption].map((s) => s.trim()).filter(Boolean).join(' — ');
      return [
        { type: 'rect', x, y, w, h, fill: IMAGE_PLACEHOLDER.fill, stroke: IMAGE_PLACEHOLDER.edge, strokeWidth: 1 },
        ...block(words || '▢', { x: x + PAD, y: y + PAD, w: inner, h: h - PAD * 2 }, 14, 1.25, 'italic', IMAGE_PLACEHOLDER.ink),
      ];
    }
  }
}
