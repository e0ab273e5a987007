import { describe, expect, it } from 'vitest';
import { clockOffset } from '@shared/room/clock-offset';

describe("the HOST's clock offset", () => {
  it('is unknown without an answer', () => {
    expect(clockOffset([])).toBeNull();
  });

  it('takes the halfway point of the shortest round trip', () => {
    // My clock is 3 minutes behind the HOST's; the slow answers would mislead by seconds.
    const skew = 180_000;
    const samples = [
      { sentAt: 1000, receivedAt: 5000, hostNow: 1200 + skew },
      { sentAt: 6000, receivedAt: 6020, hostNow: 6010 + skew },
      { sentAt: 7000, receivedAt: 9000, hostNow: 8900 + skew },
    ];
    expect(clockOffset(samples)).toBe(skew);
  });

  it('ignores a sample whose answer came back before the question left (a clock set back meanwhile)', () => {
    expect(clockOffset([{ sentAt: 100, receivedAt: 50, hostNow: 0 }])).toBeNull();
  });
});
