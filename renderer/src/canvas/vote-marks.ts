import { useCallback, useSyncExternalStore } from 'react';
import { createStore } from '../store';

type Counts = Readonly<Record<string, number>>;

interface Marks {
  /** My own dots (card id → dots) while a vote runs; null: no vote on this page. */
  mine: Counts | null;
  /** The revealed totals; null before the reveal. */
  totals: Counts | null;
}

/**
 * What a dot vote draws on the cards (`editor.voteMarks`): my own dots, and after the reveal the
 * totals. Kept apart from the board so each card on screen listens to "how many on me?" alone:
 * a cast redraws the cards whose numbers changed, nothing proportional to the board.
 */
export class VoteMarkStore {
  private readonly store = createStore<Marks>({ mine: null, totals: null });

  set(mine: Counts | null, totals: Counts | null): void {
    const now = this.store.get();
    if (now.mine !== mine || now.totals !== totals) this.store.set({ mine, totals });
  }

  /** Whether anything is drawn at all (no vote: the canvas adds no node per card). */
  readonly active = (): boolean => {
    const { mine, totals } = this.store.get();
    return mine !== null || totals !== null;
  };

  mineOf(id: string): number {
    return this.store.get().mine?.[id] ?? 0;
  }

  /** -1 before the reveal (a number, so a card's snapshot compares as a primitive). */
  totalOf(id: string): number {
    const totals = this.store.get().totals;
    return totals ? (totals[id] ?? 0) : -1;
  }

  readonly subscribe = (l: () => void): (() => void) => this.store.subscribe(l);
}

export function useVoteMark(store: VoteMarkStore, id: string): { mine: number; total: number } {
  const mine = useSyncExternalStore(store.subscribe, useCallback(() => store.mineOf(id), [store, id]));
  const total = useSyncExternalStore(store.subscribe, useCallback(() => store.totalOf(id), [store, id]));
  return { mine, total };
}
