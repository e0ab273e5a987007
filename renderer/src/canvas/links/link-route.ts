/**
 * Where a link runs between two cards: from edge to edge (never through a card's middle), as a
 * cubic curve that leaves each card square to the side it leaves from. Pure arithmetic on boxes
 * in board units, so the routing is unit-tested without a canvas.
 */

export interface RouteBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A point on a card's edge and the outward normal of that side (a unit vector along x or y). */
export interface EdgePoint {
  x: number;
  y: number;
  nx: number;
  ny: number;
}

/** A curve from (x1, y1) on the first card to (x2, y2) on the second, with its two control points. */
export interface Route {
  x1: number;
  y1: number;
  c1x: number;
  c1y: number;
  c2x: number;
  c2y: number;
  x2: number;
  y2: number;
}

/** How far the control points stand off the cards, as a share of the gap, within bounds (board units). */
const BEND = 0.4;
const MIN_BEND = 24;
const MAX_BEND = 240;

const centreOf = (b: RouteBox): { x: number; y: number } => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

const inside = (b: RouteBox, p: { x: number; y: number }): boolean => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;

/** Where the ray from the box's centre toward `toward` leaves the box; to the right when they coincide. */
export function edgePoint(box: RouteBox, toward: { x: number; y: number }): EdgePoint {
  const c = centreOf(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const hw = box.w / 2;
  const hh = box.h / 2;
  if (dx === 0 && dy === 0) return { x: c.x + hw, y: c.y, nx: 1, ny: 0 };
  // The ray meets a left or right side first when its slope is flatter than the box's diagonal.
  if (Math.abs(dx) * hh >= Math.abs(dy) * hw) {
    const sx = Math.sign(dx);
    return { x: c.x + sx * hw, y: c.y + (dy * hw) / Math.abs(dx), nx: sx, ny: 0 };
  }
  const sy = Math.sign(dy);
  return { x: c.x + (dx * hh) / Math.abs(dy), y: c.y + sy * hh, nx: 0, ny: sy };
}

/**
 * The link from box `a` to box `b`. A box that holds the other's centre (a theme's frame around
 * the card linked to it) is reached at its top edge, where its title is, straight above that card.
 */
export function route(a: RouteBox, b: RouteBox): Route {
  const ca = centreOf(a);
  const cb = centreOf(b);
  let p: EdgePoint;
  let q: EdgePoint;
  if (inside(b, ca)) {
    p = { x: ca.x, y: a.y, nx: 0, ny: -1 };
    q = { x: Math.min(b.x + b.w, Math.max(b.x, ca.x)), y: b.y, nx: 0, ny: -1 };
  } else if (inside(a, cb)) {
    p = { x: Math.min(a.x + a.w, Math.max(a.x, cb.x)), y: a.y, nx: 0, ny: -1 };
    q = { x: cb.x, y: b.y, nx: 0, ny: -1 };
  } else {
    p = edgePoint(a, cb);
    q = edgePoint(b, ca);
  }
  const k = Math.min(MAX_BEND, Math.max(MIN_BEND, Math.hypot(q.x - p.x, q.y - p.y) * BEND));
  return { x1: p.x, y1: p.y, c1x: p.x + p.nx * k, c1y: p.y + p.ny * k, c2x: q.x + q.nx * k, c2y: q.y + q.ny * k, x2: q.x, y2: q.y };
}

/** The curve's point at `t` in [0, 1]. */
export function pointAt(r: Route, t: number): { x: number; y: number } {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * r.x1 + b * r.c1x + c * r.c2x + d * r.x2, y: a * r.y1 + b * r.c1y + c * r.c2y + d * r.y2 };
}

/**
 * The arrowhead's three corners at the curve's start (x1, y1), pointing into the first card along
 * the curve; `size` in board units.
 */
export function arrowAtStart(r: Route, size: number): [number, number, number, number, number, number] {
  let dx = r.x1 - r.c1x;
  let dy = r.y1 - r.c1y;
  const len = Math.hypot(dx, dy) || 1;
  dx /= len;
  dy /= len;
  const bx = r.x1 - dx * size;
  const by = r.y1 - dy * size;
  const half = size * 0.5;
  return [r.x1, r.y1, bx - dy * half, by + dx * half, bx + dy * half, by - dx * half];
}
