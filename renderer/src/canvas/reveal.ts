import type { Box } from '@shared/board/geometry';
import { FIT_INSETS, viewportBox, type Camera, type Insets, type Size } from './camera';

/**
 * Room kept around a card brought into view, past what the bars and panels cover (`chrome`, as
 * measured): a margin, more at the bottom where the selection bar shows as soon as the new card
 * is selected.
 */
export const revealInsets = (chrome: Insets): Insets => ({ top: chrome.top + 24, right: chrome.right + 24, bottom: chrome.bottom + 120, left: chrome.left + 24 });

/** The room kept before the shell measures its bars: the fit's default insets. */
export const REVEAL_INSETS: Insets = revealInsets(FIT_INSETS);

/** The board area in clear sight: the view less the room kept for the bars around it. */
export function sightBox(cam: Camera, size: Size, insets: Insets = REVEAL_INSETS): Box {
  const view = viewportBox(cam, size);
  const z = cam.zoom;
  return {
    x: view.x + insets.left / z,
    y: view.y + insets.top / z,
    w: Math.max(0, view.w - (insets.left + insets.right) / z),
    h: Math.max(0, view.h - (insets.top + insets.bottom) / z),
  };
}

/** The shift (board units) that brings [lo, lo + len] inside [from, from + room]: the least one, or centred when it cannot fit. */
function shift(lo: number, len: number, from: number, room: number): number {
  if (len > room) return from + room / 2 - (lo + len / 2);
  if (lo < from) return from - lo;
  if (lo + len > from + room) return from + room - (lo + len);
  return 0;
}

/**
 * The camera that shows `box` with the least pan from `cam` (the zoom kept): `cam` itself when
 * the box is already in view, so placing a card where the user looks never moves the board.
 */
export function revealCamera(cam: Camera, size: Size, box: Box, insets: Insets = REVEAL_INSETS): Camera {
  const z = cam.zoom;
  const inner = sightBox(cam, size, insets);
  const dx = shift(box.x, box.w, inner.x, inner.w);
  const dy = shift(box.y, box.h, inner.y, inner.h);
  if (dx === 0 && dy === 0) return cam;
  // Moving the board by (dx, dy) under a fixed screen is the camera moving by (dx, dy) × zoom.
  return { zoom: z, x: cam.x + dx * z, y: cam.y + dy * z };
}
