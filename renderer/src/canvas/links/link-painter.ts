import { viewportBox, type Camera, type Size } from '../camera';
import type { LinkModel } from './link-model';
import { LinkCuller, type LinkKind, type LinkSegment } from './link-segments';

const COLOUR: Record<LinkKind, string> = { quote: '#c9a800', theme: '#8a8a8a', proposal: '#1e88e5' };
const KINDS: readonly LinkKind[] = ['theme', 'quote', 'proposal'];
const OPACITY = 0.8;
/** Width of a link on screen, in CSS pixels. */
const LINE_PX = 2;

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
    const culled =
      this.model.links.size === 0 ? { segments: [] } : camera.zoom < LINK_OVERVIEW_ZOOM ? 'too-many' : this.culler.visible(viewportBox(camera, size), camera.zoom);
    const ctx = lines.getContext('2d');
    // Panning over a part of the board without links: the blank canvas is left untouched.
    if (ctx && !this.blank) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
      this.blank = true;
    }
    if (culled === 'too-many') {
      this.showOverview(camera);
      return this.report('overview', this.model.links.size);
    }
    this.hideOverview();
    if (ctx && culled.segments.length > 0) {
      ctx.setTransform(dpr * camera.zoom, 0, 0, dpr * camera.zoom, dpr * camera.x, dpr * camera.y);
      strokeLines(ctx, culled.segments, LINE_PX / camera.zoom);
      this.blank = false;
    }
    this.report('lines', culled.segments.length);
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
