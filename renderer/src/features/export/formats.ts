/** Every export the dialog offers, pictures first. */
export const PICTURE_FORMATS = ['png', 'svg', 'pdf'] as const;
export const DATA_FORMATS = ['md', 'html', 'csv-quotes', 'csv-interviews', 'csv-cooccurrence', 'canvas', 'qdpx', 'qdc', 'archive'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];
export type DataFormat = (typeof DATA_FORMATS)[number];
export type ExportFormat = PictureFormat | DataFormat;

export const isPictureFormat = (f: ExportFormat): f is PictureFormat => (PICTURE_FORMATS as readonly string[]).includes(f);

export const FORMAT_FILE: Record<ExportFormat, { extension: string; mime: string; suffix: string }> = {
  png: { extension: 'png', mime: 'image/png', suffix: '' },
  svg: { extension: 'svg', mime: 'image/svg+xml', suffix: '' },
  pdf: { extension: 'pdf', mime: 'application/pdf', suffix: '' },
  md: { extension: 'md', mime: 'text/markdown;charset=utf-8', suffix: 'restitution' },
  html: { extension: 'html', mime: 'text/html;charset=utf-8', suffix: 'restitution' },
  'csv-quotes': { extension: 'csv', mime: 'text/csv;charset=utf-8', suffix: 'citations' },
  'csv-interviews': { extension: 'csv', mime: 'text/csv;charset=utf-8', suffix: 'entretiens' },
  'csv-cooccurrence': { extension: 'csv', mime: 'text/csv;charset=utf-8', suffix: 'cooccurrences' },
  canvas: { extension: 'canvas', mime: 'application/json', suffix: '' },
  // REFI-QDA (shared/export/refi-qda): the project exchange is a zip, the codebook XML.
  qdpx: { extension: 'qdpx', mime: 'application/zip', suffix: '' },
  qdc: { extension: 'qdc', mime: 'application/xml', suffix: 'codes' },
  archive: { extension: 'zip', mime: 'application/zip', suffix: 'archive' },
};
