import Papa from 'papaparse';
import type { ExportModel } from './export-model';
import { messagesFor } from './messages';

/**
 * Quotes and interviews as CSV for spreadsheets and qualitative-analysis tools. UTF-8 with a
 * byte-order mark so French spreadsheets read the accents; every field quoted when needed by
 * papaparse; cells a spreadsheet would run as a formula are defused with a leading apostrophe.
 */
export type CsvSeparator = ',' | ';';

export interface CsvOptions {
  separator?: CsvSeparator;
}

const BOM = '\ufeff';

/** A cell starting with = + - @ (or a tab/CR that hides one) is a formula to a spreadsheet. */
export function defuseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: string[][], options: CsvOptions): string {
  const data = rows.map((r) => r.map(defuseCell));
  return BOM + Papa.unparse({ fields: header, data }, { delimiter: options.separator ?? ',', newline: '\r\n', quotes: false, escapeFormulae: false }) + '\r\n';
}

/** One row per quote that may be exported: text, themes, tags, profile, place, date, pseudonym (empty when anonymised). */
export function quotesCsv(model: ExportModel, options: CsvOptions = {}): string {
  const h = messagesFor(model.lang).export.csv.quotes;
  const themeTitle = new Map(model.themes.map((t) => [t.id, t.title]));
  const rows = model.quotes.map((q) => [
    q.id,
    q.text,
    q.themeIds.map((t) => themeTitle.get(t) ?? '').filter((t) => t !== '').join(' | '),
    q.tags.join(' | '),
    q.attribution?.profile ?? '',
    q.attribution?.place ?? '',
    q.attribution?.date ?? '',
    q.attribution?.pseudonym ?? '',
    q.interviewId ?? '',
  ]);
  return toCsv([h.id, h.text, h.themes, h.tags, h.profile, h.place, h.date, h.pseudonym, h.interview], rows, options);
}

/** One row per interview, without the pseudonym or notes unless the export is not anonymised. */
export function interviewsCsv(model: ExportModel, options: CsvOptions = {}): string {
  const msg = messagesFor(model.lang);
  const h = msg.export.csv.interviews;
  const header = [h.id, h.date, h.place, h.kind, h.role, h.ageBand, h.profile, h.consent, h.quotes];
  if (!model.anonymised) header.push(h.pseudonym, h.notes);
  const rows = model.interviews.map((i) => {
    const row = [
      i.id,
      i.date,
      i.place,
      msg.residency.kind[i.kind],
      msg.residency.role[i.role],
      i.ageBand ? msg.residency.ageBand[i.ageBand] : '',
      i.profile,
      msg.residency.consent[i.consent],
      String(i.quotes),
    ];
    if (!model.anonymised) row.push(i.pseudonym ?? '', i.notes ?? '');
    return row;
  });
  return toCsv(header, rows, options);
}
