import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { readExportModel } from '@shared/export/export-model';
import { reportHtml } from '@shared/export/report-html';
import { reportMarkdown } from '@shared/export/report-markdown';
import { layoutPicture } from '@shared/export-pictures/layout';
import { buildSvg } from '@shared/export-pictures/svg';
import { decideProposal, experimentFromProposal } from '@shared/residency/decisions';
import { buildFixtureDoc, FIXTURE } from '../../fixtures/export/fixture-doc';

/** The fixture residency with its proposal retained, one more to dig deeper, one dropped, one left open. */
function decided() {
  const { doc, ids } = buildFixtureDoc();
  decideProposal(doc, ids.proposal, { status: 'retained', reason: `Le Grenier est prêt, ${FIXTURE.named} l’a confirmé`, by: 'person:f' });
  const born = experimentFromProposal(doc, ids.proposal)!;
  const deeper = createItem(doc, { kind: 'proposal', x: 2200, y: 1400, title: 'Une navette le jeudi' });
  decideProposal(doc, deeper, { status: 'dig-deeper', reason: 'Qui conduit ?', by: 'person:f' });
  const dropped = createItem(doc, { kind: 'proposal', x: 2200, y: 1800, title: 'Une péniche culturelle' });
  decideProposal(doc, dropped, { status: 'dropped', reason: 'Trop cher pour la saison', by: 'person:f' });
  createItem(doc, { kind: 'proposal', x: 2200, y: 2200, title: 'Un jardin partagé' });
  return { doc, ids, born };
}

const headings = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('#'));
const between = (md: string, from: string, to: string): string => md.slice(md.indexOf(from), md.indexOf(to, md.indexOf(from) + from.length));

describe('the restitution report of decided proposals', () => {
  it('sorts the proposals by decision, in French: retained with why and the experiments born of them, to dig deeper, dropped with why, not decided yet', () => {
    const { doc } = decided();
    const md = reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'fr' }));
    const h = headings(md);
    expect(h.slice(h.indexOf('## Propositions'), h.indexOf('## Expérimentations'))).toEqual([
      '## Propositions',
      '### Propositions retenues',
      '#### Un lieu aiguillage',
      '### À creuser',
      '#### Une navette le jeudi',
      '### Propositions écartées',
      '#### Une péniche culturelle',
      '### Pas encore décidées',
      '#### Un jardin partagé',
    ]);
    const retained = between(md, '#### Un lieu aiguillage', '### À creuser');
    expect(retained).toContain('**Pourquoi\u202f:** Le Grenier est prêt');
    expect(retained).toContain('**Expérimentations qui en sont nées\u202f:**');
    // The one made from it (it takes the proposal's title) and the fixture's own, linked to it.
    expect(retained).toContain('- Un lieu aiguillage');
    expect(retained).toContain('- Permanence au Grenier');
    // Quotes still ground it.
    expect(retained).toContain(`> ${FIXTURE.namedQuote}`);
    expect(between(md, '#### Une péniche culturelle', '### Pas encore')).toContain('**Pourquoi\u202f:** Trop cher pour la saison');
    // Anonymised: the reason names nobody either.
    expect(retained).not.toContain(FIXTURE.named);
  });

  it('in English, the same sections with their English names, in the Markdown and the printable page', () => {
    const { doc } = decided();
    const model = readExportModel(doc, { anonymised: false, lang: 'en' });
    const md = reportMarkdown(model);
    const h = headings(md);
    expect(h).toContain('### Retained proposals');
    expect(h).toContain('### To dig deeper');
    expect(h).toContain('### Dropped proposals');
    expect(h).toContain('### Not decided yet');
    expect(md).toContain('**Why:** Qui conduit ?');
    expect(md).toContain('**Experiments created from it:**');
    const html = reportHtml(model);
    expect(html).toContain('Retained proposals');
    expect(html).toContain('Trop cher pour la saison');
  });

  it('a report with nothing decided keeps its plain list of proposals', () => {
    const { doc } = buildFixtureDoc();
    const h = headings(reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'fr' })));
    expect(h.slice(h.indexOf('## Propositions'), h.indexOf('## Expérimentations'))).toEqual(['## Propositions', '### Un lieu aiguillage']);
  });

  it('the board’s picture says a proposal’s decision in its band, as an experiment says its status', () => {
    const { doc } = decided();
    const svg = (lang: 'fr' | 'en'): string => buildSvg(layoutPicture(readExportModel(doc, { anonymised: true, lang }), { region: { kind: 'board' }, margin: 0, background: null })!);
    expect(svg('fr')).toContain('PROPOSITION · RETENUE');
    expect(svg('fr')).toContain('PROPOSITION · ÉCARTÉE');
    expect(svg('en')).toContain('PROPOSAL · DIG DEEPER');
  });
});
