import { coOccurrenceCsv } from '@shared/export/co-occurrence';
import { interviewsCsv, quotesCsv } from '@shared/export/csv';
import type { ExportModel } from '@shared/export/export-model';
import { jsonCanvas } from '@shared/export/json-canvas';
import { reportHtml } from '@shared/export/report-html';
import { reportMarkdown } from '@shared/export/report-markdown';
import { qdc, qdpx, type RefiOptions } from '@shared/export/refi-qda/refi-export';
import type * as Y from 'yjs';
import type { DataFormat } from './formats';

/**
 * The data exports the renderer makes itself, from the anonymised model (the generators live
 * in shared/export). The archive is built by the host (it holds the project file).
 */
export const DATA_GENERATORS: Partial<Record<DataFormat, (model: ExportModel) => string>> = {
  md: reportMarkdown,
  html: reportHtml,
  'csv-quotes': (model) => quotesCsv(model),
  'csv-interviews': (model) => interviewsCsv(model),
  'csv-cooccurrence': (model) => coOccurrenceCsv(model),
  canvas: jsonCanvas,
};

/** The exports that read the doc itself (REFI-QDA needs the transcripts), anonymised in shared/export/refi-qda as the model is. */
export const DOC_GENERATORS: Partial<Record<DataFormat, (doc: Y.Doc, options: RefiOptions) => Uint8Array | string>> = {
  qdpx,
  qdc,
};

export const availableDataFormats = (hostArchive: boolean): DataFormat[] => [
  ...(Object.keys(DATA_GENERATORS) as DataFormat[]),
  ...(Object.keys(DOC_GENERATORS) as DataFormat[]),
  ...(hostArchive ? (['archive'] as const) : []),
];
