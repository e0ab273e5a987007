import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { readExportModel } from '@shared/export/export-model';
import { layoutPicture } from '@shared/export-pictures/layout';
import { buildSvg } from '@shared/export-pictures/svg';
import { VOTE_RESULTS } from '@shared/records/votes';
import { recordsOf, writeRecordTo } from '@shared/records/y-record';
import { buildFixtureDoc } from '../../fixtures/export/fixture-doc';

describe('a revealed vote in the board’s pictures', () => {
  it('a card that got dots wears its total; a card without does not', () => {
    const { doc } = buildFixtureDoc();
    const picked = createItem(doc, { kind: 'proposal', x: 3000, y: 3000, title: 'Un marché du soir' });
    const other = createItem(doc, { kind: 'proposal', x: 3400, y: 3000, title: 'Une cantine' });
    const svg = (lang: 'fr' | 'en'): string =>
      buildSvg(layoutPicture(readExportModel(doc, { anonymised: true, lang }), { region: { kind: 'board' }, margin: 0, background: null })!);
    // Before any reveal, no card says a count.
    expect(svg('fr')).not.toMatch(/gommette/);
    writeRecordTo(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc), 'vote:first', {
      id: 'vote:first',
      date: '2026-12-07T15:00:00.000Z',
      question: 'Laquelle ?',
      scope: { kind: 'proposals' },
      counts: { [picked]: 5, [other]: 1 },
      voters: 4,
    });
    expect(svg('fr')).toContain('5 gommettes');
    expect(svg('fr')).toContain('1 gommette<');
    expect(svg('en')).toContain('5 dots');
  });
});
