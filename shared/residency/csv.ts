import Papa from 'papaparse';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../board/doc';
import { err, ok, type Result } from '../result';
import { interviewsOf, quotesOf, writeRecord } from './doc';
import {
  MAX_QUOTE_LENGTH,
  newId,
  type AgeBand,
  type Consent,
  type InterviewKind,
  type InterviewRecord,
  type ProfileRole,
  type QuoteRecord,
} from './records';
import { fold } from './search';

/**
 * Import of interviews and quotes from a CSV file, as French spreadsheets write them: UTF-8 or
 * Latin-1, `;` or `,`. One row is one quote with its interview's columns (rows of the same
 * interview repeat them), or an interview alone when the quote cell is empty. All or nothing:
 * if one row is rejected, nothing is imported and the report says which rows and why.
 */

export const MAX_CSV_BYTES = 10 * 1024 * 1024;
export const MAX_CSV_ROWS = 20_000;

export const CSV_FIELDS = ['interview', 'date', 'place', 'kind', 'role', 'ageBand', 'pseudonym', 'consent', 'notes', 'quote'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Column index per field; absent when the file has no such column. */
export type CsvMapping = Partial<Record<CsvField, number>>;

export type CsvFileError = 'empty' | 'too-big' | 'not-text' | 'too-many-rows' | 'no-header';
export type CsvEncoding = 'utf-8' | 'latin-1';

export interface CsvTable {
  encoding: CsvEncoding;
  delimiter: string;
  header: string[];
  rows: string[][];
}

/** Decodes the bytes (UTF-8, else Latin-1 as Windows writes it) and splits them into cells. */
export function readCsv(bytes: Uint8Array): Result<CsvTable, CsvFileError> {
  if (bytes.length === 0) return err('empty');
  if (bytes.length > MAX_CSV_BYTES) return err('too-big');
  // NUL bytes: a binary file, or UTF-16 that no spreadsheet we know of writes for CSV.
  if (bytes.subarray(0, 4096).includes(0)) return err('not-text');
  let text: string;
  let encoding: CsvEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'latin-1';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return err('empty');
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) return err('no-header');
  if (rows.length > MAX_CSV_ROWS) return err('too-many-rows');
  return ok({ encoding, delimiter: parsed.meta.delimiter, header: header.map((h) => h.trim()), rows });
}

const GUESS: Record<CsvField, string[]> = {
  interview: ['entretien', 'interview', 'id entretien', 'interview id', 'n° entretien', 'numero'],
  date: ['date', 'jour', 'day'],
  place: ['lieu', 'place', 'endroit', 'location'],
  kind: ['type', 'kind', 'format', "type d'entretien", 'type d’entretien'],
  role: ['role', 'profil', 'profile', 'statut'],
  ageBand: ['age', 'tranche d’age', "tranche d'age", 'age band', 'tranche'],
  pseudonym: ['pseudo', 'pseudonyme', 'pseudonym', 'prenom', 'name'],
  consent: ['consentement', 'consent', 'accord'],
  notes: ['notes', 'note', 'remarques', 'commentaire'],
  quote: ['citation', 'quote', 'verbatim', 'extrait', 'texte'],
};

/** A first mapping from the header's words; the user corrects it in the preview. */
export function guessMapping(header: readonly string[]): CsvMapping {
  const out: CsvMapping = {};
  const used = new Set<number>();
  for (const field of CSV_FIELDS) {
    const i = header.findIndex((h, idx) => !used.has(idx) && GUESS[field].includes(fold(h).trim()));
    if (i >= 0) {
      out[field] = i;
      used.add(i);
    }
  }
  return out;
}

const words = (table: Record<string, string[]>) => (value: string): string | undefined => {
  const v = fold(value).trim();
  for (const [key, list] of Object.entries(table)) if (list.includes(v)) return key;
  return undefined;
};

const consentOf = words({
  quote: ['oui', 'yes', 'quote', 'citable', 'peut etre cite', 'peut etre citee', 'may be quoted', 'accord'],
  anonymous: ['anonyme', 'anonymous', 'anonymement', 'cite anonymement', 'quoted anonymously'],
  none: ['non', 'no', 'none', 'ne pas citer', 'refus', 'not to be quoted'],
}) as (v: string) => Consent | undefined;

const roleOf = words({
  user: ['usager', 'usagere', 'user', 'habitant', 'habitante', 'resident'],
  professional: ['professionnel', 'professionnelle', 'pro', 'professional'],
  volunteer: ['benevole', 'volunteer'],
  elected: ['elu', 'elue', 'elected', 'elected official'],
  other: ['autre', 'other'],
}) as (v: string) => ProfileRole | undefined;

const kindOf = words({
  'one-to-one': ['individuel', 'entretien individuel', 'one-to-one', '1-1', 'face a face'],
  street: ['micro-trottoir', 'rue', 'street', 'street interview', 'micro trottoir'],
  group: ['collectif', 'groupe', 'group', 'entretien collectif'],
}) as (v: string) => InterviewKind | undefined;

