import { describe, expect, it } from 'vitest';
import { describeExport } from '@shared/export/describe';
import { readExportModel } from '@shared/export/export-model';
import { restitutionSection } from '@shared/export/sections';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, addQuote } from '@shared/residency/commands';
import { buildFixtureDoc, FIXTURE } from '../../fixtures/export/fixture-doc';

const { doc, ids } = buildFixtureDoc();

describe('export model', () => {
  it('anonymised: profiles instead of pseudonyms, quotes not to be quoted absent, no notes, neutral ids', () => {
    const model = readExportModel(doc, { anonymised: true, lang: 'en' });
    const texts = model.quotes.map((q) => q.text);
    expect(texts).toContain(FIXTURE.namedQuote);
    expect(texts).toContain(FIXTURE.anonymousQuote);
    expect(texts).not.toContain(FIXTURE.refusedQuote);
    expect(texts).not.toContain(FIXTURE.withdrawnQuote);
    expect(model.leftOut).toEqual({ quotes: 2, cards: 1 });
    const named = model.quotes.find((q) => q.text === FIXTURE.namedQuote);
    expect(named?.attribution?.pseudonym).toBeNull();
    expect(named?.attribution?.line).toBe('— volunteer, 41–60 · Le Grenier · Mar 4, 2025');
    expect(named?.tags).toEqual(['Aiguillage']);
    expect(model.interviews.every((i) => i.pseudonym === null && i.notes === null)).toBe(true);
    // Stored ids carry names (interview:nadia-…): no export may print them.
    expect(JSON.stringify(model)).not.toMatch(/nadia|theo|rosalie|mireille/i);
  });

  it('not anonymised: the pseudonym of a person who agreed, never of one quoted anonymously, never a refused quote', () => {
    const model = readExportModel(doc, { anonymised: false, lang: 'en' });
    const named = model.quotes.find((q) => q.text === FIXTURE.namedQuote);
    const anonymous = model.quotes.find((q) => q.text === FIXTURE.anonymousQuote);
    expect(named?.attribution?.line).toBe('— Nadia, volunteer · Le Grenier · Mar 4, 2025');
    expect(anonymous?.attribution?.pseudonym).toBeNull();
    expect(anonymous?.attribution?.line).toContain('user, 18–25');
    expect(model.quotes.map((q) => q.text)).not.toContain(FIXTURE.refusedQuote);
    const byPseudonym = model.interviews.map((i) => i.pseudonym).filter((p) => p !== null);
    expect(byPseudonym).toEqual([FIXTURE.named]);
    expect(model.interviews.find((i) => i.pseudonym === FIXTURE.named)?.notes).toBe(FIXTURE.namedNotes);
    // Notes of a person who refused to be quoted never travel.
    expect(JSON.stringify(model)).not.toContain(FIXTURE.refusedNotes);
    // Names in free text: only the person who agreed to be named keeps hers.
    const synthesis = model.items.find((i) => i.id === ids.synthesis);
    expect(synthesis?.kind === 'note' && synthesis.text).toBe('Synthèse (Nadia, user, 18–25, user, 26–40)');
  });

  it('anonymised: pseudonyms written in a note become profiles', () => {
    const model = readExportModel(doc, { anonymised: true, lang: 'fr' });
    const synthesis = model.items.find((i) => i.id === ids.synthesis);
    expect(synthesis?.kind === 'note' && synthesis.text).toBe('Synthèse (bénévole, 41–60 ans, usager·ère, 18–25 ans, usager·ère, 26–40 ans)');
  });

  it('themes in reading order with their cards, quotes and counts; proposals keep only quotes that may be shown', () => {
    const model = readExportModel(doc, { anonymised: true, lang: 'en' });
    expect(model.themes.map((t) => t.id)).toEqual([ids.opportunities, ids.vigilance, ids.theme]);
    const theme = model.themes.find((t) => t.id === ids.theme);
    // Top to bottom, then left to right: the three quote cards of the first row, the synthesis, then the loose quote.
    expect(theme?.cardIds).toEqual(['quote:card-a', 'quote:card-b', 'note:synthesis', 'quote:card-d']);
    expect(theme?.counts).toEqual({ quotes: 3, interviews: 2, profiles: 2 });
    expect(model.themes.map((t) => t.section)).toEqual(['opportunities', 'vigilance', null]);
    const proposal = model.proposals[0];
    const quoteText = (id: string): string | undefined => model.quotes.find((q) => q.id === id)?.text;
    expect(proposal?.quoteIds.map(quoteText)).toEqual([FIXTURE.namedQuote]);
    expect(proposal?.groundingQuoteIds.map(quoteText).sort()).toEqual([FIXTURE.namedQuote, FIXTURE.anonymousQuote, FIXTURE.looseQuote].sort());
    expect(model.experiments[0]?.proposalId).toBe(ids.proposal);
  });

  it('says what will be included', () => {
    const anonymised = describeExport(readExportModel(doc, { anonymised: true, lang: 'en' }));
    expect(anonymised).toMatchObject({ anonymised: true, quotes: 3, quotesLeftOut: 2, cardsLeftOut: 1, interviews: 4, proposals: 1, experiments: 1, namesIncluded: false, notesIncluded: false });
    expect(anonymised.lines).toContain('2 quotes left out (not to be quoted)');
    const named = describeExport(readExportModel(doc, { anonymised: false, lang: 'fr' }));
    expect(named.namesIncluded).toBe(true);
    expect(named.notesIncluded).toBe(true);
    expect(named.lines[0]).toMatch(/^Non anonymisé/);
  });

  it('a name hidden in a place is replaced too, even when not anonymised, for a person quoted anonymously', () => {
    const d = newBoardDoc('t', '');
    const i = addInterview(d, { pseudonym: 'Nadia', consent: 'anonymous', role: 'user', place: 'Chez Nadia', date: '2025-03-04' });
    addQuote(d, i, 'Des mots.');
    const [quote] = readExportModel(d, { anonymised: false, lang: 'en' }).quotes;
    expect(quote?.attribution?.place).toBe('Chez user');
    expect(quote?.attribution?.line).toBe('— user · Chez user · Mar 4, 2025');
  });

  it('recognises restitution frames in French and English', () => {
    expect(restitutionSection('Opportunités')).toBe('opportunities');
    expect(restitutionSection('1 · Points de vigilance')).toBe('vigilance');
    expect(restitutionSection('Stakes — axis 2')).toBe('stakes');
    expect(restitutionSection('À investiguer')).toBe('investigate');
    expect(restitutionSection('Things to investigate')).toBe('investigate');
    expect(restitutionSection('Éléments à enquêter')).toBe('investigate');
    expect(restitutionSection('Schéma de synthèse')).toBe('summary');
    expect(restitutionSection('Summary diagram')).toBe('summary');
    expect(restitutionSection('Enjeuxtra')).toBeNull();
    expect(restitutionSection('Thème 1')).toBeNull();
  });
});
