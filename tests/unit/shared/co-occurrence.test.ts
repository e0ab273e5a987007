import { describe, expect, it } from 'vitest';
import { coOccurrence, coOccurrenceCsv } from '@shared/export/co-occurrence';
import { readExportModel } from '@shared/export/export-model';
import { parseExportArgs } from '../../../electron/host/export/export-args';
import { accentedBoard } from './refi-qda/boards';

describe('co-occurrence of codes (themes and tags)', () => {
  it('counts the quotes carrying each pair of codes, and each code by profile and place', () => {
    const model = readExportModel(accentedBoard(), { anonymised: true, lang: 'fr' });
    const m = coOccurrence(model);
    expect(m.codes.map((c) => [c.name, c.kind])).toEqual([
      ['Se retrouver', 'theme'],
      ['Autour d’un café', 'theme'],
      ['lieu', 'tag'],
    ]);
    // The quote in the sub-theme carries the tag too; the other quote only its theme.
    expect(m.counts).toEqual([
      [1, 0, 0],
      [0, 1, 1],
      [0, 1, 1],
    ]);
    expect(m.profiles).toEqual(['usager·ère, 26–40 ans']);
    expect(m.byProfile).toEqual([[1], [1], [1]]);
    expect(m.places).toEqual(['Le Grenier']);
  });

  it('is a CSV with one row per code, anonymised (no pseudonym), and the command line asks for it with --csv cooccurrence', () => {
    const csv = coOccurrenceCsv(readExportModel(accentedBoard(), { anonymised: true, lang: 'fr' }), { separator: ';' });
    expect(csv.split('\r\n')[0]).toBe('\ufeffcode;sorte;Se retrouver;Autour d’un café;lieu;profil : usager·ère, 26–40 ans;lieu : Le Grenier');
    expect(csv.split('\r\n')[2]).toBe('Autour d’un café;thème;0;1;1;1;1');
    expect(csv).not.toContain('Nadia');
    expect(parseExportArgs(['p.tablee', '--format', 'csv', '--csv', 'cooccurrence', '--out', 'x.csv'])).toMatchObject({ ok: true, value: { csv: 'cooccurrence' } });
  });
});
