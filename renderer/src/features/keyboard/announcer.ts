import { createStore } from '../../store';

/** Shortest time between two things the live region says: a burst of changes is said once, its last word. */
export const ANNOUNCE_GAP_MS = 700;

export interface Announcement {
  text: string;
  /** Counts announcements, so the same words said twice are heard twice. */
  seq: number;
}

const store = createStore<Announcement>({ text: '', seq: 0 });
let pending: string | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let lastAt = -Infinity;

function flush(): void {
  timer = null;
  if (pending === null) return;
  const text = pending;
  pending = null;
  lastAt = Date.now();
  store.set((prev) => ({ text, seq: prev.seq + 1 }));
}

/**
 * Gives words to the page's polite live region (LiveRegion.tsx). Throttled: within ANNOUNCE_GAP_MS
 * of the last one, only the newest waiting words are said, so a drag, a held key or others'
 * edits never flood a screen reader.
 */
export function announce(text: string): void {
  if (!text) return;
  pending = text;
  if (timer !== null) return;
  const wait = Math.max(0, lastAt + ANNOUNCE_GAP_MS - Date.now());
  timer = setTimeout(flush, wait);
}

export const announcements = { get: store.get, subscribe: store.subscribe };
