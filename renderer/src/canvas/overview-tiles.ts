import { compareDrawOrder } from '@shared/board/doc';
import type { Box } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import type { Camera, Size } from './camera';
import { FRAME_EDGE, FRAME_FILL, NOTE_FILL } from './colors';
import { displayText } from './display-text';
import type { ItemIndex } from './item-index';
import { FONT_FAMILY } from './items/frame-geometry';

/** Tile side, in pixels of the tile's own scale. */
const TILE = 256;
/** Tiles kept (each 256 KB of canvas memory). */
const MAX_TILES = 160;
/** Frame titles in the overview, in pixels at the tile's scale (so 7–14 px on screen). */
const TITLE_PX = 14;
/** Tiles drawn afresh per frame at most; the others show a coarser tile meanwhile (or wait a frame). */
const NEW_TILES_PER_FRAME = 12;

interface Tile {
  canvas: HTMLCanvasElement;
}

/**
 * Level of detail for a zoomed-out board: the board is painted as plain blocks into bitmap
 * tiles at power-of-two scales (a small pyramid), cached, and each frame only draws the tiles
 * that cover the screen. A frame's cost depends on the screen, not on the board; tiles are
 * repainted only where the board changed.
 */
export class OverviewTiles {
  private readonly tiles = new Map<string, Tile>();
  private version = -1;
  private hidden: ReadonlySet<string> | null = null;

  constructor(private readonly index: ItemIndex) {}

  dispose(): void {
    this.tiles.clear();
  }

