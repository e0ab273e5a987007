import type { Box } from '../board/geometry';
import type { PictureLayout, Shape } from './layout';
import { textWidth, toWinAnsi } from './text-metrics';

/**
 * How a PDF lays pictures out on its pages. A picture that fits its page with every text at 7 pt
 * or more is one page, fitted and centred. A larger one (the whole board of a residency) is
 * spread over pages at the scale that keeps its smallest text at 7 pt, rather than shrunk to an
 * unreadable 4 pt, and no card is cut: each card (and each frame's title) is drawn whole on
 * exactly one page. Pages go in rows (bands) from the top, each page from the left: a page ends
 * where the cards it holds end, and the next one starts at the first card it could not hold, so
 * cut lines fall in the gaps between cards when there are gaps, and pages overlap a little when
 * there are none. Only frames' backgrounds (and a heading wider than a page) are cut, drawn on every
 * page they reach. A card larger than a page at that scale is the one exception: alone on its own
 * page, shrunk to fit, and said so.
 */

/** The smallest text a printed page may carry, in points: below it a board is no longer read. */
export const MIN_TEXT_PT = 7;
/** A board that would need more pages than this per picture gets this many, its text then smaller (and still said). */
export const MAX_PAGES_PER_PICTURE = 64;
/** Height of the header band and of the footer band, in points (8 mm). */
export const BAND = (8 * 72) / 25.4;

export interface PdfPagePlan {
  /** Which picture (of those given) the page shows. */
  picture: number;
  /** The part of the picture this page shows, in board units: every card drawn on the page lies inside it. */
  view: Box;
  /** Points per board unit. */
  scale: number;
  /** Where `view`'s top-left corner lands on the page, in PDF points from the bottom-left. */
  left: number;
  top: number;
  /** Where `view` is on the page (PDF points): frames' backgrounds are cut to it. */
  clip: Box;
  /** The shapes that reach this page, in drawing order. */
  shapes: Shape[];
  /** Row (band) and column of the page when the picture is spread over several pages; null for a whole picture or a lone card. */
  part: { row: number; col: number; rows: number; cols: number } | null;
  /** A card too large for a page with the picture's text at MIN_TEXT_PT: alone on its page, shrunk to fit it. */
  alone: boolean;
  /** The smallest text as printed, in points (under MIN_TEXT_PT only past MAX_PAGES_PER_PICTURE, or for a lone card); null without text. */
  smallestPt: number | null;
}

/** Smallest text size of a picture, in board units; null when it has no text. */
export function smallestText(picture: PictureLayout): number | null {
  let min = Infinity;
  for (const s of picture.shapes) if (s.type === 'text' && s.size > 0 && s.size < min) min = s.size;
  return min === Infinity ? null : min;
}

/** The pages of a PDF of `pictures` on pages of `page` size (points) with `margin` points of border. */
export function planPdfPages(pictures: readonly PictureLayout[], page: { w: number; h: number }, margin: number): PdfPagePlan[] {
  // The picture's area: between the header and footer bands, inside the margins.
  const box = { x: margin, y: margin + BAND, w: Math.max(1, page.w - 2 * margin), h: Math.max(1, page.h - 2 * margin - 2 * BAND) };
  return pictures.flatMap((picture, index) => planPicture(picture, index, box, page.h));
}

/** A card (or a frame's title): the shapes that draw it, by index, and the box they cover, in board units. */
export interface PageUnit {
  box: Box;
  shapes: number[];
  /** False for a text alone (a heading, a frame's title): one wider than a page is cut like a frame's background. */
  card: boolean;
}

