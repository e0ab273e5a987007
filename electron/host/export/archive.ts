import { zipSync, type Zippable } from 'fflate';
import type * as Y from 'yjs';
import { anonymisedDoc } from '@shared/export/anonymised-doc';
import { interviewsCsv, quotesCsv, type CsvSeparator } from '@shared/export/csv';
import { readExportModel, type ExportOptions } from '@shared/export/export-model';
import { jsonCanvas } from '@shared/export/json-canvas';
import { fill, messagesFor, plural } from '@shared/export/messages';
import { reportHtml } from '@shared/export/report-html';
import { reportMarkdown } from '@shared/export/report-markdown';
import { itemsOf } from '@shared/board/doc';
import { readAsset } from '@shared/residency/assets';
import { buildProjectFile } from '@shared/project-file/build';
import type { FileMeta } from '@shared/project-file/format';
import { writeFileAtomic } from '../atomic-write';

/**
 * The whole-project archive for hand-over (.zip): the project file, the restitution report in
 * Markdown and HTML, the two CSV tables, the board in JSON Canvas, the pictures and a README
 * saying what is inside. Anonymised, the project file is rebuilt from an anonymised copy of
 * the board; deliberately not anonymised, it is the file exactly as it is on disk.
 */
export interface ArchiveInput {
  doc: Y.Doc;
  /** The project file's bytes as on disk: what a not-anonymised archive holds. */
  projectBytes: Uint8Array;
  projectMeta: FileMeta;
  options: ExportOptions & { separator?: CsvSeparator };
  /** For the README; the caller's clock, so tests can fix it. */
  now?: Date;
  /** Called after each part, to show progress on a large board. */
  onProgress?: (done: number, total: number, part: string) => void;
  /** Stops between parts; the output file is then never written. */
  signal?: AbortSignal;
}

export interface ArchiveResult {
  bytes: Uint8Array;
  /** Paths inside the archive, in order. */
  entries: string[];
  quotesLeftOut: number;
}

export const ARCHIVE_FILES = {
  project: 'project.tablee',
  reportMd: 'report.md',
  reportHtml: 'report.html',
  quotes: 'quotes.csv',
  interviews: 'interviews.csv',
  canvas: 'board.canvas',
  readme: 'README.txt',
} as const;

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export async function buildArchive(input: ArchiveInput): Promise<ArchiveResult> {
  const { doc, options } = input;
  const files: Zippable = {};
  const images = listImages(doc);
  const steps = 7 + images.length;
  let done = 0;
  const step = async (part: string, make: () => Uint8Array | [Uint8Array, { level: 0 }]): Promise<void> => {
    if (input.signal?.aborted) throw abortError();
    files[part] = make();
    input.onProgress?.(++done, steps, part);
    // Let the event loop breathe between parts (a cancel, a progress line, a server request).
    await new Promise<void>((r) => setImmediate(r));
  };

  const model = readExportModel(doc, options);
  await step(ARCHIVE_FILES.project, () => (options.anonymised ? anonymisedProjectBytes(doc, input.projectMeta, options.lang, input.now ?? new Date()) : input.projectBytes));
  await step(ARCHIVE_FILES.reportMd, () => utf8(reportMarkdown(model)));
  await step(ARCHIVE_FILES.reportHtml, () => utf8(reportHtml(model)));
  await step(ARCHIVE_FILES.quotes, () => utf8(quotesCsv(model, { separator: options.separator })));
  await step(ARCHIVE_FILES.interviews, () => utf8(interviewsCsv(model, { separator: options.separator })));
  await step(ARCHIVE_FILES.canvas, () => utf8(jsonCanvas(model)));
  for (const image of images) await step(image.path, () => [image.bytes, { level: 0 }]);
  await step(ARCHIVE_FILES.readme, () => utf8(readme(model.meta.title, options, images.length, model.leftOut.quotes, input.now ?? new Date())));

  if (input.signal?.aborted) throw abortError();
  // Fixed timestamps inside the zip: the same board gives the same archive.
  const bytes = zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
  return { bytes, entries: Object.keys(files), quotesLeftOut: model.leftOut.quotes };
}

/** Builds the archive and writes it atomically: a failure (disk full, cancel) leaves no half-written file. */
export async function writeArchive(target: string, input: ArchiveInput): Promise<ArchiveResult> {
  const result = await buildArchive(input);
  if (input.signal?.aborted) throw abortError();
  await writeFileAtomic(target, result.bytes);
  return result;
}

function anonymisedProjectBytes(doc: Y.Doc, meta: FileMeta, lang: 'fr' | 'en', now: Date): Uint8Array {
  const copy = anonymisedDoc(doc, lang);
  const title = (copy.getMap('meta').get('title') as string | undefined) ?? '';
  const file = buildProjectFile(copy, { title, createdAt: meta.createdAt, savedAt: now.toISOString(), app: meta.app }, [{ at: now.toISOString(), event: 'created', detail: 'anonymised export' }]);
  return utf8(JSON.stringify(file, null, 1));
}

function listImages(doc: Y.Doc): { path: string; bytes: Uint8Array }[] {
  const out: { path: string; bytes: Uint8Array }[] = [];
  // Pictures a card shows, once each; one deleted from the board does not travel.
  const ids = new Set<string>();
  itemsOf(doc).forEach((map) => {
    if (map.get('kind') === 'image' && typeof map.get('assetId') === 'string') ids.add(map.get('assetId') as string);
  });
  for (const id of [...ids].sort()) {
    const asset = readAsset(doc, id);
    // An asset id is a hash of the bytes; anything else is made safe for a file name.
    if (asset) out.push({ path: `images/${id.replace(/[^\w.-]/g, '_')}.${EXT[asset.mime] ?? 'bin'}`, bytes: asset.bytes });
  }
  return out;
}

function readme(title: string, options: ExportOptions, images: number, leftOut: number, now: Date): string {
  const m = messagesFor(options.lang).export.archive;
  const f = ARCHIVE_FILES;
  const lines = [
    fill(m.title, { title, date: now.toISOString().slice(0, 10) }),
    '',
    options.anonymised ? m.anonymised : m.notAnonymised,
  ];
  if (leftOut > 0) lines.push(plural(m as unknown as Record<string, string>, 'leftOut', leftOut, options.lang));
  lines.push(
    '',
    m.contents,
    `  ${f.project}  — ${options.anonymised ? m.projectAnonymised : m.project}`,
    `  ${f.reportMd}  — ${m.reportMd}`,
    `  ${f.reportHtml}  — ${m.reportHtml}`,
    `  ${f.quotes}  — ${m.quotes}`,
    `  ${f.interviews}  — ${m.interviews}`,
    `  ${f.canvas}  — ${m.canvas}`,
  );
  if (images > 0) lines.push(`  images/  — ${fill(m.images, { count: images })}`);
  return lines.join('\r\n') + '\r\n';
}

function abortError(): Error {
  const e = new Error('the export was cancelled');
  e.name = 'AbortError';
  return e;
}
