import { describe, expect, it } from 'vitest';
import { PINNED_LOADER_SEEDS } from '../../fuzz/pinned-loader-seeds';
import { runProjectFuzz } from '../../fuzz/run-project-fuzz';

/**
 * Mutated project files (bit flips, truncation, wrong types, huge strings, deep nesting, duplicated
 * and __proto__ keys, removed fields, damaged board bytes and records) through the real loader and
 * the real HOST core. The benchmark runs 10,000 of them: tests/bench/project-fuzz.ts.
 */
const CASES = 100;
// Detects a hang only (each case takes well under a second); no timing is asserted.
const HANG_MS = 60_000;

const broken = (summary: Awaited<ReturnType<typeof runProjectFuzz>>) => ({
  violations: summary.violations.map((v) => ({ seed: v.seed, mutations: v.mutations, violations: v.violations })),
  hangs: summary.hangs,
  crashes: summary.crashes,
});

describe('fuzzing project files', () => {
  it(`${CASES} seeded cases: nothing throws or hangs, no prototype is polluted, a refused file is never changed`, { timeout: 10 * HANG_MS }, async () => {
    const seeds = Array.from({ length: CASES }, (_, i) => i + 1);
    const summary = await runProjectFuzz({ seeds, scale: 'small', hangMs: HANG_MS });
    expect(broken(summary)).toEqual({ violations: [], hangs: [], crashes: [] });
    expect(summary.cases).toBe(CASES);
    // The cases reach both sides: files that open and files that are refused.
    expect(summary.results.opened).toBeGreaterThan(CASES / 10);
    expect(Object.keys(summary.results).filter((r) => r.startsWith('refused:')).length).toBeGreaterThan(1);
  });

  it('the seeds that once made the loader throw are refused cleanly', { timeout: 10 * HANG_MS }, async () => {
    const summary = await runProjectFuzz({ seeds: PINNED_LOADER_SEEDS, scale: 'small', hangMs: HANG_MS });
    expect(broken(summary)).toEqual({ violations: [], hangs: [], crashes: [] });
  });
});
