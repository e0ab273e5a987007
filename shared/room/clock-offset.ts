/**
 * A page's estimate of the HOST's clock. Laptop clocks disagree by seconds or minutes, so the shared
 * timer is never read against a local clock: the page asks the HOST its time a few times over the hub
 * and keeps the sample with the shortest round trip, the one whose halfway point is the least uncertain.
 * The page goes on asking now and then: at the start of a workshop the HOST is busy sending every
 * participant the board, and an answer read late makes a round trip lopsided (hundreds of ms off, in
 * tests/bench/day-timer-bench.ts); a later question finds it idle.
 */

export interface ClockSample {
  /** Local clock when the question left, and when the answer came back. */
  sentAt: number;
  receivedAt: number;
  /** The HOST's clock in its answer. */
  hostNow: number;
}

/** How many questions a page asks, back to back, after joining. */
export const CLOCK_SAMPLES = 5;
/** Then one question every CLOCK_REFRESH_MS, and the latest CLOCK_KEPT answers are kept (a few minutes' worth). */
export const CLOCK_REFRESH_MS = 15_000;
export const CLOCK_KEPT = 12;

/** HOST clock minus local clock, from the sample with the lowest round trip; null without samples. */
export function clockOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const s of samples) {
    if (s.receivedAt < s.sentAt) continue;
    if (!best || s.receivedAt - s.sentAt < best.receivedAt - best.sentAt) best = s;
  }
  if (!best) return null;
  // The HOST read its clock somewhere within the round trip: halfway is the best guess (whole ms, as instants are stored).
  return Math.round(best.hostNow - (best.sentAt + best.receivedAt) / 2);
}
