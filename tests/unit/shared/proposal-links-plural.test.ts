import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { createItem } from '@shared/board/commands';
import { readExportModel } from '@shared/export/export-model';
import { layoutPicture } from '@shared/export-pictures/layout';
import { en } from '@shared/i18n/en';
import { fr } from '@shared/i18n/fr';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, addQuote } from '@shared/residency/commands';
import { countCases } from './count-cases';

/** A board holding one proposal grounded in `quotes` quotes and linked to `themes` themes. */
function boardWithProposal(quotes: number, themes: number) {
  const doc = newBoardDoc('Résidence', '2026-11-01T00:00:00.000Z');
  const interview = addInterview(doc, { date: '2025-03-04', place: 'Le Grenier', kind: 'one-to-one', role: 'user', consent: 'quote', transcript: '' });
  const quoteIds = Array.from({ length: quotes }, (_, i) => {
    const q = addQuote(doc, interview, `Parole ${i}`);
    if (!q.ok) throw new Error(String(q.error));
    return q.value;
  });
  const themeIds = Array.from({ length: themes }, (_, i) => createItem(doc, { kind: 'frame', x: 1000 + i * 500, y: 0, w: 400, h: 300, title: `Thème ${i}` }));
  createItem(doc, { kind: 'proposal', x: 0, y: 0, w: 320, h: 220, title: 'Un atelier de réparation', quoteIds, themeIds });
  return doc;
}

/** Every line of text an SVG or PDF export draws for that board. */
function pictureLines(quotes: number, themes: number, lang: 'fr' | 'en'): string[] {
  const layout = layoutPicture(readExportModel(boardWithProposal(quotes, themes), { anonymised: true, lang }), { region: { kind: 'board' }, margin: 40, background: '#ffffff' });
  if (!layout) throw new Error('empty picture');
  return layout.shapes.flatMap((s) => (s.type === 'text' ? s.lines : []));
}

const i18n = i18next.createInstance();
void i18n.init({ resources: { en: { translation: en }, fr: { translation: fr } }, lng: 'fr', fallbackLng: 'en', interpolation: { escapeValue: false }, initAsync: false });

/** The proposal card's footer on the board, called as the card calls it. */
const boardLine = (quotes: number, themes: number, lng: 'fr' | 'en'): string =>
  i18n.t('residency.proposalLinks', {
    lng,
    quotes: i18n.t('residency.proposalCounts.quotes', { lng, count: quotes }),
    themes: i18n.t('residency.proposalCounts.themes', { lng, count: themes }),
  });

const cases = countCases({
  fr: ['0 citation · 0 thème', '1 citation · 1 thème', '2 citations · 2 thèmes'],
  en: ['0 quotes · 0 themes', '1 quote · 1 theme', '2 quotes · 2 themes'],
});

describe('a proposal card’s links agree with their numbers', () => {
  it.each(cases)('in an export picture (%s, %i)', (lang, n, line) => {
    expect(pictureLines(n, n, lang)).toContain(line);
  });

  it.each(cases)('on the board (%s, %i)', (lang, n, line) => {
    expect(boardLine(n, n, lang)).toBe(line);
  });

  it('each number picks its own form, the same on the board and in the picture', () => {
    expect(pictureLines(3, 1, 'fr')).toContain('3 citations · 1 thème');
    expect(boardLine(3, 1, 'fr')).toBe('3 citations · 1 thème');
    expect(pictureLines(1, 0, 'en')).toContain('1 quote · 0 themes');
    expect(boardLine(1, 0, 'en')).toBe('1 quote · 0 themes');
  });
});

describe('the panels’ counts agree with their numbers', () => {
  const t = (key: string, lng: 'fr' | 'en', options: Record<string, number>): string => i18n.t(key as 'residency.proposal.linked', { lng, ...options });

  it.each(countCases({
    fr: [['0 lien ajouté.', 'Préparation de 0 image…'], ['1 lien ajouté.', 'Préparation de 1 image…'], ['2 liens ajoutés.', 'Préparation de 2 images…']],
    en: [['0 links added.', 'Preparing 0 pictures…'], ['1 link added.', 'Preparing 1 picture…'], ['2 links added.', 'Preparing 2 pictures…']],
  }))('links added, pictures being prepared (%s, %i)', (lng, count, linked, preparing) => {
    expect(t('residency.proposal.linked', lng, { count })).toBe(linked);
    expect(t('residency.image.preparing', lng, { count })).toBe(preparing);
  });

  it.each(countCases({
    fr: [
      'Cette citation figure 0 fois sur le tableau et fonde 0 proposition. La supprimer, avec ces liens ?',
      'Cette citation figure 1 fois sur le tableau et fonde 1 proposition. La supprimer, avec ces liens ?',
      'Cette citation figure 2 fois sur le tableau et fonde 2 propositions. La supprimer, avec ces liens ?',
    ],
    en: [
      'This quote is on the board 0 times and grounds 0 proposals. Delete it and those links?',
      'This quote is on the board once and grounds 1 proposal. Delete it and those links?',
      'This quote is on the board 2 times and grounds 2 proposals. Delete it and those links?',
    ],
  }))('deleting a used quote (%s, %i)', (lng, n, text) => {
    expect(t('residency.panel.confirmDeleteUsed', lng, { cards: n, proposals: n })).toBe(text);
  });

  it('deleting a used quote: each number picks its own form', () => {
    expect(t('residency.panel.confirmDeleteUsed', 'fr', { cards: 3, proposals: 1 })).toBe('Cette citation figure 3 fois sur le tableau et fonde 1 proposition. La supprimer, avec ces liens ?');
    expect(t('residency.panel.confirmDeleteUsed', 'en', { cards: 1, proposals: 2 })).toBe('This quote is on the board once and grounds 2 proposals. Delete it and those links?');
  });

  it.each(countCases({
    from: 1,
    fr: [
      'Cet entretien compte 1 citation ; si elle est utilisée, elle quittera le tableau et les propositions. Le supprimer ?',
      'Cet entretien compte 2 citations ; celles qui sont utilisées quitteront le tableau et les propositions. Le supprimer ?',
    ],
    en: [
      'This interview has 1 quote; if it is used, it will leave the board and the proposals. Delete it?',
      'This interview has 2 quotes; used ones will leave the board and the proposals. Delete it?',
    ],
  }))('deleting an interview that has quotes (%s, %i; asked only from 1 quote on)', (lng, count, text) => {
    expect(t('residency.panel.confirmDeleteInterview', lng, { count })).toBe(text);
  });

  it.each(countCases({
    from: 1,
    fr: ['1 texte trop long, coupé', '2 textes trop longs, coupés'],
    en: ['1 text too long, cut', '2 texts too long, cut'],
  }))('what an imported canvas left out (%s, %i)', (lng, count, text) => {
    expect(t('exportUi.importWarning.text-cut', lng, { count })).toBe(text);
  });
});
