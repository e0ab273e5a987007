import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GUESS_BURST, GUESS_RATE_PER_S, GuessLimiter } from '../../../electron/host/room/guess-limiter';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Starts `n` tries; returns how many were let through so far, as a live count. */
function tries(limiter: GuessLimiter, n: number, waiting: () => boolean = () => true): { passed: () => number } {
  let passed = 0;
  for (let i = 0; i < n; i++) void limiter.take(waiting).then(() => passed++);
  return { passed: () => passed };
}

describe('the room-wide password guess limiter', () => {
  it('lets a burst through at once, then only GUESS_RATE_PER_S a second', async () => {
    const limiter = new GuessLimiter();
    const t = tries(limiter, GUESS_BURST + 10);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.passed()).toBe(GUESS_BURST);
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.passed()).toBe(GUESS_BURST + GUESS_RATE_PER_S);
    await vi.advanceTimersByTimeAsync(4000);
    expect(t.passed()).toBe(GUESS_BURST + 10);
    limiter.stop();
  });

  it('gives a right password its try back, and skips tries whose socket went', async () => {
    const limiter = new GuessLimiter();
    tries(limiter, GUESS_BURST);
    await vi.advanceTimersByTimeAsync(0);
    limiter.refund();
    const gone = tries(limiter, 5, () => false);
    const next = tries(limiter, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(gone.passed()).toBe(0);
    expect(next.passed()).toBe(1);
    limiter.stop();
  });
});