function ageOf(value: string): AgeBand | undefined {
  const v = fold(value).replace(/\s|ans/g, '').replace('–', '-');
  if (v === '') return '';
  const known: Record<string, AgeBand> = { '-18': 'under-18', '<18': 'under-18', 'moinsde18': 'under-18', under18: 'under-18', '75+': 'over-75', '+75': 'over-75', 'plusde75': 'over-75', over75: 'over-75' };
  if (known[v]) return known[v];
  return (['18-25', '26-40', '41-60', '61-75'] as const).find((b) => b === v);
}

/** YYYY-MM-DD or DD/MM/YYYY (French spreadsheets) → YYYY-MM-DD; '' stays ''. */
function dayOf(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return '';
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const [y, mo, d] = m ? [m[1], m[2], m[3]] : ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(v)), m ? [m[3], m[2], m[1]] : []);
  if (!y || !mo || !d) return undefined;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

export type RowProblem = 'bad-date' | 'bad-consent' | 'bad-role' | 'bad-kind' | 'bad-age' | 'quote-too-long' | 'no-interview' | 'too-long-field' | 'conflict';

export interface RejectedRow {
  /** Line number in the file, counting the header as line 1. */
  line: number;
  problem: RowProblem;
  /** The offending value, cut short. */
  value: string;
}

export type MappingError = 'no-quote-or-interview' | 'no-identity';

export interface ImportPlan {
  interviews: InterviewRecord[];
  quotes: QuoteRecord[];
  rejected: RejectedRow[];
}

/**
 * Checks every row against the mapping and builds what would be imported. Nothing touches the
 * doc here; `applyImport` writes the plan in one transaction, and only a plan with no rejection.
 */
export function planImport(table: CsvTable, mapping: CsvMapping, random: () => number = Math.random): Result<ImportPlan, MappingError> {
  if (mapping.quote === undefined && mapping.pseudonym === undefined && mapping.interview === undefined) return err('no-quote-or-interview');
  if (mapping.interview === undefined && mapping.pseudonym === undefined) return err('no-identity');
  const cell = (row: string[], f: CsvField): string => (mapping[f] === undefined ? '' : (row[mapping[f]] ?? '').trim());
  const interviews = new Map<string, InterviewRecord>();
  const quotes: QuoteRecord[] = [];
  const rejected: RejectedRow[] = [];

  table.rows.forEach((row, i) => {
    const line = i + 2;
    const reject = (problem: RowProblem, value: string): void => void rejected.push({ line, problem, value: value.slice(0, 80) });
    const key = cell(row, 'interview') || [cell(row, 'pseudonym'), cell(row, 'date'), cell(row, 'place')].join('\u0000');
    if (key.replace(/\u0000/g, '') === '') return reject('no-interview', '');
    const date = dayOf(cell(row, 'date'));
    if (date === undefined) return reject('bad-date', cell(row, 'date'));
    const consentText = cell(row, 'consent');
    const consent: Consent | undefined = consentText === '' ? 'none' : consentOf(consentText);
    if (!consent) return reject('bad-consent', consentText);
    const roleText = cell(row, 'role');
    const role: ProfileRole | undefined = roleText === '' ? 'user' : roleOf(roleText);
    if (!role) return reject('bad-role', roleText);
    const kindText = cell(row, 'kind');
    const kind: InterviewKind | undefined = kindText === '' ? 'one-to-one' : kindOf(kindText);
    if (!kind) return reject('bad-kind', kindText);
    const ageBand = ageOf(cell(row, 'ageBand'));
    if (ageBand === undefined) return reject('bad-age', cell(row, 'ageBand'));
    const place = cell(row, 'place');
    const pseudonym = cell(row, 'pseudonym');
    if (place.length > 300 || pseudonym.length > 300 || cell(row, 'notes').length > 20_000) return reject('too-long-field', place.length > 300 ? place : pseudonym);
    const text = cell(row, 'quote');
    if (text.length > MAX_QUOTE_LENGTH) return reject('quote-too-long', text);

    let interview = interviews.get(key);
    if (!interview) {
      interview = { id: newId('interview', random), date, place, kind, role, ageBand, pseudonym, consent, notes: cell(row, 'notes'), transcript: '' };
      interviews.set(key, interview);
    } else if (interview.consent !== consent) {
      // Two rows of one interview must not disagree on what the person agreed to.
      return reject('conflict', consentText);
    }
    if (text !== '') quotes.push({ id: newId('quote', random), interviewId: interview.id, text });
  });
  return ok({ interviews: [...interviews.values()], quotes, rejected });
}

/** Writes a clean plan in one transaction (one undo step); refuses a plan with rejected rows. */
export function applyImport(doc: Y.Doc, plan: ImportPlan): Result<{ interviews: number; quotes: number }, 'rows-rejected'> {
  if (plan.rejected.length > 0) return err('rows-rejected');
  doc.transact(() => {
    for (const i of plan.interviews) writeRecord(interviewsOf(doc), { ...i });
    for (const q of plan.quotes) writeRecord(quotesOf(doc), { ...q });
  }, LOCAL_ORIGIN);
  return ok({ interviews: plan.interviews.length, quotes: plan.quotes.length });
}
