import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newBoardDoc } from '@shared/project-file/build';
import { applyImport, guessMapping, MAX_CSV_ROWS, planImport, readCsv, type CsvTable } from '@shared/residency/csv';
import { readInterviews, readQuotes } from '@shared/residency/doc';
import { MAX_QUOTE_LENGTH } from '@shared/residency/records';

const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));
const table = (name: string): CsvTable => {
  const r = readCsv(bytes(name));
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const board = () => newBoardDoc('R', '2026-11-01T00:00:00.000Z');

describe('CSV import of interviews and quotes', () => {
  it('reads a UTF-8 file with `;`, guesses the columns, groups rows by interview and imports in one go', () => {
    const t = table('entretiens-utf8-pointvirgule.csv');
    expect(t).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
    const mapping = guessMapping(t.header);
    expect(mapping).toEqual({ interview: 0, date: 1, place: 2, kind: 3, role: 4, ageBand: 5, pseudonym: 6, consent: 7, notes: 8, quote: 9 });
    const plan = planImport(t, mapping);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value.rejected).toEqual([]);
    const doc = board();
    expect(applyImport(doc, plan.value)).toEqual({ ok: true, value: { interviews: 3, quotes: 3 } });
    const interviews = readInterviews(doc);
    const nadia = interviews.find((i) => i.pseudonym === 'Nadia')!;
    expect(nadia).toMatchObject({ date: '2025-03-04', place: 'Le Grenier partagé', kind: 'one-to-one', role: 'user', ageBand: '26-40', consent: 'quote', notes: 'rencontrée au rayon meubles' });
    expect(interviews.find((i) => i.pseudonym === 'Théo')).toMatchObject({ kind: 'street', consent: 'anonymous', ageBand: '18-25' });
    expect(interviews.find((i) => i.pseudonym === 'Gérard')).toMatchObject({ role: 'elected', consent: 'none', date: '2025-03-06' });
    const quotes = readQuotes(doc);
    expect(quotes.filter((q) => q.interviewId === nadia.id).map((q) => q.text).sort()).toEqual([
      'Ici je viens chiner comme tout le monde.',
      'À l’épicerie sociale, on lit sur mon front que je suis dans la dèche ; vraiment.',
    ]);
  });

  it('reads a Latin-1 file with `,` (accents intact, commas inside quotes kept)', () => {
    const t = table('entretiens-latin1-virgule.csv');
    expect(t).toMatchObject({ encoding: 'latin-1', delimiter: ',' });
    const plan = planImport(t, guessMapping(t.header));
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value.interviews.map((i) => [i.pseudonym, i.role, i.consent])).toEqual([
      ['Joël', 'volunteer', 'quote'],
      ['Samia', 'user', 'anonymous'],
    ]);
    expect(plan.value.quotes[0]!.text).toBe('Les gens entrent pour un meuble à 5 euros, et finissent par parler de leur loyer.');
  });

  it('refuses a file without a quote or an identity column, with the reason', () => {
    const t = table('colonnes-manquantes.csv');
    expect(planImport(t, guessMapping(t.header))).toEqual({ ok: false, error: 'no-quote-or-interview' });
  });

  it('reports every bad row with its line and reason, and imports nothing at all', () => {
    const t = table('lignes-fautives.csv');
    const plan = planImport(t, guessMapping(t.header));
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value.rejected.map((r) => [r.line, r.problem])).toEqual([
      [3, 'bad-date'],
      [4, 'bad-consent'],
      [5, 'quote-too-long'],
    ]);
    expect(plan.value.rejected[0]!.value).toBe('31/02/2025');
    const doc = board();
    expect(applyImport(doc, plan.value)).toEqual({ ok: false, error: 'rows-rejected' });
    expect(readInterviews(doc)).toEqual([]);
    expect(readQuotes(doc)).toEqual([]);
  });

  it('refuses what is not a text file, an empty file, and a file of too many rows', () => {
    expect(readCsv(bytes('pas-un-csv.png'))).toEqual({ ok: false, error: 'not-text' });
    expect(readCsv(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    const huge = 'Pseudonyme;Citation\n' + 'Nadia;Une phrase.\n'.repeat(100_000);
    expect(MAX_CSV_ROWS).toBeLessThan(100_000);
    expect(readCsv(new TextEncoder().encode(huge))).toEqual({ ok: false, error: 'too-many-rows' });
    expect(readCsv(new Uint8Array(11 * 1024 * 1024).fill(65))).toEqual({ ok: false, error: 'too-big' });
  });

  it('a quote longer than a page is rejected, one of exactly the limit is kept', () => {
    const limit = 'x'.repeat(MAX_QUOTE_LENGTH);
    const t = table('entretiens-utf8-pointvirgule.csv');
    const rows = [[...t.rows[0]!.slice(0, 9), limit], [...t.rows[1]!.slice(0, 9), limit + 'y']];
    const plan = planImport({ ...t, rows }, guessMapping(t.header));
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value.rejected.map((r) => [r.line, r.problem])).toEqual([[3, 'quote-too-long']]);
  });
});
