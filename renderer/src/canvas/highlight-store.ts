import { useCallback, useSyncExternalStore } from 'react';

/** How the search shows a card: as usual (no search), a match, the match jumped to, or dimmed. */
export type Highlight = 'normal' | 'match' | 'current' | 'dim';

/**
 * The search's matches, apart from the residency data so that each card listens only to
 * "am I a match?" and redraws only when that answer changes.
 */
class HighlightStore {
  private matches: ReadonlySet<string> | null = null;
  private current: string | null = null;
  private readonly listeners = new Set<() => void>();

  set(matches: ReadonlySet<string> | null, current: string | null): void {
    this.matches = matches;
    this.current = current;
    for (const l of [...this.listeners]) l();
  }

  of(id: string): Highlight {
    if (!this.matches) return 'normal';
    if (id === this.current) return 'current';
    return this.matches.has(id) ? 'match' : 'dim';
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
}

export const highlightStore = new HighlightStore();

export function useHighlight(id: string): Highlight {
  const get = useCallback(() => highlightStore.of(id), [id]);
  return useSyncExternalStore(highlightStore.subscribe, get);
}

export const DIM_OPACITY = 0.18;
export const MATCH_COLOR = '#ff9800';
