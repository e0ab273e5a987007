/**
 * Runs project-file fuzz cases in a process of its own, so that a case that hangs or crashes the
 * process can be told apart and skipped by its parent (run-project-fuzz.ts). One JSON line a case.
 *   node --import tsx tests/fuzz/project-fuzz-worker.ts <seeds: 1-500 or 11,18,79> <small|large> <work folder>
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHostCore } from '../../electron/host/host-core';
import { loadCorpus, mutateCase, SCALES } from './mutate-project';
import { runProjectCase } from './project-case';

const [seedText, scaleName, workDir] = process.argv.slice(2);
const range = /^(\d+)-(\d+)$/.exec(seedText!);
const seeds = range ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i) : seedText!.split(',').map(Number);
const scale = SCALES[scaleName === 'large' ? 'large' : 'small'];
const dataDir = join(workDir!, 'data');
const projects = join(workDir!, 'projects');
mkdirSync(projects, { recursive: true });
const corpus = loadCorpus();
const host = await createHostCore({ dataDir, host: 'browser', projectPath: join(projects, 'start.tablee') });
for (const seed of seeds) {
  process.stdout.write(`${JSON.stringify({ starting: seed })}\n`);
  const outcome = await runProjectCase(host, dataDir, projects, mutateCase(seed, corpus, scale));
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}
await host.close();
process.stdout.write(`${JSON.stringify({ done: true })}\n`);
process.exit(0);
