import { containsPoint } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import { frameHeader } from './items/frame-geometry';
import type { ItemIndex } from './item-index';

/** Screen pixels around a frame's edge that still grab the frame. */
const EDGE_PX = 6;

/**
 * The item a click at board point (x, y) hits, topmost first. A frame is grabbed by its header
 * or its edge; its inside is "empty canvas", so one can rubber-band or create notes in a theme.
 */
export function topHit(index: ItemIndex, x: number, y: number, zoom: number): ItemRecord | null {
  const slop = EDGE_PX / zoom;
  for (const item of index.at(x, y, slop)) {
    if (item.kind !== 'frame') {
      if (containsPoint(item, x, y)) return item;
      continue;
    }
    if (!containsPoint({ x: item.x - slop, y: item.y - slop, w: item.w + slop * 2, h: item.h + slop * 2 }, x, y)) continue;
    if (onFrameHeader(item, x, y, zoom)) return item;
    const inside = containsPoint({ x: item.x + slop, y: item.y + slop, w: item.w - slop * 2, h: item.h - slop * 2 }, x, y);
    if (!inside) return item;
  }
  return null;
}

/** Screen pixels of a frame's top band that grab it, however far zoomed out. */
const MIN_HEADER_PX = 18;

/** Is (x, y) on the title band of this frame (at least MIN_HEADER_PX tall on screen)? */
export function onFrameHeader(item: ItemRecord, x: number, y: number, zoom: number): boolean {
  if (item.kind !== 'frame') return false;
  const header = frameHeader(item);
  const h = Math.min(item.h / 2, Math.max(header.h, MIN_HEADER_PX / zoom));
  return containsPoint({ ...header, h }, x, y);
}
