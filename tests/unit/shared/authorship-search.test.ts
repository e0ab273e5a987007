import { describe, expect, it } from 'vitest';
import { installAuthorship, recordsMadeBy } from '@shared/board/authorship';
import { createItem } from '@shared/board/commands';
import { LOCAL_ORIGIN, readItems } from '@shared/board/doc';
import { newBoardDoc } from '@shared/project-file/build';
import { filterItems } from '@shared/residency/search';

const NO_DATA = { interviews: new Map(), quotes: new Map(), tags: new Map() };

describe('search filtered by author', () => {
  it('keeps the cards one person made, with or without words, in reading order', () => {
    const doc = newBoardDoc('R', '2026-11-01T00:00:00.000Z');
    let me = { id: 'p-awa', name: 'Awa', color: '#d1495b' };
    installAuthorship(doc, LOCAL_ORIGIN, () => me);
    const a1 = createItem(doc, { kind: 'note', x: 0, y: 300, text: 'vélo le jeudi' });
    const a2 = createItem(doc, { kind: 'note', x: 0, y: 0, text: 'jardin' });
    me = { id: 'p-basile', name: 'Basile', color: '#3066be' };
    const b1 = createItem(doc, { kind: 'note', x: 0, y: 100, text: 'vélo cargo' });
    const items = readItems(doc);
    const awa = recordsMadeBy(doc, 'p-awa', items.map((i) => i.id));

    expect(filterItems(items, '', NO_DATA, awa).map((i) => i.id)).toEqual([a2, a1]);
    expect(filterItems(items, 'velo', NO_DATA, awa).map((i) => i.id)).toEqual([a1]);
    expect(filterItems(items, 'velo', NO_DATA, null).map((i) => i.id)).toEqual([b1, a1]);
    expect(filterItems(items, '', NO_DATA, null)).toEqual([]);
    expect(filterItems(items, '', NO_DATA, new Set())).toEqual([]);
  });
});
