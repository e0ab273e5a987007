import type * as Y from 'yjs';
import { readExportModel, type ExportMeta, type ExportModel } from '@shared/export/export-model';
import type { ExportLang } from '@shared/export/messages';
import { layoutPicture, type PictureLayout, type PictureRegion } from '@shared/export-pictures/layout';
import { buildPdf, type Orientation, type PageSize } from '@shared/export-pictures/pdf';
import type { PdfPagePlan } from '@shared/export-pictures/pdf-pages';
import { checkpoint, type ChunkOptions } from '@shared/export-pictures/progress';
import { buildSvg } from '@shared/export-pictures/svg';
import { DEFAULT_BACKGROUND } from '@shared/board/palette';
import { readAsset } from '@shared/residency/assets';
import { DATA_GENERATORS, DOC_GENERATORS } from './data-formats';
import { FORMAT_FILE, type ExportFormat } from './formats';
import { planPng, rasterise, type PngPlan } from './png';

export interface ExportChoice {
  format: ExportFormat;
  anonymised: boolean;
  lang: ExportLang;
  /** PNG and SVG: what to draw. PDF: the whole board, or `pdfFrames` one per page when not empty. */
  region: PictureRegion;
  pdfFrames: readonly string[];
  scale: 1 | 2 | 3;
  background: boolean;
  margin: number;
  pageSize: PageSize;
  orientation: Orientation;
  meta: ExportMeta;
}

export interface BuiltExport {
  blob: Blob;
  format: ExportFormat;
  /** PNG: the scale actually used, when the browser's limits made it smaller. */
  png?: PngPlan;
  /** PDF: how many pages, whether a picture was spread over several to keep its text readable, and its smallest text in points. */
  pdf?: { pages: number; spread: boolean; smallestPt: number | null };
}

export class NothingToExport extends Error {
  constructor() {
    super('nothing to export');
    this.name = 'NothingToExport';
  }
}

export const modelFor = (doc: Y.Doc, choice: Pick<ExportChoice, 'anonymised' | 'lang'> & { meta?: Partial<ExportMeta> }): ExportModel =>
  readExportModel(doc, { anonymised: choice.anonymised, lang: choice.lang, meta: choice.meta ?? {} });

/** The pictures a choice draws: one, or one per chosen frame for a PDF. */
export function picturesFor(model: ExportModel, choice: ExportChoice & { doc?: Y.Doc }): PictureLayout[] {
  const background = choice.background ? DEFAULT_BACKGROUND : null;
  const images = choice.doc ? (assetId: string) => readAsset(choice.doc as Y.Doc, assetId) : undefined;
  const regions: PictureRegion[] =
    choice.format === 'pdf' && choice.pdfFrames.length > 0 ? choice.pdfFrames.map((id) => ({ kind: 'frame', id })) : [choice.format === 'pdf' ? { kind: 'board' } : choice.region];
  return regions.flatMap((region) => layoutPicture(model, { region, margin: choice.margin, background, images }) ?? []);
}

/** Builds the file a choice asks for, in the page (the archive excepted: the host makes it). */
export async function buildExport(doc: Y.Doc, choice: ExportChoice, chunks: ChunkOptions = {}): Promise<BuiltExport> {
  const { mime } = FORMAT_FILE[choice.format];
  const model = modelFor(doc, choice);
  await checkpoint(chunks, 0, 1);
  if (choice.format === 'png' || choice.format === 'svg' || choice.format === 'pdf') {
    const pictures = picturesFor(model, { ...choice, doc });
    const first = pictures[0];
    if (!first) throw new NothingToExport();
    if (choice.format === 'svg') return { format: 'svg', blob: new Blob([buildSvg(first, { title: model.meta.title })], { type: mime }) };
    if (choice.format === 'pdf') {
      let plan: readonly PdfPagePlan[] = [];
      const bytes = await buildPdf(pictures, { ...chunks, pageSize: choice.pageSize, orientation: choice.orientation, marginMm: 10, meta: model.meta, lang: model.lang, onPlan: (p) => (plan = p) });
      // A card too large for a page says so on its own page; the spread is judged on the others.
      const sizes = plan.flatMap((p) => (p.smallestPt === null || p.alone ? [] : [p.smallestPt]));
      const pdf = { pages: plan.length, spread: plan.length > pictures.length, smallestPt: sizes.length ? Math.min(...sizes) : null };
      return { format: 'pdf', blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }), pdf };
    }
    const plan = planPng(first.view, choice.scale);
    await checkpoint(chunks, 1, 3);
    const blob = await rasterise(first, plan, chunks.signal);
    await checkpoint(chunks, 3, 3);
    return { format: 'png', blob, png: plan };
  }
  const fromDoc = DOC_GENERATORS[choice.format];
  if (fromDoc) {
    const data = fromDoc(doc, { anonymised: choice.anonymised, lang: choice.lang });
    return { format: choice.format, blob: new Blob([typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>)], { type: mime }) };
  }
  const generate = DATA_GENERATORS[choice.format];
  if (!generate) throw new Error(`${choice.format} is not made in the page`);
  return { format: choice.format, blob: new Blob([generate(model)], { type: mime }) };
}
