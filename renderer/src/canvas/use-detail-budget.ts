import { useLayoutEffect, useReducer, useRef } from 'react';

/** Renders closer together than this are an animation (a zoom, a pan); a pause this long settles. */
const SETTLE_MS = 60;

/**
 * During an animation (renders frame after frame: zooming, panning), at most `perFrame` cards a
 * render go from plain shapes to full detail (their texts mounted); the others come in at the
 * next renders, or all together once the animation has paused. Zooming in past the text
 * threshold would otherwise mount the texts of every card on screen in one frame (240 cards of a
 * mixed board: 40–50 ms, three frames missed). A board drawn at rest gets everything at once.
 *
 * Returns `admit(id)`, asked during render for each card that should be drawn in full.
 */
export function useDetailBudget(perFrame: number): (id: string) => boolean {
  const shown = useRef<ReadonlySet<string>>(new Set());
  const lastRender = useRef(-Infinity);
  const [, settle] = useReducer((n: number) => n + 1, 0);
  const now = performance.now();
  let budget = now - lastRender.current < SETTLE_MS ? perFrame : Infinity;
  const next = new Set<string>();
  let waiting = false;

  useLayoutEffect(() => {
    shown.current = next;
    lastRender.current = now;
    if (!waiting) return;
    // No extra render while the animation goes on: each of its frames renders anyway.
    const timer = setTimeout(settle, SETTLE_MS);
    return () => clearTimeout(timer);
  });

  return (id: string): boolean => {
    if (shown.current.has(id)) {
      next.add(id);
      return true;
    }
    if (budget <= 0) {
      waiting = true;
      return false;
    }
    budget--;
    next.add(id);
    return true;
  };
}
