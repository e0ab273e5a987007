import { parseArgs } from 'node:util';
import type { CsvSeparator } from '@shared/export/csv';
import type { ExportLang } from '@shared/export/messages';
import { err, ok, type Result } from '@shared/result';

export const EXPORT_FORMATS = ['md', 'html', 'csv', 'canvas', 'archive', 'qdpx', 'qdc'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportArgs {
  project: string;
  format: ExportFormat;
  out: string;
  anonymised: boolean;
  /** Null: the project's own language (shared/export/project-lang.ts), known once it is read. */
  lang: ExportLang | null;
  csv: 'quotes' | 'interviews' | 'cooccurrence';
  separator: CsvSeparator;
  meta: { title?: string; date?: string; credits?: string; licence?: string };
  help: boolean;
}

export const EXPORT_USAGE = `Usage: npm run export -- PROJECT --format md|html|csv|canvas|archive|qdpx|qdc --out FILE [options]

  PROJECT              the .tablee file to export (it is only read, never written)
  --format F           md (restitution report, Markdown), html (the same, printable),
                       csv (a table, see --csv), canvas (JSON Canvas), archive (.zip of everything),
                       qdpx (REFI-QDA project for QDA tools), qdc (REFI-QDA codebook alone)
  --out FILE           where to write; written whole or not at all
  --not-anonymised     include the pseudonyms of people who agreed to be named, and interview
                       notes; without it every export is anonymised. Quotes of people who did not
                       agree to be quoted are never exported.
  --lang fr|en         language of the export (default: the project's language)
  --csv quotes|interviews|cooccurrence   which table (default quotes); cooccurrence: how
                       many quotes carry each pair of codes (themes, tags), by profile and place
  --separator , or ;   CSV separator (default ,)
  --title T --date D --credits C --licence L   what the report prints at its top
  --help               this text`;

/** Parses the export command line; every mistake is one line. */
export function parseExportArgs(argv: string[]): Result<ExportArgs, string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        'not-anonymised': { type: 'boolean' },
        lang: { type: 'string' },
        csv: { type: 'string' },
        separator: { type: 'string' },
        title: { type: 'string' },
        date: { type: 'string' },
        credits: { type: 'string' },
        licence: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return err((e as Error).message);
  }
  const { values, positionals } = parsed;
  const base = { anonymised: !values['not-anonymised'], meta: { title: values.title, date: values.date, credits: values.credits, licence: values.licence } };
  if (values.help) return ok({ ...base, project: '', format: 'md', out: '', lang: null, csv: 'quotes', separator: ',', help: true });
  if (positionals.length === 0) return err('which project? Give the path of a .tablee file');
  if (positionals.length > 1) return err(`one project at a time, not ${positionals.length} (${positionals.join(', ')})`);
  const project = positionals[0] as string;
  if (project.trim() === '') return err('the project path is empty');
  const format = values.format;
  if (format === undefined) return err(`--format is missing: one of ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return err(`unknown format "${format}": one of ${EXPORT_FORMATS.join(', ')}`);
  if (values.out === undefined || values.out.trim() === '') return err('--out is missing: where should the export be written?');
  // A project is exported in its own language, whoever runs the command; --lang is a one-off choice.
  const lang = values.lang ?? null;
  if (lang !== null && lang !== 'fr' && lang !== 'en') return err(`--lang must be fr or en, not "${lang}"`);
  const csv = values.csv ?? 'quotes';
  if (csv !== 'quotes' && csv !== 'interviews' && csv !== 'cooccurrence') return err(`--csv must be quotes, interviews or cooccurrence, not "${csv}"`);
  if (values.csv !== undefined && format !== 'csv') return err('--csv goes with --format csv');
  const separator = values.separator ?? ',';
  if (separator !== ',' && separator !== ';') return err(`--separator must be , or ;, not "${separator}"`);
  return ok({ ...base, project, format: format as ExportFormat, out: values.out, lang, csv, separator, help: false });
}
