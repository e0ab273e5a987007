import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { LOCAL_ORIGIN } from '@shared/board/doc';
import { anonymisedDoc } from '@shared/export/anonymised-doc';
import { readExportModel } from '@shared/export/export-model';
import { guessLang, projectLang } from '@shared/export/project-lang';
import { reportMarkdown } from '@shared/export/report-markdown';
import { newBoardDoc } from '@shared/project-file/build';
import { readProjectLang, writeProjectLang } from '@shared/records/meta';

const board = (...notes: string[]) => {
  const doc = newBoardDoc('R', '2026-11-01T00:00:00.000Z');
  notes.forEach((text, i) => createItem(doc, { kind: 'note', x: i * 300, y: 0, w: 220, h: 160, text, color: 'yellow' }));
  return doc;
};

describe('the project’s language', () => {
  it('is the one the project stores, whatever its words say', () => {
    const doc = board('The people we met did not want to be seen at the social grocery.');
    expect(projectLang(doc)).toBe('en');
    doc.transact(() => writeProjectLang(doc, 'fr'), LOCAL_ORIGIN);
    expect(readProjectLang(doc)).toBe('fr');
    expect(projectLang(doc)).toBe('fr');
  });

  it('without a stored one (an older file), is the language of its words; French when they say nothing', () => {
    expect(projectLang(board('Les gens entrent pour un meuble et finissent par nous parler de leur loyer.'))).toBe('fr');
    expect(projectLang(board('People come in for a chair and end up telling us about their rent.'))).toBe('en');
    expect(projectLang(board())).toBe('fr');
    expect(guessLang(['Thème 1', 'Immersion'])).toBe('fr');
    expect(guessLang(['42', '—'])).toBeNull();
  });

  it('decides the report’s words, and stays with the project in its anonymised copy', () => {
    const doc = board('Une note');
    doc.transact(() => writeProjectLang(doc, 'en'), LOCAL_ORIGIN);
    expect(readProjectLang(anonymisedDoc(doc, 'en'))).toBe('en');
    const report = reportMarkdown(readExportModel(doc, { anonymised: true, lang: projectLang(doc) }));
    expect(report).toContain('Anonymised');
  });
});
