import { viewportBox, type Camera, type Size } from '../canvas/camera';
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
 * MAX_LINES near the screen, they are drawn from one picture of all the links made once (after
 * the links change) and scaled each frame: a frame then costs one image copy whatever the number
 * of links. Chosen over thinning or merging lines: zoomed that far out a link is a few pixels
 * long, and what the facilitator reads is where the links gather, which the picture keeps.
 */
export const LINK_OVERVIEW_ZOOM = 0.12;
export const MAX_LINES = 2500;
/** Longest side of that picture, in pixels (about 16 MB of canvas at most). */
const OVERVIEW_PX = 2048;

interface Overview {
  version: number;
  canvas: HTMLCanvasElement;
  x: number;
  y: number;
  scale: number;
}

/** Draws the links of `model` on a 2D canvas over the board; `paint` is called at most once per animation frame. */
export class LinkPainter {
  private readonly culler: LinkCuller;
  private overview: Overview | null = null;
  private last: { camera: Camera; size: Size; version: number } | null = null;
  /** Nothing drawn on the canvas since it was last cleared. */
  private blank = true;

  constructor(
    private readonly canvas: HTMLCanvasElement,
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

    const dpr = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(size.width * dpr));
    const height = Math.max(1, Math.round(size.height * dpr));
    if (this.canvas.width !== width || this.canvas.height !== height) {
      // Resizing a canvas clears it.
      this.blank = true;
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${size.width}px`;
      this.canvas.style.height = `${size.height}px`;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const culled =
      this.model.links.size === 0 ? { segments: [] } : camera.zoom < LINK_OVERVIEW_ZOOM ? 'too-many' : this.culler.visible(viewportBox(camera, size), camera.zoom);
    // Panning over a part of the board without links: the canvas stays blank, untouched.
    if (culled !== 'too-many' && culled.segments.length === 0 && this.blank) return this.report('lines', 0);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.blank = true;
    if (culled === 'too-many') {
      this.drawOverview(ctx, camera, dpr);
      this.blank = false;
      return this.report('overview', this.model.links.size);
    }
    if (culled.segments.length > 0) {
      ctx.setTransform(dpr * camera.zoom, 0, 0, dpr * camera.zoom, dpr * camera.x, dpr * camera.y);
      strokeLines(ctx, culled.segments, LINE_PX / camera.zoom);
      this.blank = false;
    }
    this.report('lines', culled.segments.length);
  }

  /** The picture of every link, made again only when the links changed, scaled to the camera. */
  private drawOverview(ctx: CanvasRenderingContext2D, camera: Camera, dpr: number): void {
    const links = this.model.links;
    if (!this.overview || this.overview.version !== links.version) {
      const box = links.bounds()!;
      const scale = Math.min(LINK_OVERVIEW_ZOOM, OVERVIEW_PX / Math.max(box.w, box.h, 1));
      const canvas = this.overview?.canvas ?? document.createElement('canvas');
      canvas.width = Math.max(1, Math.ceil(box.w * scale) + 4);
      canvas.height = Math.max(1, Math.ceil(box.h * scale) + 4);
      const pic = canvas.getContext('2d');
      if (pic) {
        pic.setTransform(scale, 0, 0, scale, (2 - box.x) * scale, (2 - box.y) * scale);
        // 1.5 px in the picture: thin lines when scaled down, a faint blur at most when scaled up.
        strokeLines(pic, links.all(), 1.5 / scale, 1);
      }
      this.overview = { version: links.version, canvas, x: box.x - 2 / scale, y: box.y - 2 / scale, scale };
    }
    const o = this.overview;
    const k = camera.zoom / o.scale;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.globalAlpha = OPACITY;
    ctx.drawImage(o.canvas, camera.x + o.x * camera.zoom, camera.y + o.y * camera.zoom, o.canvas.width * k, o.canvas.height * k);
    ctx.globalAlpha = 1;
  }

  private report(mode: 'lines' | 'overview', count: number): void {
    const c = this.canvas;
    if (c.dataset.lines !== String(count)) c.dataset.lines = String(count);
    if (c.dataset.mode !== mode) c.dataset.mode = mode;
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
