import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { madeByOf } from '@shared/board/authorship';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import { askReveal, HELD_MAP, writeDayRound, type HeldCard } from '@shared/day/day-round';
import { HeldCards } from '../../../electron/host/room/held-cards';
import { hostWriter } from './host-writer';

/** A project with a frame and a round open on it, seen by the HOST through a writer that counts its writes. */
function project(anonymous: boolean): { doc: Y.Doc; frame: string; writes: () => number; held: HeldCards } {
  const doc = new Y.Doc();
  const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 1000, h: 800, title: 'Ideas' });
  writeDayRound(doc, { id: 'r1', frame, anonymous, state: 'writing' });
  const writer = hostWriter(doc);
  let writes = 0;
  const held = new HeldCards({ doc, write: (change) => (writes++, writer.write(change)) });
  return { doc, frame, writes: () => writes, held };
}

const card = (id: string): HeldCard => ({ id, x: 100, y: 100, w: 200, h: 150, text: `words of ${id}`, color: 'yellow' });
const ann = { id: 'person-ann', name: 'Ann' };
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe("the HOST's keeper of held cards", () => {
  it('reveals every held card itself once a facilitator flips the round, named as chosen', async () => {
    const { doc, frame, held } = project(false);
    expect(held.put('ann', ann, 'r1', card('note:a'))).toBeNull();
    expect(held.put('bob', null, 'r1', card('note:b'))).toBeNull();
    askReveal(doc);
    await tick();
    expect(readItem(itemsOf(doc).get('note:a'))).toMatchObject({ kind: 'note', text: 'words of note:a', parentId: frame });
    expect(itemsOf(doc).has('note:b')).toBe(true);
    expect(madeByOf(doc).get('note:a')).toBe('person-ann');
    expect(doc.getMap(HELD_MAP).size).toBe(0);
    held.destroy();
  });

  it('leaves an anonymous round’s cards without an author', async () => {
    const { doc, held } = project(true);
    held.put('ann', ann, 'r1', card('note:a'));
    askReveal(doc);
    await tick();
    expect(itemsOf(doc).has('note:a')).toBe(true);
    expect(madeByOf(doc).has('note:a')).toBe(false);
    held.destroy();
  });

  it('refuses a card that arrives after the flip, before or after the reveal: nothing stays in `held`', async () => {
    const { doc, held } = project(false);
    held.put('ann', ann, 'r1', card('note:a'));
    askReveal(doc);
    // The flip is in; the reveal runs a moment later: a card sent in between is not kept.
    expect(held.put('bob', null, 'r1', card('note:late'))).toMatch(/not open/);
    await tick();
    expect(held.put('bob', null, 'r1', card('note:later'))).toMatch(/not open/);
    expect(held.drop('ann', 'r1', 'note:a')).toMatch(/not open/);
    expect(doc.getMap(HELD_MAP).size).toBe(0);
    expect(itemsOf(doc).has('note:a')).toBe(true);
    expect(itemsOf(doc).has('note:late')).toBe(false);
    held.destroy();
  });

  it('does a reveal asked while no room was open as the room opens', () => {
    const { doc, held } = project(false);
    held.put('ann', ann, 'r1', card('note:a'));
    held.destroy();
    askReveal(doc);
    const reopened = new HeldCards(hostWriter(doc));
    expect(itemsOf(doc).has('note:a')).toBe(true);
    expect(doc.getMap(HELD_MAP).size).toBe(0);
    reopened.destroy();
  });

  it('writes the project only through the board’s HOST write: each card, each drop, and the reveal once', async () => {
    const { doc, writes, held } = project(false);
    const before = writes();
    held.put('ann', ann, 'r1', card('note:a'));
    held.put('ann', ann, 'r1', card('note:b'));
    held.drop('ann', 'r1', 'note:b');
    expect(writes() - before).toBe(3);
    let transactions = 0;
    doc.on('afterTransaction', (tr: Y.Transaction) => void (tr.origin === 'host' && transactions++));
    askReveal(doc);
    await tick();
    expect(writes() - before).toBe(4);
    expect(transactions).toBe(1);
    held.destroy();
  });
});
