/**
 * kill -9 of the real host command while edits are pushed and saved; prints one JSON document.
 *   npx tsx tests/bench/kill-save.ts                    # 1,000 kills, seed 1
 *   KILLS=50 KILL_SEED=7 npx tsx tests/bench/kill-save.ts
 * "lost" counts the edits of a round that are not in the file after the kill: typed in the last
 * moments (not saved yet, or never sent); "lost_acknowledged" those the host had said were saved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKillRounds } from '../fuzz/kill-rounds';

const kills = Number(process.env.KILLS ?? 1000);
const seed = Number(process.env.KILL_SEED ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'tablee-kill-'));
const started = performance.now();
try {
  const run = await runKillRounds({ rounds: kills, seed, dir, log: (line) => process.stderr.write(`[kill] ${line}\n`) });
  const stats = (values: number[]): { median: number; p99: number; max: number; mean: number } => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return { median: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0, mean: Math.round((values.reduce((a, b) => a + b, 0) / (values.length || 1)) * 10) / 10 };
  };
  const rounds = run.rounds;
  process.stdout.write(
    JSON.stringify(
      {
        kills: rounds.length,
        seed,
        files_that_did_not_open: rounds.filter((r) => !r.opens).map((r) => r.round),
        edits_sent: rounds.reduce((a, r) => a + r.sent, 0),
        edits_acknowledged: rounds.reduce((a, r) => a + r.acknowledged, 0),
        lost_per_kill: stats(rounds.map((r) => r.lost)),
        lost_acknowledged: Math.max(0, ...rounds.map((r) => r.lostAcknowledged)),
        temp_files_after_a_kill: stats(rounds.map((r) => r.tempFiles)),
        temp_files_after_restart: run.tempFilesAfterRestart,
        total_s: Math.round((performance.now() - started) / 100) / 10,
      },
      null,
      2,
    ) + '\n',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
