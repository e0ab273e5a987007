import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { readItems } from '@shared/board/doc';
import { readExportModel } from '@shared/export/export-model';
import { layoutPicture, type PictureLayout, type Shape } from '@shared/export-pictures/layout';
import { buildPdf, pageSizeOf } from '@shared/export-pictures/pdf';
import { BAND, MAX_PAGES_PER_PICTURE, MIN_TEXT_PT, planPdfPages, smallestText, type PdfPagePlan } from '@shared/export-pictures/pdf-pages';
import { ExportCancelled } from '@shared/export-pictures/progress';
import { buildSvg } from '@shared/export-pictures/svg';
import { textWidth, toWinAnsi } from '@shared/export-pictures/text-metrics';
import { loadProjectText } from '@shared/project-file/load';
import { readAsset } from '@shared/residency/assets';
import { readInterviews, readQuotes } from '@shared/residency/doc';
import { SAMPLE_PATH } from '../../../scripts/make-sample';

const MM = 72 / 25.4;
const loaded = loadProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
if (!loaded.ok) throw new Error(loaded.error.detail);
const doc = loaded.value.doc;
const interviews = readInterviews(doc);
const pseudonyms = interviews.map((i) => i.pseudonym.trim()).filter(Boolean);
const withheldQuotes = readQuotes(doc).filter((q) => interviews.find((i) => i.id === q.interviewId)?.consent === 'none');
const named = interviews.filter((i) => i.consent === 'quote' && i.pseudonym.trim());

/** All text of an SVG document, as a reader (or a search engine) gets it. */
function svgText(svg: string): string {
  const errors: string[] = [];
  const parsed = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  const texts = Array.from(parsed.getElementsByTagName('text'));
  return texts.map((t) => Array.from(t.getElementsByTagName('tspan')).map((s) => s.textContent).join(' ')).join('\n');
}

const picture = (anonymised: boolean, lang: 'fr' | 'en' = 'fr'): PictureLayout => {
  const layout = layoutPicture(readExportModel(doc, { anonymised, lang }), { region: { kind: 'board' }, margin: 40, background: '#ffffff' });
  if (!layout) throw new Error('empty picture');
  return layout;
};

/** A shape's box as drawn: a text as wide as its longest line in its font. */
function drawnBox(shape: Shape): { x0: number; y0: number; x1: number; y1: number } {
  if (shape.type !== 'text') return { x0: shape.x, y0: shape.y, x1: shape.x + shape.w, y1: shape.y + shape.h };
  const w = Math.max(...shape.lines.map((l) => textWidth(toWinAnsi(l), shape.size, shape.face)));
  return { x0: shape.x, y0: shape.y, x1: shape.x + w, y1: shape.y + shape.lines.length * shape.size * shape.lineHeight };
}

/** Checks that each card of the picture is drawn, all its shapes, on exactly one page and inside that page's view; returns how many cards. */
function expectCardsWhole(picture: PictureLayout, plan: readonly PdfPagePlan[]): number {
  let cards = 0;
  for (const run of picture.runs) {
    const own = picture.shapes.slice(run.first, run.end);
    if (run.frame || own.every((s) => s.type === 'text')) continue;
    cards++;
    const pages = plan.filter((p) => own.some((s) => p.shapes.includes(s)));
    expect(pages, `card ${run.first}`).toHaveLength(1);
    const [page] = pages as [PdfPagePlan];
    for (const shape of own) {
      expect(page.shapes).toContain(shape);
      const b = drawnBox(shape);
      const v = page.view;
      expect(b.x0 >= v.x - 1e-6 && b.y0 >= v.y - 1e-6 && b.x1 <= v.x + v.w + 1e-6 && b.y1 <= v.y + v.h + 1e-6, `card ${run.first} inside ${JSON.stringify(v)}`).toBe(true);
    }
  }
  return cards;
}