function planPicture(picture: PictureLayout, index: number, box: Box, pageHeight: number): PdfPagePlan[] {
  const { view } = picture;
  const fit = Math.min(box.w / view.w, box.h / view.h);
  const smallest = smallestText(picture);
  const needed = smallest === null ? fit : MIN_TEXT_PT / smallest;
  if (fit >= needed) {
    const left = box.x + (box.w - view.w * fit) / 2;
    const top = pageHeight - (box.y + (box.h - view.h * fit) / 2);
    return [{ picture: index, view, scale: fit, left, top, clip: { ...box }, shapes: picture.shapes, part: null, alone: false, smallestPt: smallest === null ? null : smallest * fit }];
  }
  const { units, backdrop } = unitsOf(picture);
  units.sort((a, b) => a.box.y - b.box.y);
  // A first guess from the area alone (cheap), then the pages themselves, within the page budget.
  let scale = needed;
  while (Math.ceil((view.w * scale) / box.w - 1e-9) * Math.ceil((view.h * scale) / box.h - 1e-9) > MAX_PAGES_PER_PICTURE) scale *= 0.95;
  let pages = spread(picture, units, backdrop, index, box, pageHeight, scale, smallest as number);
  while (pages.length > MAX_PAGES_PER_PICTURE && scale > fit) {
    scale = Math.max(fit, scale * 0.95);
    pages = spread(picture, units, backdrop, index, box, pageHeight, scale, smallest as number);
  }
  return pages;
}

/** The pages of a picture at `scale`: bands from the top, pages from the left in each, then the lone cards. */
function spread(picture: PictureLayout, units: readonly PageUnit[], backdrop: readonly number[], index: number, box: Box, pageHeight: number, scale: number, smallest: number): PdfPagePlan[] {
  const { view } = picture;
  const cellW = box.w / scale;
  const cellH = box.h / scale;
  const fits = (u: PageUnit): boolean => u.box.w <= cellW + 1e-9 && u.box.h <= cellH + 1e-9;
  const rows: { shown: Box; units: PageUnit[] }[][] = [];
  // A heading wider than a page stays at the picture's scale, cut at the pages' edges like a frame.
  const cut = [...backdrop];
  for (const u of units) if (!fits(u) && !u.card) cut.push(...u.shapes);
  // Units sorted by their top; each band takes those that end inside it, the rest start the next.
  let remaining = units.filter(fits);
  const viewRight = view.x + view.w;
  const viewBottom = view.y + view.h;
  while (remaining.length > 0) {
    const top = rows.length === 0 ? Math.min(view.y, (remaining[0] as PageUnit).box.y) : (remaining[0] as PageUnit).box.y;
    const inBand: PageUnit[] = [];
    const rest: PageUnit[] = [];
    for (const u of remaining) (u.box.y + u.box.h <= top + cellH + 1e-9 ? inBand : rest).push(u);
    const next = rest[0]?.box.y ?? viewBottom;
    const bottom = Math.min(top + cellH, inBand.reduce((n, u) => Math.max(n, u.box.y + u.box.h), next));
    rows.push(columns(inBand, inBand.reduce((n, u) => Math.min(n, u.box.x), view.x), viewRight, cellW, top, bottom - top));
    remaining = rest;
  }
  const cols = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const pages: PdfPagePlan[] = [];
  const top = pageHeight - box.y;
  for (const [row, band] of rows.entries()) {
    for (const [col, page] of band.entries()) {
      const { shown } = page;
      pages.push({
        picture: index,
        view: shown,
        scale,
        left: box.x,
        top,
        clip: { x: box.x, y: top - shown.h * scale, w: shown.w * scale, h: shown.h * scale },
        shapes: shapesOn(picture, page.units, cut, shown),
        part: { row, col, rows: rows.length, cols },
        alone: false,
        smallestPt: smallest * scale,
      });
    }
  }
  // A card larger than a page at this scale: alone, shrunk to fit its page, centred.
  for (const u of units) {
    if (fits(u) || !u.card) continue;
    const s = Math.min(box.w / u.box.w, box.h / u.box.h);
    const left = box.x + (box.w - u.box.w * s) / 2;
    const pageTop = pageHeight - (box.y + (box.h - u.box.h * s) / 2);
    const own = smallestOf(u.shapes.map((i) => picture.shapes[i] as Shape));
    pages.push({ picture: index, view: u.box, scale: s, left, top: pageTop, clip: { x: left, y: pageTop - u.box.h * s, w: u.box.w * s, h: u.box.h * s }, shapes: shapesOn(picture, [u], backdrop, u.box), part: null, alone: true, smallestPt: own === null ? null : own * s });
  }
  return pages;
}

