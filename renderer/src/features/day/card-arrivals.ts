import type * as Y from 'yjs';
import { itemsOf } from '@shared/board/doc';

/**
 * A transaction that adds more cards than this is the board arriving whole (a co-facilitator's
 * page syncing) or a big import, not a table at work: it is not counted.
 */
const BULK = 500;

/**
 * When this page saw each new card arrive in a frame, so the tables' overview can say how many
 * cards a table added lately. Records carry no creation time, and a page's clock is its own: the
 * page counts what it saw, from when it opened the board. Each transaction costs the cards it
 * added (never a walk over the board); the log holds only the cards of the counted window.
 */
export class CardArrivals {
  /** When this page started counting. */
  readonly since: number;
  /** Arrival times (ascending) per frame id. */
  private readonly byFrame = new Map<string, number[]>();
  private readonly items: Y.Map<unknown>;
  private readonly listeners = new Set<() => void>();
  private readonly observer = (event: Y.YMapEvent<unknown>): void => this.onEvent(event);

  constructor(
    doc: Y.Doc,
    /** How far back counts may look; older arrivals are forgotten. */
    private readonly keepMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.since = now();
    this.items = itemsOf(doc) as Y.Map<unknown>;
    this.items.observe(this.observer);
  }

  dispose(): void {
    this.items.unobserve(this.observer);
    this.listeners.clear();
  }

  /** Cards that arrived in `frame` in the last `windowMs` (at most `keepMs`). */
  count(frame: string, windowMs: number): number {
    const times = this.byFrame.get(frame);
    if (!times) return 0;
    const from = this.now() - Math.min(windowMs, this.keepMs);
    let n = 0;
    for (let i = times.length - 1; i >= 0 && times[i]! > from; i--) n++;
    return n;
  }

  /** Told each time cards arrive in a frame. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onEvent(event: Y.YMapEvent<unknown>): void {
    const added: string[] = [];
    for (const [id, change] of event.changes.keys) if (change.action === 'add') added.push(id);
    if (added.length === 0 || added.length > BULK) return;
    const at = this.now();
    let seen = false;
    for (const id of added) {
      const record = this.items.get(id) as Y.Map<unknown> | undefined;
      const frame = typeof record?.get === 'function' ? record.get('parentId') : null;
      if (typeof frame !== 'string') continue;
      const times = this.byFrame.get(frame) ?? [];
      // Forget what is past the window, so the log never grows with the day.
      while (times.length > 0 && times[0]! <= at - this.keepMs) times.shift();
      times.push(at);
      this.byFrame.set(frame, times);
      seen = true;
    }
    if (seen) for (const l of this.listeners) l();
  }
}
