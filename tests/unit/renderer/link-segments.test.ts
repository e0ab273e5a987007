import { describe, expect, it } from 'vitest';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import type { ItemRecord } from '@shared/board/records';
import { linkQuote, setProposalBody, unlink } from '@shared/residency/commands';
import { ItemIndex } from '../../../renderer/src/canvas/item-index';
import { LinkModel } from '../../../renderer/src/canvas/links/link-model';
import { LinkCuller, LinkSet, linkSegments, type LinkRecords } from '../../../renderer/src/canvas/links/link-segments';
import { generateBoard } from '../../bench/generate-board';

const recordsOf = (items: ItemRecord[]): LinkRecords => {
  const byId = new Map(items.map((i) => [i.id, i]));
  return { get: (id) => byId.get(id), all: () => byId.values() };
};
const card = (id: string, x: number, y: number): ItemRecord => ({ id, kind: 'note', x, y, w: 100, h: 100, z: 1, parentId: null, text: '', color: 'yellow' });
const proposal = (id: string, x: number, y: number, quotes: string[], themes: string[] = []): ItemRecord => ({
  id,
  kind: 'proposal',
  x,
  y,
  w: 100,
  h: 100,
  z: 1,
  parentId: null,
  title: '',
  body: '',
  quoteLinks: Object.fromEntries(quotes.map((q) => [q, true as const])),
  themeLinks: Object.fromEntries(themes.map((t) => [t, true as const])),
});
const quoteCard = (id: string, quoteId: string, x: number, y: number): ItemRecord => ({ id, kind: 'quote', quoteId, x, y, w: 100, h: 100, z: 1, parentId: null });

describe('the links as segments', () => {
  it('joins a proposal to every card of its quotes and to its theme, an experiment to its proposal', () => {
    const items: ItemRecord[] = [
      proposal('p', 0, 0, ['q1', 'q-gone'], ['f']),
      quoteCard('c1', 'q1', 1000, 0),
      quoteCard('c2', 'q1', 0, 1000),
      { id: 'f', kind: 'frame', x: -500, y: -500, w: 2000, h: 2000, z: 0, parentId: null, title: '', color: 'grey' },
      { ...card('e', 3000, 0), kind: 'experiment', title: '', hypothesis: '', place: '', partners: '', tested: '', indicator: '', startDate: '', endDate: '', status: 'idea', proposalId: 'p' } as ItemRecord,
      card('n', 5000, 5000),
    ];
    const segs = linkSegments(recordsOf(items));
    expect(segs.map((s) => `${s.key}:${s.kind}`).sort()).toEqual(['e>p:proposal', 'p>c1:quote', 'p>c2:quote', 'p>f:theme']);
    // From edge to edge, not centre to centre (link-route.ts), its box holding the whole curve.
    const toC1 = segs.find((s) => s.to === 'c1')!;
    expect([toC1.x1, toC1.y1, toC1.x2, toC1.y2]).toEqual([100, 50, 1000, 50]);
    expect([toC1.minX, toC1.maxX]).toEqual([100, 1000]);
    // A theme link ends at the frame's top edge, where its title is, not its centre.
    const toFrame = segs.find((s) => s.to === 'f')!;
    expect([toFrame.x2, toFrame.y2]).toEqual([50, -500]);
    expect(toFrame.minY).toBeLessThan(-500);
  });

  it('culling keeps the links that cross the screen, even with both ends off it, and leaves out the others', () => {
    // Four proposals, each linked to one quote card; the screen is the box (0, 0)–(1000, 800).
    const items: ItemRecord[] = [
      proposal('on', 100, 100, ['a']),
      quoteCard('ca', 'a', 600, 400),
      proposal('across', -2000, 300, ['b']),
      quoteCard('cb', 'b', 3000, 300),
      proposal('far', 10_000, 10_000, ['c']),
      quoteCard('cc', 'c', 12_000, 10_000),
      proposal('near', 1100, 100, ['d']),
      quoteCard('cd', 'd', 1400, 100),
    ];
    const links = new LinkSet();
    links.rebuild(recordsOf(items));
    const culler = new LinkCuller(links, 100);
    const view = { x: 0, y: 0, w: 1000, h: 800 };
    const shown = culler.visible(view, 1);
    expect(shown).not.toBe('too-many');
    if (shown === 'too-many') return;
    // 'near' is in the query's margin but off the screen: not drawn.
    expect(shown.segments.map((s) => s.from).sort()).toEqual(['across', 'on']);

    // Panned right by 500: 'near' comes in, 'on' is still there.
    const panned = culler.visible({ ...view, x: 500 }, 1);
    if (panned === 'too-many') throw new Error('unexpected');
    expect(panned.segments.map((s) => s.from).sort()).toEqual(['across', 'near', 'on']);
    // Far away: only 'far'.
    const away = culler.visible({ x: 10_500, y: 9_800, w: 1000, h: 800 }, 1);
    if (away === 'too-many') throw new Error('unexpected');
    expect(away.segments.map((s) => s.from)).toEqual(['far']);
  });

  it('says "too many" when more links than its cap are near the screen', () => {
    const items: ItemRecord[] = [];
    for (let i = 0; i < 50; i++) items.push(proposal(`p${i}`, i * 10, 0, [`q${i}`]), quoteCard(`c${i}`, `q${i}`, i * 10, 300));
    const links = new LinkSet();
    links.rebuild(recordsOf(items));
    expect(new LinkCuller(links, 49).visible({ x: 0, y: 0, w: 1000, h: 800 }, 1)).toBe('too-many');
    const under = new LinkCuller(links, 50).visible({ x: 0, y: 0, w: 1000, h: 800 }, 1);
    expect(under === 'too-many' ? -1 : under.segments.length).toBe(50);
  });
});

