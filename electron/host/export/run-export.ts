import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type * as Y from 'yjs';
import { coOccurrenceCsv } from '@shared/export/co-occurrence';
import { interviewsCsv, quotesCsv } from '@shared/export/csv';
import { describeExport } from '@shared/export/describe';
import { readExportModel, type ExportModel, type ExportOptions } from '@shared/export/export-model';
import { jsonCanvas } from '@shared/export/json-canvas';
import { projectLang } from '@shared/export/project-lang';
import { reportHtml } from '@shared/export/report-html';
import { reportMarkdown } from '@shared/export/report-markdown';
import { qdc, qdpx } from '@shared/export/refi-qda/refi-export';
import { err, ok, type Result } from '@shared/result';
import { writeFileAtomic } from '../atomic-write';
import { errorText, saveErrorCode } from '../errors';
import { readProject } from '../read-project';
import { writeArchive } from './archive';
import type { ExportArgs } from './export-args';

export interface ExportDone {
  /** One line for the person who ran it. */
  message: string;
  bytes: number;
  quotesLeftOut: number;
}

const OPEN_ERRORS: Record<string, string> = {
  'not-found': 'there is no file at this path',
  'is-directory': 'this is a folder, not a project file',
  unreadable: 'the file cannot be read',
  'too-large': 'the file is too large to be a Tablée project',
  empty: 'the file is empty',
  'not-json': 'this is not a Tablée project (not JSON text)',
  'not-tablee': 'this is not a Tablée project',
  'format-too-new': 'this project was written by a newer Tablée; update Tablée to export it',
  'schema-too-new': 'this project was written by a newer Tablée; update Tablée to export it',
  'bad-header': 'the project file is damaged (its header cannot be read)',
  'corrupt-state': 'the project file is damaged (the board cannot be read)',
};

const WRITE_ERRORS: Record<string, string> = {
  'disk-full': 'the disk is full',
  'read-only': 'this folder cannot be written to (read-only or no permission)',
  'write-failed': 'the file could not be written',
};

const FORMAT_NAME = { md: 'Markdown report', html: 'HTML report', canvas: 'JSON Canvas', archive: 'archive', qdpx: 'REFI-QDA project', qdc: 'REFI-QDA codebook' } as const;

/** Loads the project (never writing it), makes the export and writes it atomically. */
export async function runExport(
  args: ExportArgs,
  hooks: { onProgress?: (done: number, total: number, part: string) => void; signal?: AbortSignal } = {},
): Promise<Result<ExportDone, string>> {
  const project = resolve(args.project);
  const out = resolve(args.out);
  if (out === project || (await sameFile(out, project))) return err(`the output ${args.out} is the project itself: choose another --out, the project is never overwritten`);
  const outInfo = await stat(out).catch(() => undefined);
  if (outInfo?.isDirectory()) return err(`the output ${args.out} is a folder: give a file name`);

  const loaded = await readProject(project);
  if (!loaded.ok) {
    const reason = OPEN_ERRORS[loaded.error.code] ?? loaded.error.code;
    const detail = loaded.error.code === 'not-found' || loaded.error.code === 'is-directory' ? '' : ` (${loaded.error.detail})`;
    return err(`cannot export ${args.project}: ${reason}${detail}. The file was left untouched.`);
  }
  const { doc, meta } = loaded.value;
  const options: ExportOptions = { anonymised: args.anonymised, lang: args.lang ?? projectLang(doc), meta: args.meta };

  let bytes: number;
  let quotesLeftOut: number;
  let what: string;
  try {
    if (args.format === 'archive') {
      const projectBytes = args.anonymised ? new Uint8Array() : new Uint8Array(await readFile(project));
      const result = await writeArchive(out, { doc, projectBytes, projectMeta: meta, options: { ...options, separator: args.separator }, ...hooks });
      bytes = result.bytes.byteLength;
      quotesLeftOut = result.quotesLeftOut;
      what = `${FORMAT_NAME.archive} (${result.entries.length} files)`;
    } else {
      const model = readExportModel(doc, options);
      const data = args.format === 'qdpx' ? qdpx(doc, options) : new TextEncoder().encode(textExport(args, model, doc, options));
      await writeFileAtomic(out, data);
      bytes = data.byteLength;
      const summary = describeExport(model);
      quotesLeftOut = summary.quotesLeftOut;
      what = args.format !== 'csv' ? FORMAT_NAME[args.format] : args.csv === 'cooccurrence' ? 'CSV of co-occurrences' : `CSV of ${args.csv} (${args.csv === 'quotes' ? summary.quotes : summary.interviews} rows)`;
    }
  } catch (e) {
    if ((e as Error).name === 'AbortError') return err('the export was cancelled; nothing was written');
    return err(`cannot write ${args.out}: ${WRITE_ERRORS[saveErrorCode(e)]} (${errorText(e)}). Nothing was written.`);
  }
  const privacy = args.anonymised ? 'anonymised' : 'NOT anonymised: pseudonyms of people who agreed to be named included';
  const leftOut = quotesLeftOut > 0 ? `; ${quotesLeftOut} quote${quotesLeftOut === 1 ? '' : 's'} left out (not to be quoted)` : '';
  return ok({ message: `Tablée: wrote ${args.out}: ${what}, ${privacy}${leftOut}`, bytes, quotesLeftOut });
}

/** The text exports, from the anonymised model (the .qdc reads the doc for its codebook). */
function textExport(args: ExportArgs, model: ExportModel, doc: Y.Doc, options: ExportOptions): string {
  switch (args.format) {
    case 'md':
      return reportMarkdown(model);
    case 'html':
      return reportHtml(model);
    case 'canvas':
      return jsonCanvas(model);
    case 'qdc':
      return qdc(doc, options);
    default:
      if (args.csv === 'cooccurrence') return coOccurrenceCsv(model, { separator: args.separator });
      return args.csv === 'quotes' ? quotesCsv(model, { separator: args.separator }) : interviewsCsv(model, { separator: args.separator });
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}
