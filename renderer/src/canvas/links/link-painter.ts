import type { Box } from '@shared/board/geometry';
import { viewportBox, type Camera, type Size } from '../camera';
import type { LinkModel } from './link-model';
import { arrowAtStart } from './link-route';
import { LinkCuller, LinkSubset, type LinkKind, type LinkSegment, type SegmentSource } from './link-segments';

const COLOUR: Record<LinkKind, string> = { quote: '#c9a800', theme: '#8a8a8a', proposal: '#1e88e5' };
const KINDS: readonly LinkKind[] = ['theme', 'quote', 'proposal'];
const OPACITY = 0.8;
/** Width of a link on screen, in CSS pixels. */
const LINE_PX = 2;
/** Length of an arrowhead on screen, in CSS pixels. */
const ARROW_PX = 10;

/** Which links are drawn: those of the selected cards (the default), or every one. */
export type LinkShow = 'selection' | 'all';

/**
 * Bounding the work when much of the board is on screen. Links are drawn one by one (crisp,
 * culled to the screen) while few are near it; below LINK_OVERVIEW_ZOOM, or with more than
 * MAX_LINES near the screen, the overlay shows instead one picture of all the links, drawn once
 * after the links change and moved and scaled by a CSS transform: a frame then costs a style
 * change, whatever the number of links, and the compositor does the scaling. Chosen over
 * thinning or merging lines: zoomed that far out a link is a few pixels long, and what the
 * facilitator reads is where the links gather, which the picture keeps. (That picture is not
 * cleared under the cards: at that scale a card is a few pixels, and clearing them would ask the
 * index for the whole board.)
 */
export const LINK_OVERVIEW_ZOOM = 0.12;
export const MAX_LINES = 2500;
/** Longest side of that picture, in pixels (about 16 MB of canvas at most). */
const OVERVIEW_PX = 2048;

/** The elements of the overlay: a box the size of the board, a canvas of the lines on screen, and the picture of all links. */
export interface LinkLayers {
  root: HTMLElement;
  lines: HTMLCanvasElement;
  picture: HTMLCanvasElement;
}

/**
 * The cards (not frames) meeting a box of the board, asked of the item index: the links are
 * drawn under them by clearing their boxes off the lines (the overlay lies over the board).
 */
export type CardsIn = (box: Box) => Iterable<{ kind: string; x: number; y: number; w: number; h: number }>;

interface Overview {
  version: number;
  /** Board point at the picture's top-left corner, and picture pixels per board unit. */
  x: number;
  y: number;
  scale: number;
}

/** Draws the links of `model` over the board; `paint` is called at most once per animation frame. */
export class LinkPainter {
  private readonly culler: LinkCuller;
  private overview: Overview | null = null;
  private last: { camera: Camera; size: Size; version: number } | null = null;
  /** Nothing drawn on the lines canvas since it was last cleared. */
  private blank = true;
  private show: LinkShow = 'selection';
  private selection: ReadonlySet<string> = new Set();
  /** The selection's links, and the links' version and selection they were taken from. */
  private subset: { source: LinkSubset; version: number; selection: ReadonlySet<string> } | null = null;

  constructor(
    private readonly layers: LinkLayers,
    private readonly model: LinkModel,
    private readonly cardsIn: CardsIn,
  ) {
    this.culler = new LinkCuller(model.links, MAX_LINES);
  }

  /** All links, or only the selection's; the next paint draws them. */
  setShow(show: LinkShow, selection: ReadonlySet<string>): void {
    this.show = show;
    this.selection = selection;
  }

  /** What is shown: every link, or the selection's links (taken again only when the selection or the links changed). */
  private source(): SegmentSource {
    const links = this.model.links;
    if (this.show === 'all') return links;
    const s = this.subset;
    if (s && s.version === links.version && s.selection === this.selection) return s.source;
    const source = new LinkSubset(this.selection.size === 0 ? [] : links.ofCards(this.selection));
    this.subset = { source, version: links.version, selection: this.selection };
    return source;
  }