describe('SVG of the sample residency', () => {
  it('parses as XML, its viewBox is the board plus the margin, and it holds the card texts as real text', () => {
    const layout = picture(true);
    const svg = buildSvg(layout, { title: 'Résidence' });
    const text = svgText(svg);
    const items = readItems(doc);
    const x0 = Math.min(...items.map((i) => i.x));
    expect(layout.view.x).toBe(x0 - 40);
    expect(svg).toMatch(new RegExp(`viewBox="${x0 - 40} `));
    const frames = items.filter((i) => i.kind === 'frame');
    expect(frames.length).toBeGreaterThan(0);
    for (const f of frames) if (f.kind === 'frame' && f.title) expect(text).toContain(f.title.split(' ')[0]);
    // Every note's first word is on the picture (notes are wrapped, and long ones cut, but they start where they start).
    for (const n of items) if (n.kind === 'note' && n.text.trim()) expect(text).toContain(n.text.trim().split(/\s+/)[0]);
  });

  it('anonymised: no pseudonym and no "not to be quoted" quote anywhere in the file', () => {
    expect(pseudonyms.length).toBeGreaterThan(0);
    expect(withheldQuotes.length).toBeGreaterThan(0);
    for (const lang of ['fr', 'en'] as const) {
      const svg = buildSvg(picture(true, lang));
      for (const p of pseudonyms) expect(svg, p).not.toContain(p);
      for (const q of withheldQuotes) expect(svg).not.toContain(q.text.slice(0, 30));
    }
  });

  it('not anonymised: a person who agreed to be named is named, a withheld quote is still absent', () => {
    expect(named.length).toBeGreaterThan(0);
    const svg = buildSvg(picture(false));
    expect(named.some((i) => svg.includes(i.pseudonym.trim()))).toBe(true);
    for (const q of withheldQuotes) expect(svg).not.toContain(q.text.slice(0, 30));
  });

  it('escapes markup in card text and keeps it readable', () => {
    const d = new Y.Doc();
    createItem(d, { kind: 'note', x: 0, y: 0, text: '<script>alert("x")</script> & co' });
    const layout = layoutPicture(readExportModel(d, { anonymised: true, lang: 'en' }), { region: { kind: 'board' }, margin: 0, background: null });
    const svg = buildSvg(layout!);
    expect(svg).not.toContain('<script>');
    const text = svgText(svg);
    expect(text).toContain('<script>alert("x")');
    expect(text).toContain('& co');
  });

  it('a region: one frame brings its cards; an empty selection draws nothing', () => {
    const model = readExportModel(doc, { anonymised: true, lang: 'fr' });
    const frame = model.items.find((i) => i.kind === 'frame')!;
    const layout = layoutPicture(model, { region: { kind: 'frame', id: frame.id }, margin: 10, background: null })!;
    expect(layout.view).toMatchObject({ x: frame.x - 10, y: frame.y - 10 });
    expect(layout.itemCount).toBeGreaterThan(1);
    expect(layoutPicture(model, { region: { kind: 'selection', ids: [] }, margin: 10, background: null })).toBeNull();
  });
});

