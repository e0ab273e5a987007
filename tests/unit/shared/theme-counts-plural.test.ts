import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { readExportModel } from '@shared/export/export-model';
import { themeCountsLine } from '@shared/export/messages';
import { reportMarkdown } from '@shared/export/report-markdown';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, placeQuote, quoteFromTranscript } from '@shared/residency/commands';
import { countCases } from './count-cases';

const counts = (n: number) => ({ quotes: n, interviews: n, profiles: n });

describe('a theme’s counts agree with their numbers', () => {
  it.each(countCases({
    fr: ['0 citation issue de 0 entretien, 0 profil distinct', '1 citation issue de 1 entretien, 1 profil distinct', '2 citations issues de 2 entretiens, 2 profils distincts'],
    en: ['0 quotes from 0 interviews, 0 distinct profiles', '1 quote from 1 interview, 1 distinct profile', '2 quotes from 2 interviews, 2 distinct profiles'],
  }))('in exports (%s, %i)', (lang, n, text) => {
    expect(themeCountsLine(counts(n), lang)).toBe(text);
  });

  it('in exports, each number picks its own form', () => {
    expect(themeCountsLine({ quotes: 3, interviews: 1, profiles: 1 }, 'fr')).toBe('3 citations issues de 1 entretien, 1 profil distinct');
    expect(themeCountsLine({ quotes: 1, interviews: 1, profiles: 2 }, 'en')).toBe('1 quote from 1 interview, 2 distinct profiles');
  });

  it('in a report of a theme holding one quote', () => {
    const doc = newBoardDoc('Résidence', '2026-11-01T00:00:00.000Z');
    const interview = addInterview(doc, { date: '2025-03-04', place: 'Le Grenier', kind: 'one-to-one', role: 'user', ageBand: '26-40', consent: 'quote', transcript: 'Ici je viens chiner comme tout le monde.' });
    const quote = quoteFromTranscript(doc, interview, 0, 22);
    if (!quote.ok) throw new Error(String(quote.error));
    createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'Chiner' });
    if (!placeQuote(doc, quote.value, 200, 200).ok) throw new Error('not placed');
    expect(reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'fr' }))).toContain('_1 citation issue de 1 entretien, 1 profil distinct_');
    expect(reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'en' }))).toContain('_1 quote from 1 interview, 1 distinct profile_');
  });

  it('on the board: the same sentence, each number picking its own form', () => {
    expect(themeCountsLine({ quotes: 4, interviews: 1, profiles: 0 }, 'fr')).toBe('4 citations issues de 1 entretien, 0 profil distinct');
    expect(themeCountsLine({ quotes: 1, interviews: 2, profiles: 1 }, 'en')).toBe('1 quote from 2 interviews, 1 distinct profile');
  });
});