  paint(camera: Camera, size: Size): void {
    if (this.model.stale) this.model.refresh();
    const shown = this.source();
    this.culler.links = shown;
    const version = shown.version;
    const l = this.last;
    if (l && l.camera === camera && l.size === size && l.version === version) return;
    this.last = { camera, size, version };

    const { root, lines } = this.layers;
    const dpr = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(size.width * dpr));
    const height = Math.max(1, Math.round(size.height * dpr));
    if (lines.width !== width || lines.height !== height) {
      // Resizing a canvas clears it.
      this.blank = true;
      lines.width = width;
      lines.height = height;
      lines.style.width = root.style.width = `${size.width}px`;
      lines.style.height = root.style.height = `${size.height}px`;
    }
    const view = viewportBox(camera, size);
    const culled = shown.size === 0 ? { segments: [] } : camera.zoom < LINK_OVERVIEW_ZOOM ? 'too-many' : this.culler.visible(view, camera.zoom);
    const ctx = lines.getContext('2d');
    // Panning over a part of the board without links: the blank canvas is left untouched.
    if (ctx && !this.blank) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
      this.blank = true;
    }
    if (culled === 'too-many') {
      this.showOverview(camera, shown);
      return this.report('overview', shown.size);
    }
    this.hideOverview();
    if (ctx && culled.segments.length > 0) {
      ctx.setTransform(dpr * camera.zoom, 0, 0, dpr * camera.zoom, dpr * camera.x, dpr * camera.y);
      strokeLines(ctx, culled.segments, LINE_PX / camera.zoom, ARROW_PX / camera.zoom);
      this.clearCards(ctx, culled.segments, view);
      this.blank = false;
    }
    this.report('lines', culled.segments.length);
  }

  /**
   * Under the cards: their boxes are cleared off the lines, asked of the index for the part of the
   * screen the drawn links cover (what is on screen, never the board).
   */
  private clearCards(ctx: CanvasRenderingContext2D, segments: readonly LinkSegment[], view: Box): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const s of segments) {
      minX = Math.min(minX, s.minX);
      minY = Math.min(minY, s.minY);
      maxX = Math.max(maxX, s.maxX);
      maxY = Math.max(maxY, s.maxY);
    }
    const x = Math.max(minX, view.x);
    const y = Math.max(minY, view.y);
    const box = { x, y, w: Math.min(maxX, view.x + view.w) - x, h: Math.min(maxY, view.y + view.h) - y };
    if (box.w < 0 || box.h < 0) return;
    ctx.beginPath();
    // Links pass under cards, which hide them; frames and text items (a heading, a caption) are
    // transparent, so links stay seen through them.
    for (const c of this.cardsIn(box)) if (c.kind !== 'frame' && c.kind !== 'text') ctx.rect(c.x, c.y, c.w, c.h);
    ctx.globalCompositeOperation = 'destination-out';
    ctx.fill();
    ctx.globalCompositeOperation = 'source-over';
  }

  /** The picture of every link, drawn again only when the links changed, placed over the board by a transform. */
  private showOverview(camera: Camera, links: SegmentSource): void {
    const { picture } = this.layers;
    if (!this.overview || this.overview.version !== links.version) {
      const box = links.bounds()!;
      const scale = Math.min(LINK_OVERVIEW_ZOOM, OVERVIEW_PX / Math.max(box.w, box.h, 1));
      picture.width = Math.max(1, Math.ceil(box.w * scale) + 4);
      picture.height = Math.max(1, Math.ceil(box.h * scale) + 4);
      picture.style.width = `${picture.width}px`;
      picture.style.height = `${picture.height}px`;
      const ctx = picture.getContext('2d');
      if (ctx) {
        ctx.setTransform(scale, 0, 0, scale, (2 - box.x * scale), (2 - box.y * scale));
        // 1.5 px in the picture: thin lines when scaled down, a faint blur at most when scaled up.
        strokeLines(ctx, links.all(), 1.5 / scale, 6 / scale, 1);
      }
      this.overview = { version: links.version, x: box.x - 2 / scale, y: box.y - 2 / scale, scale };
    }
    const o = this.overview;
    const k = camera.zoom / o.scale;
    picture.style.transform = `translate(${camera.x + o.x * camera.zoom}px, ${camera.y + o.y * camera.zoom}px) scale(${k})`;
    if (picture.style.display !== 'block') picture.style.display = 'block';
  }

  private hideOverview(): void {
    const { picture } = this.layers;
    if (picture.style.display !== 'none') picture.style.display = 'none';
  }

  private report(mode: 'lines' | 'overview', count: number): void {
    const d = this.layers.root.dataset;
    if (d.lines !== String(count)) d.lines = String(count);
    if (d.mode !== mode) d.mode = mode;
  }
}

/**
 * One path of curves and one of arrowheads per kind of link (six drawing calls in all), in the
 * context's current transform; `width` and `arrow` in its units. The arrowhead is at the `from`
 * end: it points from what grounds (a quote, a theme, a proposal) to what it grounds.
 */
function strokeLines(ctx: CanvasRenderingContext2D, segments: readonly LinkSegment[], width: number, arrow: number, opacity = OPACITY): void {
  ctx.lineWidth = width;
  ctx.globalAlpha = opacity;
  for (const kind of KINDS) {
    ctx.beginPath();
    let any = false;
    for (const s of segments) {
      if (s.kind !== kind) continue;
      ctx.moveTo(s.x2, s.y2);
      ctx.bezierCurveTo(s.c2x, s.c2y, s.c1x, s.c1y, s.x1, s.y1);
      any = true;
    }
    if (!any) continue;
    ctx.strokeStyle = COLOUR[kind];
    ctx.setLineDash(kind === 'theme' ? [width * 3, width * 2] : []);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    for (const s of segments) {
      if (s.kind !== kind) continue;
      const [ax, ay, bx, by, cx, cy] = arrowAtStart(s, arrow);
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
      ctx.lineTo(cx, cy);
      ctx.closePath();
    }
    ctx.fillStyle = COLOUR[kind];
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}
