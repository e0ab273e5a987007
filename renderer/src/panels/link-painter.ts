import { viewportBox, type Camera, type Size } from '../canvas/camera';
import type { LinkModel } from './link-model';
import { LinkCuller, type LinkKind, type LinkSegment } from './link-segments';

const COLOUR: Record<LinkKind, string> = { quote: '#c9a800', theme: '#8a8a8a', proposal: '#1e88e5' };
const KINDS: readonly LinkKind[] = ['theme', 'quote', 'proposal'];
const OPACITY = 0.8;
/** Width of a link on screen, in CSS pixels. */
const LINE_PX = 2;
/**
 * The lines canvas holds the links meeting the screen and this margin on each side (CSS pixels):
 * a pan at the same zoom only moves it (a CSS transform) until it has gone this far, then it is
 * drawn again.
 */
const MARGIN_PX = 256;
/** The lines canvas is sized in steps of this (CSS pixels). */
const SIZE_STEP_PX = 128;

/**
 * Bounding the work when much of the board is on screen. Links are drawn one by one (crisp,
 * culled to the screen) while few are near it; below LINK_OVERVIEW_ZOOM, or with more than
 * MAX_LINES near the screen, the overlay shows instead one picture of all the links, drawn once
 * after the links change and moved and scaled by a CSS transform: a frame then costs a style
 * change, whatever the number of links, and the compositor does the scaling. Chosen over
 * thinning or merging lines: zoomed that far out a link is a few pixels long, and what the
 * facilitator reads is where the links gather, which the picture keeps.
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
  /** The camera and links the lines canvas was drawn for (null: nothing usable on it). */
  private drawn: { zoom: number; x: number; y: number; left: number; top: number; version: number; width: number; height: number } | null = null;

  constructor(
    private readonly layers: LinkLayers,
    private readonly model: LinkModel,
  ) {
    this.culler = new LinkCuller(model.links, MAX_LINES);
  }

  paint(camera: Camera, size: Size): void {
    if (this.model.stale) this.model.refresh();
    const version = this.model.links.version;
    const l = this.last;
    if (l && l.camera === camera && l.size === size && l.version === version) return;
    this.last = { camera, size, version };

    const { root, lines } = this.layers;
    if (root.style.width !== `${size.width}px` || root.style.height !== `${size.height}px`) {
      root.style.width = `${size.width}px`;
      root.style.height = `${size.height}px`;
    }
    const view = viewportBox(camera, size);
    const culled = this.model.links.size === 0 ? { segments: [] } : camera.zoom < LINK_OVERVIEW_ZOOM ? 'too-many' : this.culler.visible(view, camera.zoom);
    if (culled === 'too-many') {
      this.clearLines();
      this.showOverview(camera);
      return this.report('overview', this.model.links.size);
    }
    this.hideOverview();
    this.report('lines', culled.segments.length);

    // A pan at the same zoom within the margin drawn: the canvas is only moved.
    const d = this.drawn;
    if (d && d.zoom === camera.zoom && d.version === version && d.width === size.width && d.height === size.height && Math.abs(camera.x - d.x) <= MARGIN_PX && Math.abs(camera.y - d.y) <= MARGIN_PX) {
      lines.style.transform = `translate(${d.left + camera.x - d.x}px, ${d.top + camera.y - d.y}px)`;
      return;
    }
    // Otherwise the lines meeting the screen and a margin around it are drawn again. An empty
    // screen with a blank canvas (a pan over a part of the board without links) costs nothing.
    const z = camera.zoom;
    const around = this.culler.visible({ x: view.x - MARGIN_PX / z, y: view.y - MARGIN_PX / z, w: view.w + (2 * MARGIN_PX) / z, h: view.h + (2 * MARGIN_PX) / z }, z);
    const segments = around === 'too-many' ? culled.segments : around.segments;
    if (segments.length === 0 && this.blank) {
      this.drawn = null;
      return;
    }
    // The canvas covers only the box of those lines (clipped to the screen and its margin): the
    // browser composites a visible canvas at a cost that grows with its area.
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const s of segments) {
      left = Math.min(left, s.minX * z + camera.x);
      top = Math.min(top, s.minY * z + camera.y);
      right = Math.max(right, s.maxX * z + camera.x);
      bottom = Math.max(bottom, s.maxY * z + camera.y);
    }
    left = Math.max(-MARGIN_PX, Math.floor(left) - LINE_PX);
    top = Math.max(-MARGIN_PX, Math.floor(top) - LINE_PX);
    right = Math.min(size.width + MARGIN_PX, Math.ceil(right) + LINE_PX);
    bottom = Math.min(size.height + MARGIN_PX, Math.ceil(bottom) + LINE_PX);
    const dpr = window.devicePixelRatio || 1;
    // A new size reallocates the canvas: sizes go in steps, and a canvas somewhat too large is kept.
    const needW = Math.max(1, right - left);
    const needH = Math.max(1, bottom - top);
    const haveW = parseFloat(lines.style.width) || 0;
    const haveH = parseFloat(lines.style.height) || 0;
    if (haveW < needW || haveH < needH || haveW * haveH > 2 * SIZE_STEP_PX * SIZE_STEP_PX + 2 * needW * needH) {
      const cssW = Math.ceil(needW / SIZE_STEP_PX) * SIZE_STEP_PX;
      const cssH = Math.ceil(needH / SIZE_STEP_PX) * SIZE_STEP_PX;
      lines.width = Math.round(cssW * dpr);
      lines.height = Math.round(cssH * dpr);
      lines.style.width = `${cssW}px`;
      lines.style.height = `${cssH}px`;
      this.blank = true;
    }
    lines.style.transform = `translate(${left}px, ${top}px)`;
    this.clearLines();
    const ctx = lines.getContext('2d');
    if (ctx && segments.length > 0) {
      ctx.setTransform(dpr * z, 0, 0, dpr * z, dpr * (camera.x - left), dpr * (camera.y - top));
      strokeLines(ctx, segments, LINE_PX / z);
      this.blank = false;
    }
    this.drawn = { zoom: z, x: camera.x, y: camera.y, left, top, version, width: size.width, height: size.height };
  }

  private clearLines(): void {
    this.drawn = null;
    if (this.blank) return;
    const { lines } = this.layers;
    const ctx = lines.getContext('2d');
    ctx?.setTransform(1, 0, 0, 1, 0, 0);
    ctx?.clearRect(0, 0, lines.width, lines.height);
    this.blank = true;
  }

  /** The picture of every link, drawn again only when the links changed, placed over the board by a transform. */
  private showOverview(camera: Camera): void {
    const { picture } = this.layers;
    const links = this.model.links;
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
        strokeLines(ctx, links.all(), 1.5 / scale, 1);
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

/** One path per kind of link (three strokes in all), in the context's current transform; `width` in its units. */
function strokeLines(ctx: CanvasRenderingContext2D, segments: readonly LinkSegment[], width: number, opacity = OPACITY): void {
  ctx.lineWidth = width;
  ctx.globalAlpha = opacity;
  for (const kind of KINDS) {
    ctx.beginPath();
    let any = false;
    for (const s of segments) {
      if (s.kind !== kind) continue;
      ctx.moveTo(s.x1, s.y1);
      ctx.lineTo(s.x2, s.y2);
      any = true;
    }
    if (!any) continue;
    ctx.strokeStyle = COLOUR[kind];
    ctx.setLineDash(kind === 'theme' ? [width * 3, width * 2] : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}
