import { describe, expect, it } from 'vitest';
import { runDayTimerBench } from '../bench/day-timer-bench';

const finite = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/**
 * A broken workshop-day benchmark fails npm test: the same code as tests/bench/day-timer.bench.ts on
 * the smallest room (3 skewed Node participants, 1 participant page, 2 steps), without the wait for
 * the next clock question. Only the shape is checked, never a timing.
 */
describe('workshop day benchmark', () => {
  it('prints the timer agreement across skewed clocks and the time from next step to every view moved', async () => {
    const lines: string[] = [];
    const doc = await runDayTimerBench({ peers: 3, samples: 2, jitters: [10], pages: 1, steps: 2, log: (l) => lines.push(l), refreshWaitMs: 0 });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(lines.length).toBeGreaterThan(0);
    expect(doc.timer_agreement).toHaveLength(1);
    const agreement = doc.timer_agreement[0]!;
    expect(agreement).toMatchObject({ peers: 3, jitter_ms: 10 });
    for (const moment of [agreement.just_after_joining, agreement.after_one_more_question]) {
      for (const figure of [moment.spread_across_peers, moment.worst_error_vs_host, moment.spread_without_offset]) {
        expect(figure.unit).toBe('ms');
        expect(figure.samples).toBe(2);
        for (const key of ['median', 'p95', 'max'] as const) expect(figure[key]).toSatisfy(finite);
      }
      // Read against their own clocks, laptops 5 minutes apart either way would disagree by 10 minutes: the offset is measured.
      expect(moment.spread_without_offset.median).toBeGreaterThan(9 * 60_000);
    }
    const step = doc.next_step_to_view!;
    expect(step).toMatchObject({ participant_pages: 1, steps: 2 });
    expect(step.every_view_moved.samples).toBe(2);
    expect(step.each_view_moved.samples).toBe(2);
    for (const key of ['median', 'p95', 'max'] as const) expect(step.every_view_moved[key]).toSatisfy(finite);
  }, 240_000);
});
