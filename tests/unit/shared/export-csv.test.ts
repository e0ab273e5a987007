import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defuseCell, interviewsCsv, quotesCsv } from '@shared/export/csv';
import { readExportModel } from '@shared/export/export-model';
import { buildFixtureDoc, FIXTURE } from '../../fixtures/export/fixture-doc';

const { doc } = buildFixtureDoc();
const parse = (csv: string, delimiter = ','): string[][] => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
};

describe('quotes CSV', () => {
  it('round-trips through a CSV parser: one row per quote that may be exported, with its theme, tags, profile, place and date', () => {
    const rows = parse(quotesCsv(readExportModel(doc, { anonymised: true, lang: 'en' })));
    expect(rows[0]).toEqual(['quote', 'text', 'themes', 'tags', 'profile', 'place', 'date', 'pseudonym', 'interview']);
    const body = rows.slice(1);
    expect(body).toHaveLength(3);
    const named = body.find((r) => r[1] === FIXTURE.namedQuote);
    expect(named?.slice(1, 8)).toEqual([FIXTURE.namedQuote, 'Thème · Le poids des étiquettes', 'Aiguillage', 'volunteer, 41–60', 'Le Grenier', '2025-03-04', '']);
    expect(named?.[0]).toMatch(/^Q\d+$/);
    expect(named?.[8]).toMatch(/^I\d+$/);
    // A cell a spreadsheet would run as a formula is defused with a leading apostrophe.
    expect(body.find((r) => r[1]?.includes('marché'))?.[1]).toBe(`'${FIXTURE.looseQuote}`);
    expect(body.map((r) => r[1])).not.toContain(FIXTURE.refusedQuote);
    expect(body.map((r) => r[1])).not.toContain(FIXTURE.withdrawnQuote);
    expect(body.every((r) => r[7] === '')).toBe(true);
  });

  it('gives the pseudonym only when not anonymised and the person agreed to be named; ";" when asked', () => {
    const rows = parse(quotesCsv(readExportModel(doc, { anonymised: false, lang: 'fr' }), { separator: ';' }), ';');
    expect(rows[0]?.[7]).toBe('pseudonyme');
    const pseudonyms = rows.slice(1).map((r) => r[7]).filter((p) => p !== '');
    expect(pseudonyms).toEqual([FIXTURE.named]);
  });
});

describe('interviews CSV', () => {
  it('anonymised: no pseudonym and no notes column at all', () => {
    const csv = interviewsCsv(readExportModel(doc, { anonymised: true, lang: 'en' }));
    const rows = parse(csv);
    expect(rows[0]).toEqual(['interview', 'date', 'place', 'kind', 'role', 'age band', 'profile', 'consent', 'quotes']);
    expect(rows).toHaveLength(5);
    for (const name of [FIXTURE.named, FIXTURE.anonymous, FIXTURE.refused, FIXTURE.withdrawn]) expect(csv).not.toContain(name);
    expect(csv).not.toContain(FIXTURE.namedNotes);
    expect(rows.find((r) => r[7] === 'not to be quoted')?.[8]).toBe('0');
  });

  it('not anonymised: pseudonym and notes of people who agreed to be named, nothing of the others', () => {
    const csv = interviewsCsv(readExportModel(doc, { anonymised: false, lang: 'en' }));
    const rows = parse(csv);
    expect(rows[0]?.slice(-2)).toEqual(['pseudonym', 'notes']);
    expect(rows.find((r) => r[9] === FIXTURE.named)?.[10]).toBe(FIXTURE.namedNotes);
    expect(csv).not.toContain(FIXTURE.anonymous);
    expect(csv).not.toContain(FIXTURE.refused);
    expect(csv).not.toContain(FIXTURE.refusedNotes);
  });
});

describe('formula injection', () => {
  it('prefixes cells that start with = + - @ tab or CR', () => {
    expect(['=1+1', '+33 6', '-2', '@SUM(A1)', '\t=x', '\r=x', 'a=b', ''].map(defuseCell)).toEqual(["'=1+1", "'+33 6", "'-2", "'@SUM(A1)", "'\t=x", "'\r=x", 'a=b', '']);
  });
});
