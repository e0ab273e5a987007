import { describe, expect, it } from 'vitest';
import { runSyncFuzz } from '../fuzz/sync-fuzz';

/**
 * The sync fuzz at CI size (tests/fuzz/sync-fuzz.ts says what it checks); the benchmark
 * `npx tsx tests/bench/sync-fuzz.bench.ts` runs thousands of seeds. A seed that once failed is
 * pinned here with what it found, so it keeps being replayed. What the fuzz found and fixed so far
 * is also a unit test of its own (tests/unit/renderer/undo-concurrent.test.ts: an undo after a
 * concurrent edit emptied a field; a move while a field was missing wrote NaN).
 */
const PINNED: Array<{ seed: number; peers: number; steps: number; found: string }> = [];

/**
 * Seeds that still fail, with what they show: each is expected to fail until it is fixed, and
 * then moves to PINNED above (so a fix is noticed, and a regression too).
 */
const OPEN: Array<{ seed: number; peers: number; steps: number; found: string }> = [
  { seed: 3, peers: 5, steps: 150, found: 'a frame undone and redone around concurrent moves reaches one peer without its x (no update pending)' },
];

describe('sync fuzz: random edits on 2–5 peers, late, partial and lost delivery, reconnects', () => {
  for (const { seed, peers, steps, found } of OPEN) {
    it.fails(`seed ${seed} still fails: ${found}`, () => {
      runSyncFuzz({ seed, peers, steps });
    }, 60_000);
  }

  for (const { seed, peers, steps, found } of PINNED) {
    it(`replays seed ${seed} (${found})`, () => {
      expect(runSyncFuzz({ seed, peers, steps }).steps).toBe(steps);
    }, 60_000);
  }

  it('every peer reads a valid board after every step and all converge to the same one', () => {
    const runs = [];
    for (let seed = 1; seed <= 16; seed++) runs.push(runSyncFuzz({ seed, peers: 2 + (seed % 4), steps: 120 }));
    // The runs really exercised the network: updates were lost to disconnects and healed by resync.
    expect(runs.reduce((n, r) => n + r.dropped, 0)).toBeGreaterThan(0);
    expect(runs.reduce((n, r) => n + r.reconnects, 0)).toBeGreaterThan(0);
    expect(runs.every((r) => r.records > 0)).toBe(true);
    // A bound for a busy machine, not a timing assertion: the runs take a few seconds.
  }, 120_000);
});
