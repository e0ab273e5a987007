import {
  beginText,
  clip,
  endPath,
  endText,
  fill,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setGraphicsState,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFFont,
  type PDFImage,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { fill as fillIn, messagesFor, type ExportLang } from '../export/messages';
import type { PictureLayout, Shape } from './layout';
import { MIN_TEXT_PT, planPdfPages, type PdfPagePlan } from './pdf-pages';
import { checkpoint, SHAPES_PER_CHUNK, type ChunkOptions } from './progress';
import { baselineOffset } from './svg';
import { FACE_FONT, toWinAnsi, type FontFace } from './text-metrics';

export type PageSize = 'A4' | 'A3' | 'A2';
export type Orientation = 'portrait' | 'landscape';

/** ISO 216 sizes in PDF points (1/72 inch), portrait. */
export const PAGE_POINTS: Record<PageSize, { w: number; h: number }> = {
  A4: { w: 595.28, h: 841.89 },
  A3: { w: 841.89, h: 1190.55 },
  A2: { w: 1190.55, h: 1683.78 },
};
const MM = 72 / 25.4;

export interface PdfMeta {
  title: string;
  date: string;
  credits: string;
  licence: string;
}

export interface PdfOptions extends ChunkOptions {
  pageSize: PageSize;
  orientation: Orientation;
  /** Blank border of the page, in millimetres. */
  marginMm: number;
  meta: PdfMeta;
  /** Language of the words the pages add (which part of a spread board a page shows); English when absent. */
  lang?: ExportLang;
  /** Told what the pages will hold, once they are planned. */
  onPlan?: (pages: readonly PdfPagePlan[]) => void;
}

export function pageSizeOf(size: PageSize, orientation: Orientation): { w: number; h: number } {
  const p = PAGE_POINTS[size];
  return orientation === 'portrait' ? { w: p.w, h: p.h } : { w: p.h, h: p.w };
}

const HEADER = 11;
const FOOTER = 9;

function colour(hex: string): RGB {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return rgb(0, 0, 0);
  return rgb(parseInt(m[1] as string, 16) / 255, parseInt(m[2] as string, 16) / 255, parseInt(m[3] as string, 16) / 255);
}

/**
 * One page per picture (the whole board, or each frame chosen), fitted in the page inside its
 * margins, under a header (title, date) and above a footer (credits, licence, page number); a
 * picture whose text would print under 7 pt is spread over several pages (pdf-pages.ts).
 * Cards are vector rectangles and real text in Helvetica, so the text can be selected and
 * searched; characters Helvetica cannot show are replaced (toWinAnsi).
 */
export async function buildPdf(pictures: readonly PictureLayout[], options: PdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts = {} as Record<FontFace, PDFFont>;
  for (const face of Object.keys(FACE_FONT) as FontFace[]) fonts[face] = await pdf.embedFont(FACE_FONT[face]);
  const { meta } = options;
  pdf.setTitle(toWinAnsi(meta.title || 'Tablée'));
  if (meta.credits) pdf.setAuthor(toWinAnsi(meta.credits));
  if (meta.licence) pdf.setSubject(toWinAnsi(meta.licence));
  pdf.setCreator('Tablée');
  pdf.setProducer('Tablée');

  const size = pageSizeOf(options.pageSize, options.orientation);
  const margin = Math.max(0, options.marginMm) * MM;
  const pages = planPdfPages(pictures, size, margin);
  options.onPlan?.(pages);
  const total = pages.reduce((n, p) => n + p.shapes.length, 0);
  const images = new Map<Uint8Array, PDFImage | null>();
  const words = messagesFor(options.lang ?? 'en').export.pdf;
  let done = 0;
  for (const [index, plan] of pages.entries()) {
    const page = pdf.addPage([size.w, size.h]);
    // Why the page holds only part of the board, unless even the page budget could not keep text at 7 pt.
    const readable = plan.smallestPt === null || plan.smallestPt >= MIN_TEXT_PT - 1e-6;
    const part = plan.alone
      ? fillIn(words.alone, { size: (plan.smallestPt ?? MIN_TEXT_PT).toFixed(1) })
      : plan.part && fillIn(readable ? words.part : words.partOnly, { row: plan.part.row + 1, col: plan.part.col + 1, rows: plan.part.rows, cols: plan.part.cols });
    drawBands(page, fonts, meta, index + 1, pages.length, margin, part);
    const picture = pictures[plan.picture] as PictureLayout;
    const { view, scale: s, clip: c } = plan;
    const X = (bx: number): number => plan.left + (bx - view.x) * s;
    const Y = (by: number): number => plan.top - (by - view.y) * s;
    // A page of a spread board shows its part only: the frames' backgrounds are cut at its edges (its cards lie inside).
    page.pushOperators(pushGraphicsState(), rectangle(c.x, c.y, c.w, c.h), clip(), endPath());
    if (picture.background) {
      const x0 = Math.max(view.x, picture.view.x);
      const y0 = Math.max(view.y, picture.view.y);
      const w = Math.min(view.x + view.w, picture.view.x + picture.view.w) - x0;
      const h = Math.min(view.y + view.h, picture.view.y + picture.view.h) - y0;
      if (w > 0 && h > 0) page.drawRectangle({ x: X(x0), y: Y(y0 + h), width: w * s, height: h * s, color: colour(picture.background) });
    }
    const painter = new PagePainter(pdf, page, fonts);
    for (const [i, shape] of plan.shapes.entries()) {
      if (shape.type === 'image') {
        // Pictures are few: drawn in order through pdf-lib, between the operators around them.
        painter.flush();
        await drawImage(pdf, page, images, shape, s, X, Y);
        continue;
      }
      painter.shape(shape, s, X, Y);
      if ((i + 1) % SHAPES_PER_CHUNK === 0) {
        painter.flush();
        await checkpoint(options, done + i + 1, total);
      }
    }
    painter.flush();
    page.pushOperators(popGraphicsState());
    done += plan.shapes.length;
    await checkpoint(options, done, total);
  }
  return pdf.save();
}

/**
 * Draws shapes with PDF operators on resources registered once per page. (pdf-lib's drawText and
 * drawRectangle add a font or graphics-state entry to the page on every call that changes font
 * or opacity, which makes a 10,000-card page quadratic.)
 */
class PagePainter {
  private ops: PDFOperator[] = [];
  private readonly fontKeys = new Map<FontFace, PDFName>();
  private readonly opacityKeys = new Map<number, PDFName>();

  constructor(
    private readonly pdf: PDFDocument,
    private readonly page: PDFPage,
    private readonly fonts: Record<FontFace, PDFFont>,
  ) {}

  private fontKey(face: FontFace): PDFName {
    let key = this.fontKeys.get(face);
    if (!key) {
      const font = this.fonts[face];
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.fontKeys.set(face, key);
    }
    return key;
  }

  private opacityKey(opacity: number): PDFName {
    const o = Math.round(opacity * 100) / 100;
    let key = this.opacityKeys.get(o);
    if (!key) {
      key = this.page.node.newExtGState('GS', this.pdf.context.obj({ Type: 'ExtGState', ca: o, CA: o }));
      this.opacityKeys.set(o, key);
    }
    return key;
  }

  shape(shape: Shape, s: number, X: (x: number) => number, Y: (y: number) => number): void {
    const ops = this.ops;
    if (shape.type === 'image') return;
    if (shape.type === 'rect') {
      const [x, y, w, h] = [X(shape.x), Y(shape.y + shape.h), shape.w * s, shape.h * s];
      if (shape.fill) {
        const c = colour(shape.fill);
        const o = shape.fillOpacity ?? 1;
        ops.push(pushGraphicsState());
        if (o < 1) ops.push(setGraphicsState(this.opacityKey(o)));
        ops.push(setFillingRgbColor(c.red, c.green, c.blue), rectangle(x, y, w, h), fill(), popGraphicsState());
      }
      if (shape.stroke) {
        const c = colour(shape.stroke);
        ops.push(pushGraphicsState());
        if ((shape.strokeOpacity ?? 1) < 1) ops.push(setGraphicsState(this.opacityKey(shape.strokeOpacity ?? 1)));
        ops.push(setStrokingRgbColor(c.red, c.green, c.blue), setLineWidth((shape.strokeWidth ?? 1) * s), rectangle(x, y, w, h), stroke(), popGraphicsState());
      }
      return;
    }
    const font = this.fonts[shape.face];
    const size = shape.size * s;
    const c = colour(shape.color);
    const first = shape.y + baselineOffset(shape.size, shape.lineHeight);
    ops.push(beginText(), setFontAndSize(this.fontKey(shape.face), size), setFillingRgbColor(c.red, c.green, c.blue));
    for (const [i, line] of shape.lines.entries()) {
      ops.push(setTextMatrix(1, 0, 0, 1, X(shape.x), Y(first + i * shape.size * shape.lineHeight)), showText(font.encodeText(toWinAnsi(line))));
    }
    ops.push(endText());
  }

  /** Hands the operators gathered so far to the page. */
  flush(): void {
    if (this.ops.length === 0) return;
    this.page.pushOperators(...this.ops);
    this.ops = [];
  }
}

/** JPEG and PNG are embedded once per picture; a WebP (not in PDF) is left as its white card. */
async function drawImage(
  pdf: PDFDocument,
  page: PDFPage,
  cache: Map<Uint8Array, PDFImage | null>,
  shape: Extract<Shape, { type: 'image' }>,
  s: number,
  X: (x: number) => number,
  Y: (y: number) => number,
): Promise<void> {
  let image = cache.get(shape.bytes);
  if (image === undefined) {
    try {
      image = shape.mime === 'image/jpeg' ? await pdf.embedJpg(shape.bytes) : shape.mime === 'image/png' ? await pdf.embedPng(shape.bytes) : null;
    } catch {
      image = null;
    }
    cache.set(shape.bytes, image);
  }
  if (image) page.drawImage(image, { x: X(shape.x), y: Y(shape.y + shape.h), width: shape.w * s, height: shape.h * s });
}

function drawBands(page: PDFPage, fonts: Record<FontFace, PDFFont>, meta: PdfMeta, n: number, of: number, margin: number, part: string | null): void {
  const { width, height } = page.getSize();
  const grey = rgb(0.33, 0.33, 0.33);
  const right = (text: string, y: number, size: number, font: PDFFont): void => {
    const t = toWinAnsi(text);
    page.drawText(t, { x: width - margin - font.widthOfTextAtSize(t, size), y, size, font, color: grey });
  };
  const headY = height - margin - HEADER;
  if (meta.title) page.drawText(toWinAnsi(meta.title), { x: margin, y: headY, size: HEADER, font: fonts.bold, color: rgb(0.12, 0.12, 0.12) });
  if (meta.date) right(meta.date, headY, FOOTER, fonts.regular);
  const footY = margin;
  // Which part of a spread board this page holds, after the credits.
  const credits = [meta.credits, part ?? ''].filter(Boolean).join('   ·   ');
  if (credits) page.drawText(toWinAnsi(credits), { x: margin, y: footY, size: FOOTER, font: fonts.regular, color: grey });
  const licence = [meta.licence, of > 1 ? `${n} / ${of}` : ''].filter(Boolean).join('   ·   ');
  if (licence) right(licence, footY, FOOTER, fonts.regular);
}
