import type { Box } from '../board/geometry';
import type { PictureLayout, Shape } from './layout';

/**
 * How a PDF lays pictures out on its pages. A picture that fits its page with every text at 7 pt
 * or more is one page, fitted and centred. A larger one (the whole board of a residency) is
 * spread over a grid of pages at the scale that keeps its smallest text at 7 pt, rather than
 * shrunk to an unreadable 4 pt: each page shows one cell, cut at its edges, and says which.
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
  /** The part of the picture on this page, in board units. */
  view: Box;
  /** Points per board unit. */
  scale: number;
  /** Where `view`'s top-left corner lands on the page, in PDF points from the bottom-left. */
  left: number;
  top: number;
  /** The page's drawing area (PDF points), which the cell is cut to. */
  clip: Box;
  /** The shapes that reach this page, in drawing order. */
  shapes: Shape[];
  /** Row and column of the cell when the picture is spread over several pages; null for a whole picture. */
  part: { row: number; col: number; rows: number; cols: number } | null;
  /** The picture's smallest text as printed, in points (under MIN_TEXT_PT only past MAX_PAGES_PER_PICTURE); null without text. */
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

function planPicture(picture: PictureLayout, index: number, box: Box, pageHeight: number): PdfPagePlan[] {
  const { view } = picture;
  const fit = Math.min(box.w / view.w, box.h / view.h);
  const smallest = smallestText(picture);
  const needed = smallest === null ? fit : MIN_TEXT_PT / smallest;
  const clip = { x: box.x, y: box.y, w: box.w, h: box.h };
  if (fit >= needed) {
    const left = box.x + (box.w - view.w * fit) / 2;
    const top = pageHeight - (box.y + (box.h - view.h * fit) / 2);
    return [{ picture: index, view, scale: fit, left, top, clip, shapes: picture.shapes, part: null, smallestPt: smallest === null ? null : smallest * fit }];
  }
  // Enough columns and rows for the needed scale, within the page budget.
  let scale = needed;
  const grid = (s: number): [number, number] => [Math.ceil((view.w * s) / box.w - 1e-9), Math.ceil((view.h * s) / box.h - 1e-9)];
  let [cols, rows] = grid(scale);
  while (cols * rows > MAX_PAGES_PER_PICTURE) {
    scale *= 0.95;
    [cols, rows] = grid(scale);
  }
  // The grid is whole pages: use the room it gives (the text only grows).
  scale = Math.min((box.w * cols) / view.w, (box.h * rows) / view.h);
  const cellW = box.w / scale;
  const cellH = box.h / scale;

  // Each shape goes to the cells it reaches, in one pass (a board may hold 50,000 cards).
  const cells: Shape[][] = Array.from({ length: cols * rows }, () => []);
  for (const shape of picture.shapes) {
    const b = extentOf(shape);
    const c0 = clamp(Math.floor((b.x - view.x) / cellW), cols);
    const c1 = clamp(Math.floor((b.x + b.w - view.x) / cellW), cols);
    const r0 = clamp(Math.floor((b.y - view.y) / cellH), rows);
    const r1 = clamp(Math.floor((b.y + b.h - view.y) / cellH), rows);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) (cells[r * cols + c] as Shape[]).push(shape);
  }
  const pages: PdfPagePlan[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const shapes = cells[row * cols + col] as Shape[];
      // A cell with nothing drawn in it is not worth a sheet of paper.
      if (shapes.length === 0) continue;
      const cell = { x: view.x + col * cellW, y: view.y + row * cellH, w: cellW, h: cellH };
      pages.push({ picture: index, view: cell, scale, left: box.x, top: pageHeight - box.y, clip, shapes, part: { row, col, rows, cols }, smallestPt: (smallest as number) * scale });
    }
  }
  return pages;
}

const clamp = (i: number, n: number): number => Math.max(0, Math.min(n - 1, i));

/**
 * A shape's reach in board units. A text's width is bounded generously (one em per character):
 * a shape counted in a cell it misses costs nothing, the page cuts it away.
 */
function extentOf(shape: Shape): Box {
  if (shape.type !== 'text') return shape;
  const longest = shape.lines.reduce((n, l) => Math.max(n, l.length), 0);
  return { x: shape.x, y: shape.y, w: longest * shape.size, h: shape.lines.length * shape.size * shape.lineHeight };
}
