import { describe, expect, it } from 'vitest';
import type { HeldCard } from '@shared/day/day-round';
import { onMyHeld } from '../../../renderer/src/features/day/use-day-round';

const card = (id: string): HeldCard => ({ id, x: 0, y: 0, w: 200, h: 150, text: id, color: 'yellow' });

/** A room connection as the held overlay sees it: change notices, and the HOST's last `my-held` answer. */
function connection() {
  const listeners = new Set<() => void>();
  let mine: { round: string | null; cards: HeldCard[] } = { round: 'r1', cards: [card('note:a')] };
  return {
    subscribe: (l: () => void) => (listeners.add(l), () => void listeners.delete(l)),
    held: { mine: () => mine, send: () => {} },
    notify: () => listeners.forEach((l) => l()),
    answer: (next: typeof mine) => {
      mine = next;
      listeners.forEach((l) => l());
    },
  };
}

describe('the held cards overlay', () => {
  it('redraws from a new my-held answer only, not from the room’s other news', () => {
    const c = connection();
    const drawn: string[][] = [];
    const off = onMyHeld(c, 'r1', c.held.mine(), (cards) => drawn.push(cards.map((x) => x.id)));
    // A clock answer, my votes, the roster: the same answer, so a card I just wrote stays on screen.
    c.notify();
    c.notify();
    expect(drawn).toEqual([]);
    c.answer({ round: 'r1', cards: [card('note:a'), card('note:b')] });
    expect(drawn).toEqual([['note:a', 'note:b']]);
    // An answer for another round (or none) does not wipe this round's cards.
    c.answer({ round: null, cards: [] });
    expect(drawn).toHaveLength(1);
    off();
    c.answer({ round: 'r1', cards: [] });
    expect(drawn).toHaveLength(1);
  });

  it('catches an answer that came between the first draw and the subscription', () => {
    const c = connection();
    const first = c.held.mine();
    c.answer({ round: 'r1', cards: [card('note:z')] });
    const drawn: string[][] = [];
    onMyHeld(c, 'r1', first, (cards) => drawn.push(cards.map((x) => x.id)));
    expect(drawn).toEqual([['note:z']]);
  });
});
