import { afterAll, describe, expect, it } from 'vitest';
import { runKillRounds } from '../fuzz/kill-rounds';
import { tempDir } from './harness';

/** A handful of seeded kills here; the benchmark runs 1,000 (tests/bench/kill-save.ts). */
const KILLS = 5;

describe('kill -9 at seeded random moments while saving', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it(`after each of ${KILLS} kills the file opens with every acknowledged edit, and the next start leaves no temp file`, { timeout: KILLS * 20_000 }, async () => {
    const run = await runKillRounds({ rounds: KILLS, seed: 1, dir: dir.path });
    expect(run.rounds.map((r) => ({ round: r.round, opens: r.opens, lostAcknowledged: r.lostAcknowledged }))).toEqual(
      Array.from({ length: KILLS }, (_, round) => ({ round, opens: true, lostAcknowledged: 0 })),
    );
    expect(run.rounds.reduce((sum, r) => sum + r.sent, 0)).toBeGreaterThan(KILLS);
    expect(run.tempFilesAfterRestart).toBe(0);
  });
});
