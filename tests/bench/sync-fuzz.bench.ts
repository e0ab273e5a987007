import { runSyncFuzz, FuzzFailure } from '../fuzz/sync-fuzz';

/**
 * The sync fuzz at full size: `npx tsx tests/bench/sync-fuzz.bench.ts [seeds] [steps]` (default
 * 2,000 seeds of 400 steps). Prints one JSON document; a failure is listed with its seed, to pin
 * in tests/unit/sync-fuzz.test.ts.
 */
const seeds = Number(process.argv[2] ?? 2000);
const steps = Number(process.argv[3] ?? 400);
const started = performance.now();
const failures: Array<{ seed: number; peers: number; message: string }> = [];
let operations = 0;
let delivered = 0;
let dropped = 0;
for (let seed = 1; seed <= seeds; seed++) {
  const peers = 2 + (seed % 4);
  try {
    const r = runSyncFuzz({ seed, peers, steps });
    operations += Object.values(r.operations).reduce((a, b) => a + b, 0);
    delivered += r.delivered;
    dropped += r.dropped;
  } catch (e) {
    failures.push({ seed, peers, message: e instanceof FuzzFailure ? e.message : String(e) });
  }
  if (seed % 100 === 0) process.stderr.write(`${seed}/${seeds}\n`);
}
console.log(
  JSON.stringify(
    { benchmark: 'sync-fuzz', seeds, stepsPerSeed: steps, peers: '2-5', operations, updatesDelivered: delivered, updatesLost: dropped, failures, seconds: +((performance.now() - started) / 1000).toFixed(1) },
    null,
    2,
  ),
);
