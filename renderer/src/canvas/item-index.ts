import RBush from 'rbush';
import * as Y from 'yjs';
import { compareDrawOrder, itemsOf, readItem, type ItemMap } from '@shared/board/doc';
import type { Box } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';

interface Entry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  item: ItemRecord;
}

const entryOf = (item: ItemRecord): Entry => ({
  minX: item.x,
  minY: item.y,
  maxX: item.x + item.w,
  maxY: item.y + item.h,
  item,
});

/**
 * Every valid record of the doc, by id, plus an R-tree of their boxes. Kept up to date
 * incrementally from `observeDeep` (only the records a transaction touched are re-read), so
 * viewport queries never walk the whole board.
 */
export class ItemIndex {
  private readonly tree = new RBush<Entry>();
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private readonly items: Y.Map<ItemMap>;
  private readonly observer: (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => void;
  /** Bumped on every change; React reads it through useSyncExternalStore. */
  version = 0;
  /** Boxes (before and after) each recent version touched, for caches that repaint only there. */
  private readonly changeLog: Array<{ version: number; boxes: Box[] | null }> = [];

  constructor(doc: Y.Doc) {
    this.items = itemsOf(doc);
    const initial: Entry[] = [];
    this.items.forEach((map, id) => {
      const item = map instanceof Y.Map ? readItem(map) : undefined;
      if (!item || item.id !== id) return;
      const entry = entryOf(item);
      this.entries.set(id, entry);
      initial.push(entry);
    });
    this.tree.load(initial);
    this.observer = (events) => this.onEvents(events);
    this.items.observeDeep(this.observer);
  }

  dispose(): void {
    this.items.unobserveDeep(this.observer);
    this.listeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  get size(): number {
    return this.entries.size;
  }

  get(id: string): ItemRecord | undefined {
    return this.entries.get(id)?.item;
  }

  all(): IterableIterator<ItemRecord> {
    const it = this.entries.values();
    return (function* () {
      for (const e of it) yield e.item;
    })();
  }

  /** Records whose box intersects `box`, in drawing order. */
  query(box: Box): ItemRecord[] {
    const found = this.tree.search({ minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h });
    const out = found.map((e) => e.item);
    out.sort(compareDrawOrder);
    return out;
  }

  /** Records whose box intersects `box`, unsorted (cheaper than `query`). */
  idsIn(box: Box): ItemRecord[] {
    return this.tree.search({ minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h }).map((e) => e.item);
  }

  /** Items under a point, topmost first. */
  at(x: number, y: number, slop = 0): ItemRecord[] {
    const out = this.query({ x: x - slop, y: y - slop, w: slop * 2, h: slop * 2 });
    return out.reverse();
  }

  /** Cards whose frame is one of `frameIds`. */
  childrenOf(frameIds: ReadonlySet<string>): string[] {
    if (frameIds.size === 0) return [];
    const out: string[] = [];
    for (const [id, e] of this.entries) {
      if (e.item.parentId !== null && frameIds.has(e.item.parentId)) out.push(id);
    }
    return out;
  }

  /**
   * Board areas changed after `version` (old and new boxes), or null when that is not known
   * (too old, or a bulk change): then everything must be considered changed.
   */
  changesSince(version: number): Box[] | null {
    if (version === this.version) return [];
    const first = this.changeLog[0];
    if (version < 0 || !first || first.version > version + 1) return null;
    const out: Box[] = [];
    for (const entry of this.changeLog) {
      if (entry.version <= version) continue;
      if (!entry.boxes) return null;
      for (const b of entry.boxes) out.push(b);
    }
    return out;
  }

  private onEvents(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    const changed = new Set<string>();
    for (const event of events) {
      if (event.target === this.items) {
        for (const key of event.changes.keys.keys()) changed.add(key);
      } else {
        const first = event.path[0];
        if (typeof first === 'string') changed.add(first);
      }
    }
    if (changed.size === 0) return;
    const boxes: Box[] | null = changed.size <= 2000 ? [] : null;
    for (const id of changed) {
      const old = this.entries.get(id);
      if (old) {
        this.tree.remove(old);
        this.entries.delete(id);
        boxes?.push(old.item);
      }
      const map = this.items.get(id);
      const item = map instanceof Y.Map ? readItem(map) : undefined;
      if (item && item.id === id) {
        const entry = entryOf(item);
        this.entries.set(id, entry);
        this.tree.insert(entry);
        boxes?.push(item);
      }
    }
    this.version++;
    this.changeLog.push({ version: this.version, boxes });
    if (this.changeLog.length > 64) this.changeLog.shift();
    for (const l of [...this.listeners]) l();
  }
}
