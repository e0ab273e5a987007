import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems } from '@shared/board/commands';
import { LOCAL_ORIGIN, readItems } from '@shared/board/doc';
import { intersects } from '@shared/board/geometry';
import type { BoardSpace } from '@shared/board/placement';
import type { ItemRecord } from '@shared/board/records';
import { readExportModel } from '@shared/export/export-model';
import { reportMarkdown } from '@shared/export/report-markdown';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, addQuote } from '@shared/residency/commands';
import { allThemeCounts } from '@shared/residency/trace';
import { placeUnsortedQuote, UNSORTED_HEADING_ID } from '@shared/residency/unsorted';

const TITLE = 'Citations à trier';

/** The board as placement asks it (a walk here; the page asks its spatial index). */
const spaceOf = (doc: Y.Doc): BoardSpace => ({
  overlaps: (box) => readItems(doc).some((i) => intersects(i, box)),
  bounds: () => null,
});

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${String(r.error)}`);
  return r.value;
};

/** A board with a theme holding one quote, and two more quotes of people who agreed to be quoted. */
function board() {
  const doc = newBoardDoc('Résidence', '2026-11-01T00:00:00.000Z');
  const nadia = addInterview(doc, { pseudonym: 'Nadia', consent: 'quote', role: 'user', ageBand: '26-40', place: 'Le Grenier', date: '2025-03-04' });
  const theo = addInterview(doc, { pseudonym: 'Théo', consent: 'anonymous', role: 'volunteer', ageBand: '18-25', place: 'Le Grenier', date: '2025-03-05' });
  const rosalie = addInterview(doc, { pseudonym: 'Rosalie', consent: 'none', role: 'user', ageBand: '26-40', place: 'La mairie', date: '2025-03-06' });
  const theme = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 900, h: 640, title: 'Thème 1 · Le poids des étiquettes' });
  const inTheme = must(addQuote(doc, nadia, 'On lit sur mon front que je suis dans la dèche.'));
  createItem(doc, { kind: 'quote', quoteId: inTheme, x: 100, y: 100 });
  const first = must(addQuote(doc, nadia, 'Ici je viens chiner comme tout le monde.'));
  const second = must(addQuote(doc, theo, 'Si c’est écrit « social » sur la porte, mes potes entreront pas.'));
  const refused = must(addQuote(doc, rosalie, 'Au guichet on m’a parlé comme à un enfant.'));
  return { doc, theme, first, second, refused };
}

const item = (doc: Y.Doc, id: string): ItemRecord => readItems(doc).find((i) => i.id === id)!;
/** The view centred on the theme: where "Place on the board" used to drop the card, inside it. */
const ON_THE_THEME = { x: 450, y: 320 };

describe('a quote placed from the interviews panel', () => {
  it('goes to a "to sort" area made beside the theme, never into it: no theme count changes', () => {
    const { doc, first, second } = board();
    const before = allThemeCounts(doc);
    const a = must(placeUnsortedQuote(doc, first, { near: ON_THE_THEME, space: spaceOf(doc), title: TITLE }));
    const b = must(placeUnsortedQuote(doc, second, { near: ON_THE_THEME, space: spaceOf(doc), title: TITLE }));
    expect(allThemeCounts(doc)).toEqual(before);
    expect([item(doc, a).parentId, item(doc, b).parentId]).toEqual([null, null]);
    // One heading, in the project's words, and the two cards under it, side by side.
    const heading = item(doc, UNSORTED_HEADING_ID);
    expect(heading).toMatchObject({ kind: 'text', text: TITLE, parentId: null });
    expect(readItems(doc).filter((i) => i.kind === 'text')).toHaveLength(1);
    const [ca, cb] = [item(doc, a), item(doc, b)];
    expect(ca.y).toBe(cb.y);
    expect(cb.x).toBeGreaterThan(ca.x + ca.w);
    expect(ca.y).toBeGreaterThan(heading.y + heading.h);
    // Nothing covers anything: not the theme, not its card, not each other.
    const all = readItems(doc);
    for (const placed of [heading, ca, cb]) expect(all.filter((o) => o.id !== placed.id && intersects(o, placed)).map((o) => o.id)).toEqual([]);
  });

  it('the area is no theme: the report lists its quotes outside the themes, and no theme named after it', () => {
    const { doc, first } = board();
    must(placeUnsortedQuote(doc, first, { near: ON_THE_THEME, space: spaceOf(doc), title: TITLE }));
    const model = readExportModel(doc, { anonymised: false, lang: 'fr' });
    expect(model.themes.map((t) => t.title)).toEqual(['Thème 1 · Le poids des étiquettes']);
    expect(model.themes[0]!.counts.quotes).toBe(1);
    const md = reportMarkdown(model);
    expect(md.split('\n').filter((l) => l.startsWith('#')).join('\n')).not.toContain(TITLE);
    expect(md).toContain('Ici je viens chiner comme tout le monde.');
  });

  it('fills the area row by row, skipping a spot someone took, and makes it again once deleted', () => {
    const { doc, first, second } = board();
    const where = { near: { x: 3000, y: 3000 }, space: spaceOf(doc), title: TITLE };
    const a = must(placeUnsortedQuote(doc, first, where));
    const heading = item(doc, UNSORTED_HEADING_ID);
    // Empty board there: the area starts where asked.
    expect(Math.abs(heading.x + heading.w / 2 - 3000)).toBeLessThan(2);
    // A note dropped in the next cell (the end of the first row): the next quote starts the second row.
    const cardA = item(doc, a);
    createItem(doc, { kind: 'note', x: cardA.x + cardA.w + 60, y: cardA.y });
    const b = must(placeUnsortedQuote(doc, second, where));
    expect(item(doc, b).x).toBe(cardA.x);
    expect(item(doc, b).y).toBeGreaterThan(cardA.y + cardA.h);
    expect(readItems(doc).filter((o) => o.id !== b && intersects(o, item(doc, b)))).toEqual([]);
    // The heading deleted: the next placement makes the area again, near where it is asked for.
    deleteItems(doc, [UNSORTED_HEADING_ID]);
    must(placeUnsortedQuote(doc, first, { ...where, near: { x: -4000, y: 0 } }));
    expect(item(doc, UNSORTED_HEADING_ID)).toMatchObject({ text: TITLE });
    expect(item(doc, UNSORTED_HEADING_ID).x).toBeLessThan(0);
  });

  it('one undo takes the card and the heading that came with it; a refused quote makes nothing', () => {
    const { doc, first, refused } = board();
    const undo = new Y.UndoManager(doc.getMap('items'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    const count = readItems(doc).length;
    expect(placeUnsortedQuote(doc, refused, { near: ON_THE_THEME, space: spaceOf(doc), title: TITLE })).toEqual({ ok: false, error: 'not-to-be-quoted' });
    expect(readItems(doc)).toHaveLength(count);
    undo.clear();
    must(placeUnsortedQuote(doc, first, { near: ON_THE_THEME, space: spaceOf(doc), title: TITLE }));
    expect(readItems(doc)).toHaveLength(count + 2);
    undo.undo();
    expect(readItems(doc)).toHaveLength(count);
  });
});

