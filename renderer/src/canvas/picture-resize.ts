import type { Box } from '@shared/board/geometry';
import { MIN_SIZE, type ItemRecord } from '@shared/board/records';

/**
 * Pictures keep their shape when resized, Shift frees it: a stretched photo misleads whoever
 * reads the board. Other cards resize freely (and Shift keeps their shape, as before).
 */
export const keepsShape = (kind: ItemRecord['kind'], shift: boolean): boolean => kind === 'image' && !shift;

/** A side handle (moves one edge) rather than a corner. */
const sideAxis = (anchor: string): 'x' | 'y' | null =>
  anchor === 'middle-left' || anchor === 'middle-right' ? 'x' : anchor === 'top-center' || anchor === 'bottom-center' ? 'y' : null;

/** A box as the resize handles give it, in any unit (screen pixels while dragging). */
export interface HandleBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A side handle of a shape-keeping picture: the dragged side leads, the other axis follows
 * around its middle (a corner handle already keeps the shape by itself). `null` when the other
 * axis would fall under `min`.
 */
export function sideWithRatio<B extends HandleBox>(old: B, next: B, ratio: number, anchor: string, min: number): B | null {
  const axis = sideAxis(anchor);
  if (!axis) return next;
  if (axis === 'x') {
    const height = next.width / ratio;
    if (height < min) return null;
    return { ...next, height, y: old.y + old.height / 2 - height / 2 };
  }
  const width = next.height * ratio;
  if (width < min) return null;
  return { ...next, width, x: old.x + old.width / 2 - width / 2 };
}

/**
 * The box written for a picture resized by `anchor` to about `box` (board units): whole units,
 * `ratio` (w/h) kept as closely as whole units allow, and the edges the handle does not move
 * left where they were.
 */
export function boxWithRatio(box: Box, ratio: number, anchor: string): Box {
  const axis = sideAxis(anchor);
  // The dimension that leads: the one a side handle drags, else the longer (rounding it loses least).
  const byWidth = axis === 'x' || (axis === null && ratio >= 1);
  let w = Math.round(box.w);
  let h = Math.round(box.h);
  if (byWidth) h = Math.round(w / ratio);
  else w = Math.round(h * ratio);
  if (w < MIN_SIZE || h < MIN_SIZE) {
    [w, h] = ratio >= 1 ? [Math.round(MIN_SIZE * ratio), MIN_SIZE] : [MIN_SIZE, Math.round(MIN_SIZE / ratio)];
  }
  const x = anchor.endsWith('left')
    ? Math.round(box.x + box.w) - w
    : anchor.endsWith('right')
      ? Math.round(box.x)
      : Math.round(box.x + box.w / 2 - w / 2);
  const y = anchor.startsWith('top')
    ? Math.round(box.y + box.h) - h
    : anchor.startsWith('bottom')
      ? Math.round(box.y)
      : Math.round(box.y + box.h / 2 - h / 2);
  return { x, y, w, h };
}
