import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { PictureLayout, Shape } from './layout';
import { checkpoint, SHAPES_PER_CHUNK, type ChunkOptions } from './progress';
import { baselineOffset } from './svg';
import { FACE_FONT, toWinAnsi, type FontFace } from './text-metrics';

export type PageSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** ISO 216 sizes in PDF points (1/72 inch), portrait. */
export const PAGE_POINTS: Record<PageSize, { w: number; h: number }> = {
  A4: { w: 595.28, h: 841.89 },
  A3: { w: 841.89, h: 1190.55 },
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
}

export function pageSizeOf(size: PageSize, orientation: Orientation): { w: number; h: number } {
  const p = PAGE_POINTS[size];
  return orientation === 'portrait' ? { w: p.w, h: p.h } : { w: p.h, h: p.w };
}

const HEADER = 11;
const FOOTER = 9;
const BAND = 8 * MM;

function colour(hex: string): RGB {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return rgb(0, 0, 0);
  return rgb(parseInt(m[1] as string, 16) / 255, parseInt(m[2] as string, 16) / 255, parseInt(m[3] as string, 16) / 255);
}

/**
 * One page per picture (the whole board, or each frame chosen), fitted in the page inside its
 * margins, under a header (title, date) and above a footer (credits, licence, page number).
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
  const total = pictures.reduce((n, p) => n + p.shapes.length, 0);
  let done = 0;
  for (const [index, picture] of pictures.entries()) {
    const page = pdf.addPage([size.w, size.h]);
    drawBands(page, fonts, meta, index + 1, pictures.length, margin);
    // The picture, fitted and centred between the bands.
    const box = { x: margin, y: margin + BAND, w: size.w - 2 * margin, h: size.h - 2 * margin - 2 * BAND };
    const { view } = picture;
    const s = Math.min(box.w / view.w, box.h / view.h);
    const ox = box.x + (box.w - view.w * s) / 2;
    const top = size.h - (box.y + (box.h - view.h * s) / 2);
    const X = (bx: number): number => ox + (bx - view.x) * s;
    const Y = (by: number): number => top - (by - view.y) * s;
    if (picture.background) page.drawRectangle({ x: X(view.x), y: Y(view.y + view.h), width: view.w * s, height: view.h * s, color: colour(picture.background) });
    for (const [i, shape] of picture.shapes.entries()) {
      drawShape(page, fonts, shape, s, X, Y);
      if ((i + 1) % SHAPES_PER_CHUNK === 0) await checkpoint(options, done + i + 1, total);
    }
    done += picture.shapes.length;
    await checkpoint(options, done, total);
  }
  return pdf.save();
}

function drawShape(page: PDFPage, fonts: Record<FontFace, PDFFont>, shape: Shape, s: number, X: (x: number) => number, Y: (y: number) => number): void {
  if (shape.type === 'rect') {
    page.drawRectangle({
      x: X(shape.x),
      y: Y(shape.y + shape.h),
      width: shape.w * s,
      height: shape.h * s,
      ...(shape.fill ? { color: colour(shape.fill), opacity: shape.fillOpacity ?? 1 } : {}),
      ...(shape.stroke ? { borderColor: colour(shape.stroke), borderWidth: (shape.strokeWidth ?? 1) * s, borderOpacity: shape.strokeOpacity ?? 1 } : {}),
    });
    return;
  }
  const size = shape.size * s;
  const first = shape.y + baselineOffset(shape.size, shape.lineHeight);
  for (const [i, line] of shape.lines.entries()) {
    page.drawText(toWinAnsi(line), { x: X(shape.x), y: Y(first + i * shape.size * shape.lineHeight), size, font: fonts[shape.face], color: colour(shape.color) });
  }
}

function drawBands(page: PDFPage, fonts: Record<FontFace, PDFFont>, meta: PdfMeta, n: number, of: number, margin: number): void {
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
  if (meta.credits) page.drawText(toWinAnsi(meta.credits), { x: margin, y: footY, size: FOOTER, font: fonts.regular, color: grey });
  const licence = [meta.licence, of > 1 ? `${n} / ${of}` : ''].filter(Boolean).join('   ·   ');
  if (licence) right(licence, footY, FOOTER, fonts.regular);
}
