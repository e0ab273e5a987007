import { describe, expect, it } from 'vitest';
import { readExportModel } from '@shared/export/export-model';
import { reportHtml } from '@shared/export/report-html';
import { escapeMarkdown, reportMarkdown } from '@shared/export/report-markdown';
import { buildFixtureDoc, FIXTURE } from '../../fixtures/export/fixture-doc';

const { doc } = buildFixtureDoc();
const meta = { date: 'mars 2025', credits: 'L’équipe <Tablée>', licence: 'CC BY-SA 4.0' };

describe('restitution report, Markdown', () => {
  const md = reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'fr', meta }));
  const headings = md.split('\n').filter((l) => l.startsWith('#'));

  it('has the title, the meta lines, the restitution sections, the themes, the proposals and the experiments, in order', () => {
    expect(headings).toEqual([
      '# Résidence \\<test\\> & \\*fixture\\*',
      '## Restitution',
      '### Opportunités',
      '#### Opportunités',
      '### Points de vigilance',
      '#### Points of vigilance',
      '## Thèmes',
      '### Thème · Le poids des étiquettes',
      '## Hors des cadres',
      '## Propositions',
      '### Un lieu aiguillage',
      '## Expérimentations',
      '### Permanence au Grenier',
    ]);
    expect(md).toContain('**Licence**\u202f: CC BY-SA 4.0');
    expect(md).toContain('**Crédits**\u202f: L’équipe \\<Tablée\\>');
    expect(md).toContain('_2 citations sont absentes : les personnes n’ont pas accepté d’être citées._');
  });

  it('quotes carry anonymised attributions: profile, place, date', () => {
    expect(md).toContain(`> ${FIXTURE.namedQuote}  \n> — bénévole, 41–60 ans · Le Grenier · 4 mars 2025`);
    expect(md).toContain('— usager·ère, 18–25 ans · Le Grenier · 7 mars 2025');
    expect(md).not.toContain(FIXTURE.named);
    expect(md).not.toContain(FIXTURE.refusedQuote);
    expect(md).not.toContain(FIXTURE.withdrawnQuote);
    expect(md).toContain('_3 citations issues de 2 entretiens, 2 profils distincts_');
  });

  it('a proposal lists the quotes that ground it; an experiment its status, place, dates and indicator', () => {
    const proposal = md.slice(md.indexOf('### Un lieu aiguillage'), md.indexOf('## Expérimentations'));
    expect(proposal).toContain('Une personne repère.\n\nDeux demi-journées.');
    expect(proposal).toContain('**Thèmes\u202f:** Thème · Le poids des étiquettes');
    expect(proposal).toContain(`> ${FIXTURE.namedQuote}`);
    expect(proposal).toContain('> \\=SOMME(A1:A9), dit un habitant croisé au marché');
    const experiment = md.slice(md.indexOf('### Permanence au Grenier'));
    expect(experiment).toContain('- **Statut\u202f:** en test');
    expect(experiment).toContain('- **Lieu\u202f:** Le Grenier');
    expect(experiment).toContain('- **Dates\u202f:** 1 avr. 2025 → 30 juin 2025');
    expect(experiment).toContain('- **Comment on le saura\u202f:** Personnes orientées');
    expect(experiment).toContain('- **Issue de\u202f:** Un lieu aiguillage');
  });

  it('escapes Markdown in user text, so a card reads as typed', () => {
    expect(md).toContain('- \\# Pas un titre \\*ni gras\\* \\[lien\\](http://x) \\<b\\>html\\</b\\> & 1. liste');
    expect(escapeMarkdown('1. un\n- deux\n> trois\n+ quatre')).toBe('1\\. un\n\\- deux\n\\> trois\n\\+ quatre');
    expect(escapeMarkdown('a_b `c` |d| ~e~ \\f')).toBe('a\\_b \\`c\\` \\|d\\| \\~e\\~ \\\\f');
  });

  it('is in English when asked, and the same for the same board', () => {
    const en = reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'en', meta }));
    expect(en).toContain('## Proposals');
    expect(en).toContain('### Points of vigilance');
    expect(en).toContain('— volunteer, 41–60 · Le Grenier · Mar 4, 2025');
    expect(reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'en', meta }))).toBe(en);
  });

  it('names a person who agreed only when the export is deliberately not anonymised', () => {
    const named = reportMarkdown(readExportModel(doc, { anonymised: false, lang: 'en' }));
    expect(named).toContain('— Nadia, volunteer · Le Grenier · Mar 4, 2025');
    expect(named).not.toContain(FIXTURE.anonymous);
    expect(named).not.toContain(FIXTURE.refused);
    expect(named).not.toContain(FIXTURE.refusedQuote);
  });
});

describe('restitution report, HTML', () => {
  const html = reportHtml(readExportModel(doc, { anonymised: true, lang: 'fr', meta }));

  it('is one self-contained printable page in the right language', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
    // Nothing to fetch: no script, no external stylesheet, image, font or frame.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
  });

  it('escapes every user string', () => {
    expect(html).toContain('<title>Résidence &lt;test&gt; &amp; *fixture*</title>');
    expect(html).toContain('&lt;b&gt;html&lt;/b&gt;');
    expect(html).toContain('L’équipe &lt;Tablée&gt;');
    expect(html).not.toContain('<b>html</b>');
  });

  it('holds the same content as the Markdown report: quotes with attributions, sections, proposals', () => {
    expect(html).toContain(`<figure class="quote"><blockquote>${FIXTURE.namedQuote}</blockquote><figcaption>— bénévole, 41–60 ans · Le Grenier · 4 mars 2025</figcaption></figure>`);
    expect(html).toContain('<h3>Opportunités</h3>');
    expect(html).toContain('<h3>Un lieu aiguillage</h3>');
    expect(html).not.toContain(FIXTURE.named);
    expect(html).not.toContain(FIXTURE.refusedQuote);
  });
});
