import { describe, expect, it } from 'vitest';
import { readExportModel } from '@shared/export/export-model';
import { reportHtml } from '@shared/export/report-html';
import { reportMarkdown } from '@shared/export/report-markdown';
import { VOTE_RESULTS } from '@shared/records/votes';
import { recordsOf, writeRecordTo } from '@shared/records/y-record';
import { buildFixtureDoc } from '../../fixtures/export/fixture-doc';

describe('a revealed vote in the restitution report', () => {
  const { doc, ids } = buildFixtureDoc();
  writeRecordTo(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc), 'vote:abcd1234', {
    id: 'vote:abcd1234',
    date: '2025-03-12T15:00:00.000Z',
    question: 'Quelle piste creuser ?',
    scope: { kind: 'proposals' },
    counts: { [ids.proposal]: 5, 'note:outside': 2, 'note:deleted-later': 1 },
    voters: 4,
  });

  it('is a section with its question, its date, how many voted and its cards by dots', () => {
    const md = reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'fr' }));
    const section = md.slice(md.indexOf('## Votes'));
    expect(section).toContain('### Quelle piste creuser ?');
    expect(section).toContain('4 votants');
    const lines = section.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual(['- **5** — Un lieu aiguillage', '- **2** — Note hors cadre', '- **1** — (carte supprimée)']);
  });

  it('reads the same in the HTML report', () => {
    const html = reportHtml(readExportModel(doc, { anonymised: true, lang: 'en' }));
    expect(html).toContain('Votes');
    expect(html).toContain('Un lieu aiguillage');
    expect(html).toContain('4 voted');
  });
});
