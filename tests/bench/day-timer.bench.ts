/**
 * The workshop day's figures (the body is tests/bench/day-timer-bench.ts; the renderer must be built: npm run build):
 *   npx tsx tests/bench/day-timer.bench.ts [--peers 11] [--samples 50] [--jitters 0,30] [--pages 4] [--steps 10]
 * Prints one JSON document on stdout, progress on stderr. Not a test: it never fails on a figure.
 */
import { parseArgs } from 'node:util';
import { runDayTimerBench } from './day-timer-bench';

const { values } = parseArgs({
  options: {
    peers: { type: 'string', default: '11' },
    samples: { type: 'string', default: '50' },
    jitters: { type: 'string', default: '0,30' },
    pages: { type: 'string', default: '4' },
    steps: { type: 'string', default: '10' },
  },
});
const count = (v: string, min: number): number | null => (Number.isInteger(Number(v)) && Number(v) >= min ? Number(v) : null);
const peers = count(values.peers, 1);
const samples = count(values.samples, 1);
const pages = count(values.pages, 0);
const steps = count(values.steps, 1);
const jitters = values.jitters.split(',').map((j) => count(j.trim(), 0));
if (peers === null || samples === null || pages === null || steps === null || jitters.some((j) => j === null)) {
  process.stderr.write('usage: day-timer.bench.ts [--peers N] [--samples N] [--jitters MS,MS] [--pages N] [--steps N]\n');
  process.exit(2);
}
const result = await runDayTimerBench({ peers, samples, jitters: jitters as number[], pages, steps, log: (line) => process.stderr.write(`[bench] ${line}\n`) });
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
// y-webrtc's module-level timers would keep Node up.
process.exit(0);
