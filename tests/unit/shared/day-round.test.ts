import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createdBy, madeByOf } from '@shared/board/authorship';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import {
  askReveal,
  discardRound,
  HELD_MAP,
  heldCardsOf,
  heldCardSchema,
  heldText,
  heldCount,
  heldDropRefusal,
  heldMapOf,
  heldRefusal,
  MAX_HELD_PER_PERSON,
  MAX_HELD_TEXT,
  readDayRound,
  revealHeld,
  revealWithoutRoom,
  writeDayRound,
  type HeldCard,
  type HeldEntry,
} from '@shared/day/day-round';
import { DAY_MAP } from '@shared/day/day-timer';
import { parseHostFrame } from '@shared/room/hub-frames';

/** A project with a frame at (0, 0, 1000 × 800) and a round open on it. */
function project(anonymous = false): { doc: Y.Doc; frame: string } {
  const doc = new Y.Doc();
  const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 1000, h: 800, title: 'Ideas' });
  writeDayRound(doc, { id: 'r1', frame, anonymous, state: 'writing' });
  return { doc, frame };
}

const card = (id: string, extra: Partial<HeldCard> = {}): HeldCard => ({ id, x: 100, y: 100, w: 200, h: 150, text: `words of ${id}`, color: 'yellow', ...extra });

/** What the HOST does once a card passed its checks. */
function hold(doc: Y.Doc, owner: string, person: string | null, c: HeldCard): void {
  const author = person === null ? null : { id: person, name: person.replace('person-', '') };
  expect(heldRefusal(doc, 'r1', c, owner)).toBeNull();
  heldMapOf(doc).set(c.id, { round: 'r1', owner, person: author, card: c } satisfies HeldEntry);
}

describe('the private round in the day map', () => {
  it('reads back what was written, and nothing from a malformed value', () => {
    const { doc, frame } = project();
    expect(readDayRound(doc)).toEqual({ id: 'r1', frame, anonymous: false, state: 'writing' });
    doc.getMap(DAY_MAP).set('round', { id: 'r1', frame, anonymous: 'yes', state: 'writing' });
    expect(readDayRound(doc)).toBeNull();
    doc.getMap(DAY_MAP).set('round', 42);
    expect(readDayRound(doc)).toBeNull();
    expect(readDayRound(new Y.Doc())).toBeNull();
  });
});

describe('a held card', () => {
  it('is a short note: its words at most MAX_HELD_TEXT long, without control characters', () => {
    expect(heldCardSchema.safeParse(card('note:a', { text: 'ligne 1\nligne 2\t«ok»' })).success).toBe(true);
    expect(heldCardSchema.safeParse(card('note:a', { text: 'x'.repeat(MAX_HELD_TEXT + 1) })).success).toBe(false);
    expect(heldCardSchema.safeParse(card('note:a', { text: 'bip\u0007' })).success).toBe(false);
    expect(heldCardSchema.safeParse(card('note a')).success).toBe(false);
    // What the page sends is cleaned first, so a paste never gets its author's socket dropped.
    expect(heldCardSchema.safeParse(card('note:a', { text: heldText(`bip\u0007\u001b${'x'.repeat(MAX_HELD_TEXT)}`) })).success).toBe(true);
    expect(heldText('a\u0000b\nc')).toBe('ab\nc');
  });

  it('fifty of the longest, written with the characters JSON escapes, fit one frame to the author', () => {
    const worst = Array.from({ length: MAX_HELD_PER_PERSON }, (_, i) => card(`note:${'a'.repeat(50)}${String(i).padStart(4, '0')}`, { text: '"'.repeat(MAX_HELD_TEXT) }));
    const frame = JSON.stringify({ t: 'my-held', round: 'round-0123456789', cards: worst });
    expect(parseHostFrame(frame)?.t).toBe('my-held');
  });
});