  /**
   * Paints the viewport into `ctx`, whose transform is already the camera's (board units).
   * Returns true when some tiles were left coarse: the caller draws again next frame.
   */
  draw(ctx: CanvasRenderingContext2D, camera: Camera, size: Size, hidden: ReadonlySet<string> | null): boolean {
    this.sync(hidden);
    const level = Math.ceil(Math.log2(camera.zoom));
    const scale = Math.pow(2, level);
    const span = TILE / scale;
    const x0 = -camera.x / camera.zoom;
    const y0 = -camera.y / camera.zoom;
    const x1 = x0 + size.width / camera.zoom;
    const y1 = y0 + size.height / camera.zoom;
    const i0 = Math.floor(x0 / span);
    const j0 = Math.floor(y0 / span);
    const i1 = Math.floor(x1 / span);
    const j1 = Math.floor(y1 / span);
    let budget = NEW_TILES_PER_FRAME;
    let coarse = false;
    ctx.imageSmoothingEnabled = true;
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        const key = `${level}:${i}:${j}`;
        let tile = this.tiles.get(key);
        if (tile) {
          // Most recently used last.
          this.tiles.delete(key);
          this.tiles.set(key, tile);
        } else if (budget > 0) {
          budget--;
          tile = this.paint(level, i, j);
          this.tiles.set(key, tile);
          this.evict();
        } else {
          // Out of budget this frame: a coarser tile stands in, sharpened on a later frame.
          this.drawCoarser(ctx, level, i, j, span);
          coarse = true;
          continue;
        }
        ctx.drawImage(tile.canvas, i * span, j * span, span, span);
      }
    }
    return coarse;
  }

  private drawCoarser(ctx: CanvasRenderingContext2D, level: number, i: number, j: number, span: number): void {
    for (let up = 1; up <= 4; up++) {
      const f = Math.pow(2, up);
      const pi = Math.floor(i / f);
      const pj = Math.floor(j / f);
      const tile = this.tiles.get(`${level - up}:${pi}:${pj}`);
      if (!tile) continue;
      const sub = TILE / f;
      const sx = (i - pi * f) * sub;
      const sy = (j - pj * f) * sub;
      ctx.drawImage(tile.canvas, sx, sy, sub, sub, i * span, j * span, span, span);
      return;
    }
  }

  /** Drops tiles the board's changes touch (all of them after a bulk change or a new hidden set). */
  private sync(hidden: ReadonlySet<string> | null): void {
    if (hidden !== this.hidden) {
      this.hidden = hidden;
      this.tiles.clear();
    }
    const v = this.index.version;
    if (v === this.version) return;
    // What is hidden (being dragged) is not in the tiles: its moves repaint nothing.
    const changes = this.index.changesSince(this.version, this.hidden);
    this.version = v;
    if (!changes) {
      this.tiles.clear();
      return;
    }
    for (const [key] of this.tiles) {
      const [l, i, j] = key.split(':').map(Number) as [number, number, number];
      const span = TILE / Math.pow(2, l);
      // Titles stick out above a frame: grow the tile's box by a title's height.
      const pad = (TITLE_PX * 1.6) / Math.pow(2, l);
      const box: Box = { x: i * span, y: j * span - pad, w: span, h: span + 2 * pad };
      if (changes.some((c) => overlaps(c, box))) this.tiles.delete(key);
    }
  }

  private evict(): void {
    while (this.tiles.size > MAX_TILES) {
      const oldest = this.tiles.keys().next().value;
      if (oldest === undefined) return;
      this.tiles.delete(oldest);
    }
  }

  private paint(level: number, i: number, j: number): Tile {
    const scale = Math.pow(2, level);
    const span = TILE / scale;
    const canvas = document.createElement('canvas');
    canvas.width = TILE;
    canvas.height = TILE;
    const ctx = canvas.getContext('2d');
    if (!ctx) return { canvas };
    const titlePad = (TITLE_PX * 1.6) / scale;
    const box = { x: i * span, y: j * span, w: span, h: span + titlePad };
    const items = this.index.idsIn(box);
    items.sort(compareDrawOrder);
    ctx.setTransform(scale, 0, 0, scale, -i * span * scale, -j * span * scale);
    paintBlocks(ctx, items, scale, this.hidden);
    return { canvas };
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

/** Every item as a plain block, frames with a title of legible size while the frame can carry it. */
export function paintBlocks(ctx: CanvasRenderingContext2D, items: readonly ItemRecord[], zoom: number, hidden: ReadonlySet<string> | null, titlePx = TITLE_PX): void {
  const px = 1 / zoom;
  for (const item of items) {
    if (hidden?.has(item.id)) continue;
    switch (item.kind) {
      case 'frame': {
        ctx.fillStyle = FRAME_FILL[item.color] ?? FRAME_FILL.grey;
        ctx.fillRect(item.x, item.y, item.w, item.h);
        ctx.strokeStyle = FRAME_EDGE[item.color] ?? FRAME_EDGE.grey;
        ctx.lineWidth = 2 * px;
        ctx.strokeRect(item.x, item.y, item.w, item.h);
        if (item.title && item.w * zoom >= 48) {
          const size = titlePx * px;
          ctx.fillStyle = FRAME_EDGE[item.color] ?? FRAME_EDGE.grey;
          ctx.font = `bold ${size}px ${FONT_FAMILY}`;
          ctx.textBaseline = 'alphabetic';
          ctx.save();
          ctx.beginPath();
          ctx.rect(item.x, item.y - size * 1.6, item.w, size * 1.6);
          ctx.clip();
          ctx.fillText(displayText(item.title, 120), item.x, item.y - size * 0.4);
          ctx.restore();
        }
        break;
      }
      case 'note':
        ctx.fillStyle = NOTE_FILL[item.color] ?? NOTE_FILL.yellow;
        ctx.fillRect(item.x, item.y, item.w, item.h);
        break;
      case 'text':
        ctx.fillStyle = 'rgba(0,0,0,0.25)';
        ctx.fillRect(item.x, item.y + item.h * 0.25, item.w, item.h * 0.5);
        break;
      default:
        // Cards of other kinds (quotes, proposals, experiments): a white card with an edge.
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(item.x, item.y, item.w, item.h);
        ctx.strokeStyle = 'rgba(0,0,0,0.35)';
        ctx.lineWidth = px;
        ctx.strokeRect(item.x, item.y, item.w, item.h);
        break;
    }
  }
}
