import RBush from 'rbush';
import { contains, type Box } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import { route, type Route } from './link-route';

/**
 * The links of the board as curves in board units (link-route.ts: edge to edge), kept in an
 * R-tree of their boxes so that a frame only ever touches the links near the screen. Pure: no
 * DOM, no React (the overlay that draws them is LinkOverlay.tsx).
 */

export type LinkKind = 'quote' | 'theme' | 'proposal';

/** Its curve (`Route`) starts on the `from` card's edge, where the arrowhead is, and ends on the `to` card's edge. */
export interface LinkSegment extends Route {
  /** `from>to`: one link between two cards. */
  key: string;
  from: string;
  to: string;
  kind: LinkKind;
  /** The box of the curve (it lies within its four points). */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** What the segments are read from: the renderer's item index (ItemIndex) or a plain map in tests. */
export interface LinkRecords {
  get(id: string): ItemRecord | undefined;
  all(): Iterable<ItemRecord>;
}

/** Sets the curve and box of `s` from the two cards it joins. */
function place(s: LinkSegment, from: ItemRecord, to: ItemRecord): void {
  const r = route(from, to);
  s.x1 = r.x1;
  s.y1 = r.y1;
  s.c1x = r.c1x;
  s.c1y = r.c1y;
  s.c2x = r.c2x;
  s.c2y = r.c2y;
  s.x2 = r.x2;
  s.y2 = r.y2;
  s.minX = Math.min(r.x1, r.c1x, r.c2x, r.x2);
  s.minY = Math.min(r.y1, r.c1y, r.c2y, r.y2);
  s.maxX = Math.max(r.x1, r.c1x, r.c2x, r.x2);
  s.maxY = Math.max(r.y1, r.c1y, r.c2y, r.y2);
}

function segment(from: ItemRecord, to: ItemRecord, kind: LinkKind): LinkSegment {
  const s: LinkSegment = { key: `${from.id}>${to.id}`, from: from.id, to: to.id, kind, x1: 0, y1: 0, c1x: 0, c1y: 0, c2x: 0, c2y: 0, x2: 0, y2: 0, minX: 0, minY: 0, maxX: 0, maxY: 0 };
  place(s, from, to);
  return s;
}

/** Every link of the board: proposal → the cards of its quotes and its themes, experiment → its proposal. One walk of the records. */
export function linkSegments(records: LinkRecords): LinkSegment[] {
  const cardsOfQuote = new Map<string, ItemRecord[]>();
  const linking: ItemRecord[] = [];
  for (const i of records.all()) {
    if (i.kind === 'quote') {
      const cards = cardsOfQuote.get(i.quoteId);
      if (cards) cards.push(i);
      else cardsOfQuote.set(i.quoteId, [i]);
    } else if (i.kind === 'proposal' || i.kind === 'experiment') linking.push(i);
  }
  const out: LinkSegment[] = [];
  for (const i of linking) {
    if (i.kind === 'proposal') {
      for (const q of Object.keys(i.quoteLinks)) for (const card of cardsOfQuote.get(q) ?? []) out.push(segment(i, card, 'quote'));
      for (const t of Object.keys(i.themeLinks)) {
        const theme = records.get(t);
        if (theme) out.push(segment(i, theme, 'theme'));
      }
    } else if (i.kind === 'experiment' && i.proposalId) {
      const proposal = records.get(i.proposalId);
      if (proposal) out.push(segment(i, proposal, 'proposal'));
    }
  }
  return out;
}

class SegmentTree extends RBush<LinkSegment> {}

/** What the culler and the painter read segments from: every link (LinkSet) or those of the selection (LinkSubset). */
export interface SegmentSource {
  /** Changes whenever a segment does; never the same for two sources, so one cache can serve either. */
  readonly version: number;
  readonly size: number;
  all(): readonly LinkSegment[];
  search(box: Box): LinkSegment[];
  bounds(): Box | null;
}

let versions = 0;
/** A version no source had before. */
const nextVersion = (): number => ++versions;

function search(tree: SegmentTree, box: Box): LinkSegment[] {
  return tree.search({ minX: box.x, minY: box.y, maxX: box.x + box.w, maxY: box.y + box.h });
}

function boundsOf(tree: SegmentTree, size: number): Box | null {
  if (size === 0) return null;
  const b = tree.toJSON() as { minX: number; minY: number; maxX: number; maxY: number };
  return { x: b.minX, y: b.minY, w: b.maxX - b.minX, h: b.maxY - b.minY };
}

/**
 * The segments and their R-tree. `rebuild` after links were made or undone (one walk of the
 * board); `moved` after cards only moved or were resized (only the segments touching them).
 */
export class LinkSet implements SegmentSource {
  private readonly tree = new SegmentTree();
  private readonly byCard = new Map<string, LinkSegment[]>();
  private list: LinkSegment[] = [];
  /** Changed whenever a segment changes, so views and caches know to redraw. */
  version = nextVersion();

