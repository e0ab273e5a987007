import type { Box } from '@shared/board/geometry';

/** Local view of the board: screen = board × zoom + (x, y). Never stored in the doc. */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;
export const ZOOM_STEP = 1.25;

export const clampZoom = (z: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Number.isFinite(z) ? z : 1));

export const screenToBoard = (cam: Camera, sx: number, sy: number): { x: number; y: number } => ({
  x: (sx - cam.x) / cam.zoom,
  y: (sy - cam.y) / cam.zoom,
});

export const boardToScreen = (cam: Camera, bx: number, by: number): { x: number; y: number } => ({
  x: bx * cam.zoom + cam.x,
  y: by * cam.zoom + cam.y,
});

/** The board area the screen shows. */
export const viewportBox = (cam: Camera, size: Size): Box => ({
  x: -cam.x / cam.zoom,
  y: -cam.y / cam.zoom,
  w: size.width / cam.zoom,
  h: size.height / cam.zoom,
});

/** Grows a box by a fraction of its size on every side. */
export const inflate = (box: Box, fraction: number): Box => ({
  x: box.x - box.w * fraction,
  y: box.y - box.h * fraction,
  w: box.w * (1 + 2 * fraction),
  h: box.h * (1 + 2 * fraction),
});

/** Zooms to `zoom` keeping the board point under screen point (sx, sy) where it is. */
export function zoomAround(cam: Camera, zoom: number, sx: number, sy: number): Camera {
  const z = clampZoom(zoom);
  const p = screenToBoard(cam, sx, sy);
  return { zoom: z, x: sx - p.x * z, y: sy - p.y * z };
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Room the bars take by default, before the shell measures them: a top bar, a bottom row. */
export const FIT_INSETS: Insets = { top: 56, right: 0, bottom: 56, left: 0 };

/** A camera showing `box` whole, centred in the free area; never zooms in past `maxZoom`. */
export function fitBox(box: Box, size: Size, insets: Insets = FIT_INSETS, maxZoom = 1): Camera {
  const w = Math.max(1, size.width - insets.left - insets.right);
  const h = Math.max(1, size.height - insets.top - insets.bottom);
  const zoom = clampZoom(Math.min(w / Math.max(box.w, 1), h / Math.max(box.h, 1), maxZoom));
  return {
    zoom,
    x: insets.left + w / 2 - (box.x + box.w / 2) * zoom,
    y: insets.top + h / 2 - (box.y + box.h / 2) * zoom,
  };
}

/** Centres the board point (bx, by) at the given zoom. */
export function centreOn(bx: number, by: number, zoom: number, size: Size): Camera {
  const z = clampZoom(zoom);
  return { zoom: z, x: size.width / 2 - bx * z, y: size.height / 2 - by * z };
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The camera that shows `box` whole on a screen of `size`, centred (another screen's area fitted to mine, whatever its shape). */
export const containCamera = (box: Box, size: Size): Camera => fitBox(box, size, NO_INSETS, MAX_ZOOM);

/** Two cameras that show the same thing to within a hundredth of a pixel: not worth a move. */
export const closeCameras = (a: Camera, b: Camera): boolean =>
  Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.zoom - b.zoom) < 1e-6;
