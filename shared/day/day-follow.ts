import { z } from 'zod';

/**
 * Following a person's view. Who I follow (a person id) and, only while someone follows me, the
 * board area I see are presence, not doc state: they say something about me, change often, and
 * vanish when I leave. Pure helpers; the renderer's features/follow does the rest.
 */

export interface ViewRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const finite = z.number().finite();
const viewSchema = z.object({ x: finite, y: finite, w: finite.positive(), h: finite.positive() });

/** A peer's published view, or null when it is missing or malformed (presence comes from other machines). */
export function parseView(value: unknown): ViewRect | null {
  const parsed = viewSchema.safeParse(value);
  return parsed.success ? { x: parsed.data.x, y: parsed.data.y, w: parsed.data.w, h: parsed.data.h } : null;
}

/** Whole board units, rounded outwards: the rounded area still contains the one on screen, and a small message. */
export function roundView(box: ViewRect): ViewRect {
  const x = Math.floor(box.x);
  const y = Math.floor(box.y);
  return { x, y, w: Math.ceil(box.x + box.w) - x, h: Math.ceil(box.y + box.h) - y };
}

export const sameView = (a: ViewRect | null, b: ViewRect | null): boolean =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h);

/**
 * Whether following `leader` would bring me back to myself: walks who follows whom from `leader`
 * (`followingOf` says whom a person follows, or null) and answers true if the chain reaches `me`.
 * A loop that does not pass through me ends the walk too (each person is visited once).
 */
export function followLoops(me: string, leader: string, followingOf: (person: string) => string | null): boolean {
  const seen = new Set<string>();
  for (let p: string | null = leader; p !== null; p = followingOf(p)) {
    if (p === me) return true;
    if (seen.has(p)) return false;
    seen.add(p);
  }
  return false;
}
