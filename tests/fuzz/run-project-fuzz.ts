import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CaseOutcome } from './project-case';

const WORKER = join(import.meta.dirname, 'project-fuzz-worker.ts');

export interface FuzzSummary {
  cases: number;
  results: Record<string, number>;
  /** Cases that broke an invariant, with what it was. */
  violations: CaseOutcome[];
  /** Seeds of cases that gave no answer within `hangMs`, or killed their process. */
  hangs: number[];
  crashes: { seed: number; stderr: string }[];
  outcomes: CaseOutcome[];
}

/**
 * Runs the cases of `seeds` in worker processes. A case that answers nothing for `hangMs` is a
 * hang: its worker is killed and the run goes on after it (the limit only detects a hang; it is no
 * timing assertion, so it is generous). A worker that dies mid-case is a crash, likewise.
 */
export async function runProjectFuzz(opts: { seeds: number[]; scale: 'small' | 'large'; hangMs?: number; log?: (line: string) => void }): Promise<FuzzSummary> {
  const hangMs = opts.hangMs ?? 120_000;
  const summary: FuzzSummary = { cases: 0, results: {}, violations: [], hangs: [], crashes: [], outcomes: [] };
  let left = opts.seeds;
  while (left.length) {
    const work = mkdtempSync(join(tmpdir(), 'tablee-fuzz-'));
    const done = new Set<number>();
    try {
      const stopped = await runWorker(seedArg(left), opts.scale, work, hangMs, (outcome) => {
        done.add(outcome.seed);
        summary.cases++;
        summary.outcomes.push(outcome);
        summary.results[outcome.result] = (summary.results[outcome.result] ?? 0) + 1;
        if (outcome.violations.length) summary.violations.push(outcome);
        if (summary.cases % 500 === 0) opts.log?.(`${summary.cases} cases`);
      });
      if (stopped.kind === 'done') break;
      // The case that was running when the worker stopped answering or died is recorded and skipped.
      const seed = stopped.seed ?? left.find((s) => !done.has(s))!;
      if (stopped.kind === 'hang') summary.hangs.push(seed);
      else summary.crashes.push({ seed, stderr: stopped.stderr.slice(-2000) });
      summary.cases++;
      done.add(seed);
      left = left.filter((s) => !done.has(s));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return summary;
}

/** A contiguous run of seeds as `a-b` (10,000 seeds would not fit a command line as a list). */
function seedArg(seeds: number[]): string {
  const contiguous = seeds.every((s, i) => s === seeds[0]! + i);
  return contiguous ? `${seeds[0]}-${seeds.at(-1)}` : seeds.join(',');
}

type Stopped = { kind: 'done' } | { kind: 'hang'; seed: number | undefined } | { kind: 'crash'; seed: number | undefined; stderr: string };

function runWorker(seeds: string, scale: string, work: string, hangMs: number, onCase: (o: CaseOutcome) => void): Promise<Stopped> {
  const proc = spawn(process.execPath, ['--import', 'tsx', WORKER, seeds, scale, work], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
  let running: number | undefined;
  let hung = false;
  let done = false;
  return new Promise((resolve) => {
    const hang = (): void => {
      hung = true;
      proc.kill('SIGKILL');
      resolve({ kind: 'hang', seed: running });
    };
    let timer = setTimeout(hang, hangMs);
    createInterface({ input: proc.stdout }).on('line', (line) => {
      clearTimeout(timer);
      timer = setTimeout(hang, hangMs);
      const message = JSON.parse(line) as { starting?: number; done?: boolean } & Partial<CaseOutcome>;
      if (message.starting !== undefined) running = message.starting;
      else if (message.done) done = true;
      else {
        running = undefined;
        onCase(message as CaseOutcome);
      }
    });
    proc.on('close', () => {
      clearTimeout(timer);
      if (hung) return;
      resolve(done ? { kind: 'done' } : { kind: 'crash', seed: running, stderr });
    });
  });
}
