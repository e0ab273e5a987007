import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { HELD_MAP, heldCount, readDayRound, type DayRound, type HeldCard } from '@shared/day/day-round';
import type { RoomConnection } from '../room/join-room';
import { DAY_MAP } from '@shared/day/day-timer';

/** The private round the doc holds, kept current by watching the `day` map alone (not every edit of the board). */
export function useDayRound(doc: Y.Doc): DayRound | null {
  const [round, setRound] = useState(() => readDayRound(doc));
  useEffect(() => {
    const day = doc.getMap(DAY_MAP);
    const read = (): void => setRound((old) => {
      const next = readDayRound(doc);
      return JSON.stringify(next) === JSON.stringify(old) ? old : next;
    });
    read();
    day.observe(read);
    return () => day.unobserve(read);
  }, [doc]);
  return round;
}

/** "N cards written by M people" in a round, for the facilitators' page (whose doc has the held map). */
export function useHeldCount(doc: Y.Doc, roundId: string | null): { cards: number; people: number } {
  const [count, setCount] = useState({ cards: 0, people: 0 });
  useEffect(() => {
    if (roundId === null) return setCount({ cards: 0, people: 0 });
    const held = doc.getMap(HELD_MAP);
    const read = (): void => setCount(heldCount(doc, roundId));
    read();
    held.observe(read);
    return () => held.unobserve(read);
  }, [doc, roundId]);
  return count;
}

type MyHeld = ReturnType<RoomConnection['held']['mine']>;

/**
 * Calls `onCards` with my held cards of round `roundId` each time the HOST's `my-held` answer
 * changes, and only then: the connection tells of every change (clock answers, my votes, the
 * roster), and redrawing from an old answer would hide a card I just wrote until the next one.
 * `seen`: the answer already drawn. Returns the unsubscribe.
 */
export function onMyHeld(connection: Pick<RoomConnection, 'subscribe' | 'held'>, roundId: string, seen: MyHeld, onCards: (cards: HeldCard[]) => void): () => void {
  let last = seen;
  const read = (): void => {
    const mine = connection.held.mine();
    if (mine === last) return;
    last = mine;
    if (mine.round === roundId) onCards(mine.cards);
  };
  read();
  return connection.subscribe(read);
}
