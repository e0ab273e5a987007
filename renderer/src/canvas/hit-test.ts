import { compareDrawOrder } from '@shared/board/doc';
import { containsPoint } from '@shared/board/geometry';
import type { FrameRecord, ItemRecord } from '@shared/board/records';
import { titleHitAbove, titleScaleFor } from './items/frame-geometry';
import { fittedFrameHeader } from './items/frame-title';
import type { ItemIndex } from './item-index';

/** Screen pixels around a frame's edge that still grab the frame. */
const EDGE_PX = 6;

/**
 * The item a click at board point (x, y) hits, topmost first. A frame is grabbed by its title
 * (the header band, or the label above it when zoomed out) or its edge; its inside is "empty
 * canvas", so one can rubber-band or create notes in a theme.
 */
export function topHit(index: ItemIndex, x: number, y: number, zoom: number): ItemRecord | null {
  const slop = EDGE_PX / zoom;
  const labelled = frameByTitleAbove(index, x, y, zoom);
  for (const item of index.at(x, y, slop)) {
    // A card drawn over the title label keeps the click; a lower one does not, nor a free text
    // (no background: what shows there is the title, such as under a caption's box).
    if (labelled && (item.kind === 'text' || compareDrawOrder(item, labelled) < 0)) return labelled;
    if (item.kind !== 'frame') {
      if (containsPoint(item, x, y)) return item;
      continue;
    }
    if (!containsPoint({ x: item.x - slop, y: item.y - slop, w: item.w + slop * 2, h: item.h + slop * 2 }, x, y)) continue;
    if (onFrameHeader(item, x, y, zoom)) return item;
    const inside = containsPoint({ x: item.x + slop, y: item.y + slop, w: item.w - slop * 2, h: item.h - slop * 2 }, x, y);
    if (!inside) return item;
  }
  return labelled;
}

/** Screen pixels of a frame's top band that grab it, however far zoomed out. */
const MIN_HEADER_PX = 18;

/** Is (x, y) on the title band of this frame (at least MIN_HEADER_PX tall on screen)? */
export function onFrameHeader(item: ItemRecord, x: number, y: number, zoom: number): boolean {
  if (item.kind !== 'frame') return false;
  // The band as drawn: grown when a long title wraps onto more lines (frame-title.ts).
  const header = fittedFrameHeader(item);
  const h = Math.max(header.h, Math.min(item.h / 2, MIN_HEADER_PX / zoom));
  return containsPoint({ ...header, h }, x, y);
}

/** Is (x, y) on this frame's title, wherever it is drawn at this zoom (its band, or the label above)? */
export function onFrameTitle(item: ItemRecord, x: number, y: number, zoom: number): boolean {
  if (item.kind !== 'frame') return false;
  return onFrameHeader(item, x, y, zoom) || onTitleAbove(item, x, y, zoom);
}

function onTitleAbove(frame: FrameRecord, x: number, y: number, zoom: number): boolean {
  const scale = titleScaleFor(zoom);
  if (scale <= 1) return false;
  const box = titleHitAbove(frame.w, scale);
  return containsPoint({ x: frame.x + box.x, y: frame.y + box.y, w: box.w, h: box.h }, x, y);
}

/** The topmost frame whose title label (drawn above it when zoomed out) is under (x, y). */
function frameByTitleAbove(index: ItemIndex, x: number, y: number, zoom: number): FrameRecord | null {
  const scale = titleScaleFor(zoom);
  if (scale <= 1) return null;
  // The label sits within this distance above its frame's top edge.
  const reach = -titleHitAbove(0, scale).y;
  let best: FrameRecord | null = null;
  // In drawing order: the last one is on top.
  for (const item of index.query({ x, y, w: 0, h: reach })) {
    if (item.kind === 'frame' && onTitleAbove(item, x, y, zoom)) best = item;
  }
  return best;
}