describe('the HOST holds a card only for its author, in the open round, inside the frame', () => {
  it('refuses a card outside the frame', () => {
    const { doc } = project();
    expect(heldRefusal(doc, 'r1', card('note:a', { x: 1500 }), 'ann')).toMatch(/outside/);
    expect(heldRefusal(doc, 'r1', card('note:a'), 'ann')).toBeNull();
  });

  it('refuses a card when the round is closed, revealed or another one', () => {
    const { doc, frame } = project();
    expect(heldRefusal(doc, 'r0', card('note:a'), 'ann')).toMatch(/not open/);
    writeDayRound(doc, { id: 'r1', frame, anonymous: false, state: 'revealed' });
    expect(heldRefusal(doc, 'r1', card('note:a'), 'ann')).toMatch(/not open/);
    writeDayRound(doc, null);
    expect(heldRefusal(doc, 'r1', card('note:a'), 'ann')).toMatch(/not open/);
  });

  it('refuses a card whose frame is gone', () => {
    const { doc, frame } = project();
    itemsOf(doc).delete(frame);
    expect(heldRefusal(doc, 'r1', card('note:a'), 'ann')).toMatch(/outside/);
  });

  it('refuses the card past the limit per person, not another person’s', () => {
    const { doc } = project();
    for (let i = 0; i < MAX_HELD_PER_PERSON; i++) hold(doc, 'ann', null, card(`note:a${i}`));
    expect(heldRefusal(doc, 'r1', card('note:more'), 'ann')).toMatch(/more than/);
    // Rewriting one of hers is still fine; Bob has his own allowance.
    expect(heldRefusal(doc, 'r1', card('note:a0', { text: 'new words' }), 'ann')).toBeNull();
    expect(heldRefusal(doc, 'r1', card('note:b'), 'bob')).toBeNull();
  });

  it('refuses to rewrite or delete another person’s card, or to take a board card’s id', () => {
    const { doc, frame } = project();
    hold(doc, 'ann', null, card('note:a'));
    expect(heldRefusal(doc, 'r1', card('note:a', { text: 'Bob was here' }), 'bob')).toMatch(/someone else/);
    expect(heldDropRefusal(doc, 'r1', 'note:a', 'bob')).toMatch(/someone else/);
    expect(heldDropRefusal(doc, 'r1', 'note:a', 'ann')).toBeNull();
    expect(heldRefusal(doc, 'r1', card(frame), 'ann')).toMatch(/board/);
  });

  it('tells each person their own cards only, and the facilitators how many', () => {
    const { doc } = project();
    hold(doc, 'ann', null, card('note:a1'));
    hold(doc, 'ann', null, card('note:a2'));
    hold(doc, 'bob', null, card('note:b1'));
    expect(heldCardsOf(doc, 'ann').cards.map((c) => c.id).sort()).toEqual(['note:a1', 'note:a2']);
    expect(heldCardsOf(doc, 'bob')).toEqual({ round: 'r1', cards: [card('note:b1')] });
    expect(heldCount(doc, 'r1')).toEqual({ cards: 3, people: 2 });
  });
});

describe('the reveal', () => {
  it('a facilitator asks it by flipping the round alone: the held cards stay for the HOST to move', () => {
    const { doc } = project(false);
    hold(doc, 'ann', 'person-ann', card('note:a'));
    askReveal(doc);
    expect(readDayRound(doc)?.state).toBe('revealed');
    expect(itemsOf(doc).has('note:a')).toBe(false);
    expect(doc.getMap(HELD_MAP).size).toBe(1);
  });

  it('puts every held card on the board in one transaction, made by its author when named', () => {
    const { doc, frame } = project(false);
    hold(doc, 'ann', 'person-ann', card('note:a', { x: 50, y: 60 }));
    hold(doc, 'bob', 'person-bob', card('note:b', { x: 500 }));
    askReveal(doc);
    const round = readDayRound(doc)!;
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    doc.transact(() => expect(revealHeld(doc, round)).toBe(2));
    expect(transactions).toBe(1);
    const a = readItem(itemsOf(doc).get('note:a'));
    expect(a).toMatchObject({ kind: 'note', x: 50, y: 60, text: 'words of note:a', parentId: frame });
    expect(readItem(itemsOf(doc).get('note:b'))).toMatchObject({ kind: 'note', text: 'words of note:b' });
    expect(madeByOf(doc).get('note:a')).toBe('person-ann');
    expect(madeByOf(doc).get('note:b')).toBe('person-bob');
    expect(createdBy(doc, 'note:a')?.name).toBe('ann');
    expect(doc.getMap(HELD_MAP).size).toBe(0);
    expect(readDayRound(doc)?.state).toBe('revealed');
  });

  it('stacks the revealed cards above the board, each on its own z', () => {
    const { doc } = project(true);
    const top = createItem(doc, { kind: 'note', x: 3000, y: 0, text: 'already there' });
    hold(doc, 'ann', null, card('note:a'));
    hold(doc, 'bob', null, card('note:b'));
    const z = (id: string): number => readItem(itemsOf(doc).get(id))!.z;
    revealHeld(doc, readDayRound(doc)!);
    expect(Math.min(z('note:a'), z('note:b'))).toBeGreaterThan(z(top));
    expect(z('note:a')).not.toBe(z('note:b'));
  });

  it('without a room open, the facilitator’s page reveals and flips the round in one transaction', () => {
    const { doc, frame } = project(false);
    hold(doc, 'ann', 'person-ann', card('note:a'));
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(revealWithoutRoom(doc)).toBe(1);
    expect(transactions).toBe(1);
    expect(readItem(itemsOf(doc).get('note:a'))).toMatchObject({ parentId: frame });
    expect(madeByOf(doc).get('note:a')).toBe('person-ann');
    expect(doc.getMap(HELD_MAP).size).toBe(0);
    expect(readDayRound(doc)?.state).toBe('revealed');
  });

  it('leaves an anonymous round’s cards without an author', () => {
    const { doc } = project(true);
    hold(doc, 'ann', 'person-ann', card('note:a'));
    revealHeld(doc, readDayRound(doc)!);
    expect(itemsOf(doc).has('note:a')).toBe(true);
    expect(madeByOf(doc).has('note:a')).toBe(false);
  });

  it('discarding deletes the round’s held cards and the round, and puts nothing on the board', () => {
    const { doc } = project();
    hold(doc, 'ann', null, card('note:a'));
    discardRound(doc);
    expect(doc.getMap(HELD_MAP).size).toBe(0);
    expect(itemsOf(doc).has('note:a')).toBe(false);
    expect(readDayRound(doc)).toBeNull();
  });
});
