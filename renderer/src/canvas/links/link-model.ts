import * as Y from 'yjs';
import { itemsOf } from '@shared/board/doc';
import { createStore } from '../../store';
import { LinkSet, type LinkRecords } from './link-segments';

/** Keys of a card whose change can add, remove or re-aim a link. */
const STRUCTURAL = new Set(['kind', 'quoteId', 'proposalId', 'quoteLinks', 'themeLinks']);
/** Keys that move a link's ends. */
const GEOMETRY = new Set(['x', 'y', 'w', 'h']);

/**
 * The board's links, following the doc without redoing the whole list at every change: a
 * transaction only notes what it touched (cards moved, or links made or undone); `refresh`,
 * called by the view at most once per animation frame, then moves the few segments of moved
 * cards, or walks the board once when links or cards came or went. A drag that writes the doc
 * 30 times a second costs the segments of the dragged cards, not the board.
 */
export class LinkModel {
  readonly links = new LinkSet();
  private readonly items: Y.Map<unknown>;
  private pending: 'all' | Set<string> = 'all';
  /** Bumped when the links may have changed (a refresh has work again). */
  private readonly changes = createStore(0);
  private readonly observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => this.onEvents(events);

  constructor(
    doc: Y.Doc,
    /** Valid records by id (the item index): the doc is only watched for what changed. */
    private readonly records: LinkRecords,
  ) {
    this.items = itemsOf(doc) as Y.Map<unknown>;
    this.items.observeDeep(this.observer);
  }

  dispose(): void {
    this.items.unobserveDeep(this.observer);
  }

  /** Called (synchronously, after the transaction) when the links may have changed. */
  onChange(listener: () => void): () => void {
    return this.changes.subscribe(listener);
  }

  /** Whether a refresh has work to do. */
  get stale(): boolean {
    return this.pending === 'all' || this.pending.size > 0;
  }

  /** Applies what changed since the last call. Returns whether any segment changed. */
  refresh(): boolean {
    const pending = this.pending;
    this.pending = new Set();
    if (pending === 'all') {
      this.links.rebuild(this.records);
      return true;
    }
    return pending.size > 0 && this.links.moved(pending, this.records);
  }

  private onEvents(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    const before = this.stale;
    for (const event of events) {
      if (this.pending === 'all') break;
      // Cards added or removed.
      if (event.target === this.items) {
        this.pending = 'all';
        break;
      }
      const own = event.target._item;
      if (own && own.parent === this.items && event instanceof Y.YMapEvent) {
        const id = typeof own.parentSub === 'string' ? own.parentSub : null;
        for (const k of event.keysChanged) {
          if (STRUCTURAL.has(k)) this.pending = 'all';
          else if (GEOMETRY.has(k) && id && this.pending !== 'all') this.pending.add(id);
        }
        continue;
      }
      // Deeper: a proposal's link set (a Y.Map) changed; a text being typed (Y.Text) does not matter.
      if (event.target instanceof Y.Map) this.pending = 'all';
    }
    if (!before && this.stale) this.changes.set((n) => n + 1);
  }
}
