/**
 * Fuzzing the project loader and the HOST with mutated project files; prints one JSON document.
 *   npx tsx tests/bench/project-fuzz.ts                   # 10,000 cases from seed 1, large strings and nestings
 *   FUZZ_CASES=500 FUZZ_SEED=42 npx tsx tests/bench/project-fuzz.ts
 *   FUZZ_SCALE=small npx tsx tests/bench/project-fuzz.ts  # the sizes CI uses
 * A case is reproduced by its seed alone: FUZZ_SEED=<seed> FUZZ_CASES=1.
 */
import { runProjectFuzz } from '../fuzz/run-project-fuzz';

const cases = Number(process.env.FUZZ_CASES ?? 10_000);
const from = Number(process.env.FUZZ_SEED ?? 1);
const scale = process.env.FUZZ_SCALE === 'small' ? 'small' : 'large';
const started = performance.now();
const seeds = Array.from({ length: cases }, (_, i) => from + i);
const summary = await runProjectFuzz({ seeds, scale, log: (line) => process.stderr.write(`[fuzz] ${line}\n`) });
const ms = summary.outcomes.map((o) => o.ms).sort((a, b) => a - b);
const at = (q: number): number => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0);
const byMutation: Record<string, number> = {};
for (const o of summary.outcomes) for (const m of o.mutations) byMutation[m.split(/[@:(]/)[0]!] = (byMutation[m.split(/[@:(]/)[0]!] ?? 0) + 1;
process.stdout.write(
  JSON.stringify(
    {
      fuzz: 'project files',
      seeds: [from, from + cases - 1],
      scale,
      cases: summary.cases,
      results: summary.results,
      mutations: byMutation,
      violations: summary.violations.map(({ seed, source, mutations, violations }) => ({ seed, source, mutations, violations })),
      hangs: summary.hangs,
      crashes: summary.crashes,
      case_ms: { median: at(0.5), p99: at(0.99), max: Math.round(ms.at(-1) ?? 0) },
      total_s: Math.round((performance.now() - started) / 100) / 10,
    },
    null,
    2,
  ) + '\n',
);
