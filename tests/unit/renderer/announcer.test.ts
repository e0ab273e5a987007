import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_GAP_MS, announce, announcements } from '../../../renderer/src/features/keyboard/announcer';

describe('the live region’s words, throttled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a burst (a held key, a drag, others’ edits) is said once, its newest words; the same words later are said again', () => {
    const said: string[] = [];
    const stop = announcements.subscribe(() => said.push(announcements.get().text));
    vi.advanceTimersByTime(ANNOUNCE_GAP_MS * 2);
    for (let i = 1; i <= 30; i++) announce(`card ${i}`);
    vi.advanceTimersByTime(0);
    expect(said).toEqual(['card 30']);
    // Within the gap: held back, and replaced by what comes after.
    announce('card 31');
    announce('card 32');
    vi.advanceTimersByTime(ANNOUNCE_GAP_MS / 2);
    expect(said).toEqual(['card 30']);
    vi.advanceTimersByTime(ANNOUNCE_GAP_MS);
    expect(said).toEqual(['card 30', 'card 32']);
    // The same words twice, apart, are two announcements (the region's count changes).
    const seq = announcements.get().seq;
    vi.advanceTimersByTime(ANNOUNCE_GAP_MS * 2);
    announce('card 32');
    vi.advanceTimersByTime(0);
    expect(said).toEqual(['card 30', 'card 32', 'card 32']);
    expect(announcements.get().seq).toBe(seq + 1);
    stop();
  });
});