/** The pages of one band, from the left: each ends where its cards end, the next starts at the first card left over. */
function columns(band: PageUnit[], start: number, viewRight: number, cellW: number, top: number, height: number): { shown: Box; units: PageUnit[] }[] {
  let remaining = band.sort((a, b) => a.box.x - b.box.x);
  const out: { shown: Box; units: PageUnit[] }[] = [];
  while (remaining.length > 0) {
    const left = out.length === 0 ? start : (remaining[0] as PageUnit).box.x;
    const here: PageUnit[] = [];
    const rest: PageUnit[] = [];
    for (const u of remaining) (u.box.x + u.box.w <= left + cellW + 1e-9 ? here : rest).push(u);
    const next = rest[0]?.box.x ?? viewRight;
    const right = Math.min(left + cellW, here.reduce((n, u) => Math.max(n, u.box.x + u.box.w), next));
    out.push({ shown: { x: left, y: top, w: right - left, h: height }, units: here });
    remaining = rest;
  }
  return out;
}

/** A page's shapes in the picture's drawing order: its cards whole, and the frames' backgrounds that reach it. */
function shapesOn(picture: PictureLayout, units: readonly PageUnit[], backdrop: readonly number[], shown: Box): Shape[] {
  const indices: number[] = [];
  for (const u of units) indices.push(...u.shapes);
  for (const i of backdrop) if (overlaps(extentOf(picture.shapes[i] as Shape), shown)) indices.push(i);
  return indices.sort((a, b) => a - b).map((i) => picture.shapes[i] as Shape);
}

/**
 * The cards of a picture (all the shapes of an item), each frame's title on its own, and the
 * frames' rectangles, which are backgrounds a page may cut. Shapes outside any item are units alone.
 */
export function unitsOf(picture: PictureLayout): { units: PageUnit[]; backdrop: number[] } {
  const units: PageUnit[] = [];
  const backdrop: number[] = [];
  const covered = new Uint8Array(picture.shapes.length);
  const unit = (shapes: number[]): void => {
    if (shapes.length === 0) return;
    const drawn = shapes.map((i) => picture.shapes[i] as Shape);
    units.push({ shapes, box: unionOfBoxes(drawn.map(extentOf)), card: drawn.some((s) => s.type !== 'text') });
  };
  for (const run of picture.runs) {
    const all: number[] = [];
    for (let i = run.first; i < run.end; i++) {
      covered[i] = 1;
      const shape = picture.shapes[i] as Shape;
      if (!run.frame) all.push(i);
      else if (shape.type === 'text') unit([i]);
      else backdrop.push(i);
    }
    unit(all);
  }
  for (let i = 0; i < covered.length; i++) if (!covered[i]) unit([i]);
  return { units, backdrop };
}

function smallestOf(shapes: readonly Shape[]): number | null {
  return smallestText({ view: { x: 0, y: 0, w: 0, h: 0 }, background: null, shapes: [...shapes], itemCount: 0, runs: [] });
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function unionOfBoxes(boxes: readonly Box[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) [x0, y0, x1, y1] = [Math.min(x0, b.x), Math.min(y0, b.y), Math.max(x1, b.x + b.w), Math.max(y1, b.y + b.h)];
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** A shape's reach in board units; a text's as wide as its longest line in its font. */
export function extentOf(shape: Shape): Box {
  if (shape.type !== 'text') return shape;
  const longest = shape.lines.reduce((n, l) => Math.max(n, textWidth(toWinAnsi(l), shape.size, shape.face)), 0);
  return { x: shape.x, y: shape.y, w: longest, h: shape.lines.length * shape.size * shape.lineHeight };
}
