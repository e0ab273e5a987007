import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { createStore } from '../store';

/** How the search shows a card: as usual (no search), a match, the match jumped to, or dimmed. */
export type Highlight = 'normal' | 'match' | 'current' | 'dim';

interface Matches {
  matches: ReadonlySet<string> | null;
  current: string | null;
}

/**
 * The search's matches on one board (`editor.highlight`), apart from the residency data so that
 * each card listens only to "am I a match?" and redraws only when that answer changes.
 */
export class HighlightStore {
  private readonly store = createStore<Matches>({ matches: null, current: null });

  set(matches: ReadonlySet<string> | null, current: string | null): void {
    this.store.set({ matches, current });
  }

  of(id: string): Highlight {
    const { matches, current } = this.store.get();
    if (!matches) return 'normal';
    if (id === current) return 'current';
    return matches.has(id) ? 'match' : 'dim';
  }

  readonly subscribe = (l: () => void): (() => void) => this.store.subscribe(l);
}

/** The board's highlight store, given by the board screen (and through the Konva stage to the cards). */
export const HighlightContext = createContext<HighlightStore | null>(null);

function useHighlightStore(): HighlightStore {
  const store = useContext(HighlightContext);
  if (!store) throw new Error('useHighlight outside a board');
  return store;
}

export function useHighlight(id: string): Highlight {
  const store = useHighlightStore();
  const get = useCallback(() => store.of(id), [store, id]);
  return useSyncExternalStore(store.subscribe, get);
}

export const DIM_OPACITY = 0.18;
export const MATCH_COLOR = '#ff9800';