  get size(): number {
    return this.list.length;
  }

  all(): readonly LinkSegment[] {
    return this.list;
  }

  rebuild(records: LinkRecords): void {
    this.list = linkSegments(records);
    this.tree.clear();
    this.tree.load(this.list);
    this.byCard.clear();
    for (const s of this.list) {
      for (const id of [s.from, s.to]) {
        const at = this.byCard.get(id);
        if (at) at.push(s);
        else this.byCard.set(id, [s]);
      }
    }
    this.version = nextVersion();
  }

  /** Cards `ids` moved or changed size: their segments follow. Returns whether any link was touched. */
  moved(ids: Iterable<string>, records: LinkRecords): boolean {
    const touched = new Set<LinkSegment>();
    for (const id of ids) for (const s of this.byCard.get(id) ?? []) touched.add(s);
    if (touched.size === 0) return false;
    for (const s of touched) {
      const from = records.get(s.from);
      const to = records.get(s.to);
      if (!from || !to) {
        // A card went away without a structural change reported: start again from the records.
        this.rebuild(records);
        return true;
      }
      this.tree.remove(s);
      place(s, from, to);
      this.tree.insert(s);
    }
    this.version = nextVersion();
    return true;
  }

  /** The links of these cards, each once: a lookup per card, never a walk of the board. */
  ofCards(ids: Iterable<string>): LinkSegment[] {
    const out = new Set<LinkSegment>();
    for (const id of ids) for (const s of this.byCard.get(id) ?? []) out.add(s);
    return [...out];
  }

  /** Segments whose box meets `box` (board units), in no particular order. */
  search(box: Box): LinkSegment[] {
    return search(this.tree, box);
  }

  /** The box of every segment, or null when there are none. */
  bounds(): Box | null {
    return boundsOf(this.tree, this.list.length);
  }
}

/** Some of the links (those of the selected cards), in an R-tree of their own, built once per selection or change of the links. */
export class LinkSubset implements SegmentSource {
  private readonly tree = new SegmentTree();
  readonly version = nextVersion();

  constructor(private readonly list: readonly LinkSegment[]) {
    this.tree.load([...list]);
  }

  get size(): number {
    return this.list.length;
  }

  all(): readonly LinkSegment[] {
    return this.list;
  }

  search(box: Box): LinkSegment[] {
    return search(this.tree, box);
  }

  bounds(): Box | null {
    return boundsOf(this.tree, this.list.length);
  }
}

/** Segments meeting `view`, or 'too-many' when more than `cap` are near it (then the overview is drawn instead). */
export type Culled = { segments: LinkSegment[] } | 'too-many';

/**
 * Viewport culling of the links, the canvas's way: the R-tree is queried for a margin around the
 * screen and that answer is reused while the view stays inside it and the zoom moves little, so
 * most pan frames do no tree search; each frame keeps of it only what meets the screen.
 */
export class LinkCuller {
  private cached: { version: number; zoom: number; box: Box; near: LinkSegment[] | null } | null = null;

  constructor(
    /** Swapped by the painter when what is shown changes (all links, or the selection's). */
    public links: SegmentSource,
    /** More segments than this near the screen: not drawn one by one. */
    private readonly cap: number,
    /** Fraction of the screen added on each side of the query. */
    private readonly margin = 0.35,
  ) {}

  visible(view: Box, zoom: number): Culled {
    const c = this.cached;
    let near: LinkSegment[] | null;
    if (c && c.version === this.links.version && contains(c.box, view) && zoom / c.zoom < 1.6 && c.zoom / zoom < 1.6) {
      near = c.near;
    } else {
      const box = { x: view.x - view.w * this.margin, y: view.y - view.h * this.margin, w: view.w * (1 + 2 * this.margin), h: view.h * (1 + 2 * this.margin) };
      const found = this.links.search(box);
      near = found.length > this.cap ? null : found;
      this.cached = { version: this.links.version, zoom, box, near };
    }
    if (!near) return 'too-many';
    const segments: LinkSegment[] = [];
    for (const s of near) if (meets(s, view)) segments.push(s);
    return { segments };
  }
}

/** Whether the segment's box meets the view (a segment grazing a corner may be kept: drawing it costs nothing visible). */
export function meets(s: LinkSegment, view: Box): boolean {
  return s.minX <= view.x + view.w && s.maxX >= view.x && s.minY <= view.y + view.h && s.maxY >= view.y;
}
