import RBush from 'rbush';
import * as Y from 'yjs';
import { compareDrawOrder, itemsOf, readItem, type ItemMap } from '@shared/board/doc';
import type { Box } from '@shared/board/geometry';
import { createStore } from '../store';
import { MAX_COORD, MAX_SIZE, MIN_SIZE, type ItemRecord } from '@shared/board/records';

/** An R-tree of the records themselves (no box object per card: at 50,000 cards, megabytes). */
class RecordTree extends RBush<ItemRecord> {
  override toBBox(i: ItemRecord): { minX: number; minY: number; maxX: number; maxY: number } {
    return { minX: i.x, minY: i.y, maxX: i.x + i.w, maxY: i.y + i.h };
  }
  override compareMinX(a: ItemRecord, b: ItemRecord): number {
    return a.x - b.x;
  }
  override compareMinY(a: ItemRecord, b: ItemRecord): number {
    return a.y - b.y;
  }
}

/**
 * Every valid record of the doc, by id, plus an R-tree of their boxes. Kept up to date
 * incrementally from `observeDeep` (only the records a transaction touched are re-read), so
 * viewport queries never walk the whole board.
 */
export class ItemIndex {
  private readonly tree = new RecordTree();
  private readonly entries = new Map<string, ItemRecord>();
  private readonly items: Y.Map<ItemMap>;
  private readonly observer: (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => void;
  /** Bumped on every change; React reads it through useSyncExternalStore. */
  private readonly versions = createStore(0);
  /** Boxes (before and after) each recent version touched, and whose, for caches that repaint only there. */
  private readonly changeLog: Array<{ version: number; boxes: Array<{ id: string; box: Box }> | null }> = [];
  private layoutChanges = 0;
  /**
   * Bumped only when the frames or which cards they hold may have changed (a frame touched, a card
   * joining, leaving, made or removed in a frame): what is derived from the frames alone (the themes)
   * is computed again then, not on every edit.
   */
  private frameChanges = 0;

  constructor(doc: Y.Doc) {
    this.items = itemsOf(doc);
    const initial: ItemRecord[] = [];
    this.items.forEach((map, id) => {
      const item = map instanceof Y.Map ? readItem(map) : undefined;
      if (!item || item.id !== id) return;
      this.entries.set(id, item);
      initial.push(item);
    });
    this.tree.load(initial);
    this.observer = (events) => this.onEvents(events);
    this.items.observeDeep(this.observer);
  }

  dispose(): void {
    this.items.unobserveDeep(this.observer);
  }

  readonly subscribe = (listener: () => void): (() => void) => this.versions.subscribe(listener);

  readonly getVersion = (): number => this.versions.get();

  get version(): number {
    return this.versions.get();
  }

  /**
   * Bumped only when a change adds or removes an item or moves, resizes, reparents or retypes one:
   * what the reading order depends on. A text typed leaves it, so the order is not sorted again.
   */
  get layoutVersion(): number {
    return this.layoutChanges;
  }

  get framesVersion(): number {
    return this.frameChanges;
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): ItemRecord | undefined {
    return this.entries.get(id);
  }

  all(): IterableIterator<ItemRecord> {
    return this.entries.values();
  }

  /** Records whose box intersects `box`, in drawing order. */
  query(box: Box): ItemRecord[] {
    const out = this.tree.search({ minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h });
    out.sort(compareDrawOrder);
    return out;
  }

  /** Records whose box intersects `box`, unsorted (cheaper than `query`). */
  idsIn(box: Box): ItemRecord[] {
    return this.tree.search({ minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h });
  }

  /** Whether any record's box touches `box` (the tree stops at the first one). */
  overlaps(box: Box): boolean {
    return this.tree.collides({ minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h });
  }

  /** The box around every record (the tree's root knows it); null when the board is empty. */
  bounds(): Box | null {
    if (this.entries.size === 0) return null;
    const root = this.tree.toJSON() as { minX: number; minY: number; maxX: number; maxY: number };
    return { x: root.minX, y: root.minY, w: root.maxX - root.minX, h: root.maxY - root.minY };
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
    for (const [id, item] of this.entries) {
      if (item.parentId !== null && frameIds.has(item.parentId)) out.push(id);
    }
    return out;
  }

  /**
   * Board areas changed after `version` (old and new boxes), or null when that is not known
   * (too old, or a bulk change): then everything must be considered changed. Changes of the
   * `ignore`d items are left out (a cache that does not draw them, e.g. while they are dragged).
   */
  changesSince(version: number, ignore?: ReadonlySet<string> | null): Box[] | null {
    if (version === this.version) return [];
    const first = this.changeLog[0];
    if (version < 0 || !first || first.version > version + 1) return null;
    const out: Box[] = [];
    for (const entry of this.changeLog) {
      if (entry.version <= version) continue;
      if (!entry.boxes) return null;
      for (const b of entry.boxes) if (!ignore?.has(b.id)) out.push(b.box);
    }
    return out;
  }

  private onEvents(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    const changed = new Set<string>();
    // Records of which only the place or size changed (a drag, a resize): patched without re-reading.
    const placed = new Set<string>();
    const reread = new Set<string>();
    for (const event of events) {
      if (event.target === this.items) {
        for (const key of (event as Y.YMapEvent<unknown>).keysChanged) {
          changed.add(key);
          reread.add(key);
        }
        continue;
      }
      // A record's own Y.Map: its key in the items map is its id (cheaper than event.path).
      const own = event.target._item;
      if (own && own.parent === this.items && typeof own.parentSub === 'string' && event instanceof Y.YMapEvent) {
        const id = own.parentSub;
        changed.add(id);
        let geometryOnly = true;
        for (const k of event.keysChanged) if (!GEOMETRY.has(k as string)) geometryOnly = false;
        if (geometryOnly) placed.add(id);
        else reread.add(id);
        continue;
      }
      // Deeper (one of a record's texts or link sets): re-read that record.
      const id = event.path[0];
      if (typeof id !== 'string') continue;
      changed.add(id);
      reread.add(id);
    }
    if (changed.size === 0) return;
    const boxes: Array<{ id: string; box: Box }> | null = changed.size <= 2000 ? [] : null;
    let layoutChanged = false;
    let framesChanged = false;
    for (const id of changed) {
      const old = this.entries.get(id);
      const map = this.items.get(id);
      const item =
        old && !reread.has(id) && placed.has(id) && map instanceof Y.Map
          ? withGeometry(old, map) ?? readItem(map)
          : map instanceof Y.Map
            ? readItem(map)
            : undefined;
      if (touchesFrames(old, item)) framesChanged = true;
      if (old) {
        this.tree.remove(old);
        this.entries.delete(id);
        boxes?.push({ id, box: old });
      }
      if (item && item.id === id) {
        this.entries.set(id, item);
        this.tree.insert(item);
        boxes?.push({ id, box: item });
      }
      const now = item && item.id === id ? item : undefined;
      if (!layoutChanged && !sameLayout(old, now)) layoutChanged = true;
    }
    if (layoutChanged) this.layoutChanges++;
    if (framesChanged) this.frameChanges++;
    const version = this.version + 1;
    this.changeLog.push({ version, boxes });
    if (this.changeLog.length > 64) this.changeLog.shift();
    this.versions.set(version);
  }
}

const GEOMETRY = new Set(['x', 'y', 'w', 'h']);

/** Whether a record kept its place, size, frame and kind (both absent counts as the same). */
function sameLayout(a: ItemRecord | undefined, b: ItemRecord | undefined): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h && a.parentId === b.parentId && a.kind === b.kind;
}

/** Whether a record's change (`old` to `now`, either missing) touches a frame or what a frame holds. */
function touchesFrames(old: ItemRecord | undefined, now: ItemRecord | undefined): boolean {
  if (old?.kind === 'frame' || now?.kind === 'frame') return true;
  return (old?.parentId ?? null) !== (now?.parentId ?? null) || (old !== undefined && now !== undefined && old.kind !== now.kind);
}

/** The record with its new place and size, or undefined when they are not valid (then it is read in full). */
function withGeometry(item: ItemRecord, map: ItemMap): ItemRecord | undefined {
  const x = map.get('x');
  const y = map.get('y');
  const w = map.get('w');
  const h = map.get('h');
  const coord = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORD;
  const size = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= MIN_SIZE && v <= MAX_SIZE;
  if (!coord(x) || !coord(y) || !size(w) || !size(h)) return undefined;
  if (x === item.x && y === item.y && w === item.w && h === item.h) return item;
  return { ...item, x, y, w, h };
}