describe('pictures on the board', () => {
  it('are embedded in the SVG and the PDF when the project has their bytes, else shown by their description', async () => {
    const model = readExportModel(doc, { anonymised: true, lang: 'fr' });
    const cards = model.items.filter((i) => i.kind === 'image');
    expect(cards.length).toBeGreaterThan(0);
    const withBytes = layoutPicture(model, { region: { kind: 'board' }, margin: 0, background: null, images: (id) => readAsset(doc, id) })!;
    const svg = buildSvg(withBytes);
    expect(svg.match(/<image [^>]*href="data:image\/(jpeg|png|webp);base64,/g)?.length).toBe(cards.length);
    const pdf = await PDFDocument.load(await buildPdf([withBytes], { pageSize: 'A4', orientation: 'landscape', marginMm: 10, meta: { title: '', date: '', credits: '', licence: '' }, pause: async () => {} }));
    // Each picture is embedded once, however many pages of a spread board show it.
    const embedded = pdf.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(embedded.length).toBe(new Set(cards.map((c) => (c as Extract<(typeof cards)[number], { kind: 'image' }>).assetId)).size);
    const without = buildSvg(layoutPicture(model, { region: { kind: 'board' }, margin: 0, background: null })!);
    expect(without).not.toContain('<image');
    const alt = (cards[0] as Extract<(typeof cards)[number], { kind: 'image' }>).alt;
    if (alt) expect(svgText(without)).toContain(alt.split(' ')[0]);
  });
});

describe('PDF', () => {
  it('one page per picture (more for one whose text would print under 7 pt), at the size and orientation asked, with its metadata', async () => {
    const model = readExportModel(doc, { anonymised: true, lang: 'fr' });
    const frames = model.items.filter((i) => i.kind === 'frame').slice(0, 3);
    const pictures = frames.map((f) => layoutPicture(model, { region: { kind: 'frame', id: f.id }, margin: 20, background: '#ffffff' })!);
    const meta = { title: 'Résidence — œuvre « commune »', date: 'mars 2025', credits: 'L’équipe', licence: 'CC BY-SA 4.0' };
    for (const [pageSize, orientation] of [['A4', 'landscape'], ['A3', 'portrait']] as const) {
      const bytes = await buildPdf(pictures, { pageSize, orientation, marginMm: 10, meta, pause: async () => {} });
      const pdf = await PDFDocument.load(bytes);
      const plan = planPdfPages(pictures, pageSizeOf(pageSize, orientation), 10 * MM);
      expect(pdf.getPageCount()).toBe(plan.length);
      expect(new Set(plan.map((p) => p.picture))).toEqual(new Set(frames.map((_, i) => i)));
      // The pages of one picture follow each other, in the pictures' order.
      expect(plan.map((p) => p.picture)).toEqual([...plan.map((p) => p.picture)].sort((a, b) => a - b));
      const want = pageSizeOf(pageSize, orientation);
      for (const page of pdf.getPages()) expect(page.getSize()).toEqual({ width: want.w, height: want.h });
      expect(pdf.getTitle()).toBe(meta.title);
    }
  });

  it('the whole board on A4 is spread over pages rather than printed under 7 pt; a small picture stays one page', async () => {
    const board = picture(true);
    const size = pageSizeOf('A4', 'landscape');
    const plan = planPdfPages([board], size, 10 * MM);
    // On one A4 page the sample's smallest text would print at about 2 pt.
    const oneFit = Math.min((size.w - 20 * MM) / board.view.w, (size.h - 36 * MM) / board.view.h);
    expect((smallestText(board) as number) * oneFit).toBeLessThan(MIN_TEXT_PT);
    expect(plan.length).toBeGreaterThan(1);
    for (const page of plan) {
      expect(page.part).not.toBeNull();
      expect(page.smallestPt).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
      for (const shape of page.shapes) if (shape.type === 'text') expect(shape.size * page.scale).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    }
    // Every shape of the board is on some page.
    const drawn = new Set(plan.flatMap((p) => p.shapes));
    expect(board.shapes.every((s) => drawn.has(s))).toBe(true);
    const pdf = await PDFDocument.load(await buildPdf([board], { pageSize: 'A4', orientation: 'landscape', marginMm: 10, meta: { title: '', date: '', credits: '', licence: '' }, lang: 'fr', pause: async () => {} }));
    expect(pdf.getPageCount()).toBe(plan.length);

    const model = readExportModel(doc, { anonymised: true, lang: 'fr' });
    const note = model.items.find((i) => i.kind === 'note')!;
    const small = layoutPicture(model, { region: { kind: 'selection', ids: [note.id] }, margin: 20, background: null })!;
    expect(planPdfPages([small], size, 10 * MM)).toMatchObject([{ part: null, picture: 0 }]);
  });

  it('no card is cut: on the sample, every card is drawn whole on exactly one page, inside the part that page shows', () => {
    const board = picture(true);
    const model = readExportModel(doc, { anonymised: true, lang: 'fr' });
    const quotes = model.items.filter((i) => i.kind === 'quote').length;
    expect(quotes).toBeGreaterThan(10);
    for (const [pageSize, orientation] of [['A4', 'landscape'], ['A3', 'portrait'], ['A3', 'landscape']] as const) {
      const plan = planPdfPages([board], pageSizeOf(pageSize, orientation), 10 * MM);
      expect(plan.length).toBeGreaterThan(1);
      expect(plan.every((p) => !p.alone && (p.smallestPt as number) >= MIN_TEXT_PT - 1e-9)).toBe(true);
      const checked = expectCardsWhole(board, plan);
      expect(checked).toBeGreaterThanOrEqual(quotes);
    }
  });

  it('no card is cut on a board with a card across every line of a page grid; a card larger than a page is alone on one, shrunk, and says so', async () => {
    const size = pageSizeOf('A4', 'portrait');
    const margin = 10 * MM;
    // Text at 10 units prints at 7 pt at 0.7 pt per unit: a page holds this much of the board.
    const cellW = (size.w - 2 * margin) / 0.7;
    const cellH = (size.h - 2 * margin - 2 * BAND) / 0.7;
    const shapes: Shape[] = [];
    const runs: PictureLayout['runs'] = [];
    const card = (x: number, y: number, w = 260, h = 150): void => {
      const first = shapes.length;
      shapes.push({ type: 'rect', x, y, w, h, fill: '#fff7c2' }, { type: 'text', x: x + 10, y: y + 10, lines: [`card ${first}`], size: 10, lineHeight: 1.2, face: 'regular', color: '#000000' });
      runs.push({ first, end: shapes.length, frame: false });
    };
    // A tight tiling, and on every line of the page grid a card across it, in each row and column of pages.
    for (let x = 0; x < 4 * cellW; x += 290) for (let y = 0; y < 3 * cellH; y += 180) card(x, y);
    for (let i = 1; i < 4; i++) for (let y = 0; y < 3 * cellH; y += 400) card(i * cellW - 130, y + 90);
    for (let j = 1; j < 3; j++) for (let x = 0; x < 4 * cellW; x += 500) card(x + 145, j * cellH - 75);
    const view = { x: -20, y: -20, w: 4 * cellW + 300, h: 3 * cellH + 200 };
    const grid: PictureLayout = { view, background: '#ffffff', shapes, itemCount: runs.length, runs };
    const plan = planPdfPages([grid], size, margin);
    expect(plan.length).toBeLessThanOrEqual(MAX_PAGES_PER_PICTURE);
    expect(plan.every((p) => !p.alone && (p.smallestPt as number) >= MIN_TEXT_PT - 1e-9)).toBe(true);
    expect(expectCardsWhole(grid, plan)).toBe(runs.length);

    // One card wider than a page at 7 pt: alone on its page, fitted to it, its page says so.
    card(200, 3 * cellH + 40, 2 * cellW, 100);
    const wide: PictureLayout = { ...grid, view: { ...view, h: view.h + 200 }, itemCount: runs.length };
    const withWide = planPdfPages([wide], size, margin);
    const alone = withWide.filter((p) => p.alone);
    expect(alone).toHaveLength(1);
    expect(alone[0]!.view.w * alone[0]!.scale).toBeLessThanOrEqual(size.w - 2 * margin + 1e-6);
    expect(expectCardsWhole(wide, withWide)).toBe(runs.length);
    const bytes = await buildPdf([wide], { pageSize: 'A4', orientation: 'portrait', marginMm: 10, meta: { title: '', date: '', credits: '', licence: '' }, lang: 'fr', pause: async () => {} });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(withWide.length);
  });

  it('a board that would need more than the page budget gets the budget, and its pages say how small its text still is', () => {
    const text = (x: number, y: number) => ({ type: 'text' as const, x, y, lines: ['tiny'], size: 1, lineHeight: 1.2, face: 'regular' as const, color: '#000000' });
    const shapes = Array.from({ length: 400 }, (_, i) => text((i % 20) * 500, Math.floor(i / 20) * 500));
    const huge: PictureLayout = { view: { x: 0, y: 0, w: 10_000, h: 10_000 }, background: null, shapes, itemCount: shapes.length, runs: [] };
    const plan = planPdfPages([huge], pageSizeOf('A4', 'portrait'), 10 * MM);
    expect(plan.length).toBeGreaterThan(1);
    expect(plan.length).toBeLessThanOrEqual(MAX_PAGES_PER_PICTURE);
    expect(plan[0]!.smallestPt).toBeLessThan(MIN_TEXT_PT);
    expect(new Set(plan.flatMap((p) => p.shapes)).size).toBe(shapes.length);
  });

  it('reports progress and stops when cancelled', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = buildPdf([picture(true), picture(true)], {
      pageSize: 'A4',
      orientation: 'portrait',
      marginMm: 10,
      meta: { title: '', date: '', credits: '', licence: '' },
      onProgress: (done) => {
        seen.push(done);
        controller.abort();
      },
      signal: controller.signal,
      pause: async () => {},
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(seen.length).toBe(1);
  });

  it('French text keeps its accents and quotation marks; other scripts are replaced, never an error', () => {
    expect(toWinAnsi('L’été « œuvre » — déjà 5 €')).toBe('L’été « œuvre » — déjà 5 €');
    expect(toWinAnsi('Łódź 😀 → 東京')).toBe('Lódz ? -> ??');
  });
});
