import type { Box } from './geometry';

/**
 * Where a new box of `size` can go without covering anything: the first free place on a square
 * spiral around `near` (steps of its own size plus `gap`, unless `step` says), nearest rings first,
 * and within a ring the cells nearest `near` first. `isFree` asks the board (its spatial index: each probe
 * costs a lookup, not a walk over the board). Null when no place within `rings` rings is free;
 * the caller then puts it past everything.
 */
export function freeSpotNear(
  near: { x: number; y: number },
  size: { w: number; h: number },
  isFree: (box: Box) => boolean,
  gap = 80,
  rings = 12,
  step: { x: number; y: number } = { x: size.w + gap, y: size.h + gap },
): Box | null {
  const stepX = step.x;
  const stepY = step.y;
  const at = (i: number, j: number): Box => ({ x: Math.round(near.x - size.w / 2 + i * stepX), y: Math.round(near.y - size.h / 2 + j * stepY), ...size });
  for (let r = 0; r <= rings; r++) {
    const ring: Array<[number, number]> = [];
    for (let i = -r; i <= r; i++) {
      for (let j = -r; j <= r; j++) {
        // Only the ring's edge: the inner cells were tried before.
        if (Math.max(Math.abs(i), Math.abs(j)) === r) ring.push([i, j]);
      }
    }
    // A ring's corners are further than its sides: the nearest cells first (stable among equals).
    ring.sort(([ai, aj], [bi, bj]) => (ai * stepX) ** 2 + (aj * stepY) ** 2 - ((bi * stepX) ** 2 + (bj * stepY) ** 2));
    for (const [i, j] of ring) {
      const box = at(i, j);
      if (isFree(box)) return box;
    }
  }
  return null;
}