describe('the link model, following the doc', () => {
  it('moves only the segments of moved cards, ignores cards without links and text typed, and walks the board again when links change', () => {
    const doc = generateBoard(202);
    const index = new ItemIndex(doc);
    const model = new LinkModel(doc, index);
    let calls = 0;
    model.onChange(() => calls++);
    expect(model.refresh()).toBe(true);
    expect(model.links.size).toBe(54);
    const culler = new LinkCuller(model.links, 1000);
    const view = { x: 0, y: 0, w: 2600, h: 2200 };
    const before = culler.visible(view, 0.5);
    if (before === 'too-many') throw new Error('unexpected');
    expect(before.segments).toHaveLength(27);

    // A note with no link moves: noted, but no segment changes.
    moveItems(doc, ['note:gen-0-0'], 10, 10);
    expect(calls).toBe(1);
    const version = model.links.version;
    expect(model.refresh()).toBe(false);
    expect(model.links.version).toBe(version);

    // A linked quote card moves far down: its segments follow, and the culler sees them where they now are.
    const quoteCardId = 'quote:gen-0-1';
    const seg = () => model.links.all().find((s) => s.to === quoteCardId)!;
    const shownIn = (y: number): boolean => {
      const r = culler.visible({ x: 0, y, w: 2600, h: 2200 }, 0.5);
      if (r === 'too-many') throw new Error('unexpected');
      return r.segments.some((s) => s.to === quoteCardId);
    };
    expect(shownIn(50_000)).toBe(false);
    moveItems(doc, [quoteCardId], 0, 50_000);
    expect(model.refresh()).toBe(true);
    // Its end is on the moved card's top edge now (the proposal is far above it).
    expect(seg().y2).toBe(index.get(quoteCardId)!.y);
    expect(seg().y2).toBeGreaterThan(50_000);
    expect(shownIn(0)).toBe(true);
    // Crossing a screen with both ends off it, at its end, and not beyond.
    expect(shownIn(25_000)).toBe(true);
    expect(shownIn(49_000)).toBe(true);
    expect(shownIn(60_000)).toBe(false);

    // Typing in a proposal's body changes no link.
    setProposalBody(doc, 'proposal:gen-0-3', 'Un autre texte');
    expect(model.stale).toBe(false);
    updateItem(doc, 'note:gen-0-2', { text: 'autre' });
    expect(model.stale).toBe(false);

    // A link undone, a link made: the list is made again.
    unlink(doc, 'proposal:gen-0-3', 'quote:rec-0-0');
    expect(model.refresh()).toBe(true);
    expect(model.links.size).toBe(53);
    expect(linkQuote(doc, 'proposal:gen-0-3', 'quote:rec-0-19').ok).toBe(true);
    model.refresh();
    expect(model.links.all().some((s) => s.key === 'proposal:gen-0-3>quote:gen-0-95')).toBe(true);

    // A card added or deleted: the same.
    const id = createItem(doc, { kind: 'quote', quoteId: 'quote:rec-0-0', x: 0, y: 0 });
    model.refresh();
    // Quote 0 is still linked by the proposal of row 2.
    expect(model.links.size).toBe(55);
    deleteItems(doc, [id]);
    model.refresh();
    expect(model.links.size).toBe(54);
    model.dispose();
    index.dispose();
  });
});
