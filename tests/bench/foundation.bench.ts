/**
 * Foundation figures: save time and file size, load time, and cold start to a drawn board.
 *   npx tsx tests/bench/foundation.bench.ts
 * Prints one JSON document. Not a test: it never fails on a timing.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { buildProjectFile } from '../../shared/project-file/build';
import { loadProjectText } from '../../shared/project-file/load';
import { writeFileAtomic } from '../../electron/host/atomic-write';
import { launchBrowser, openBoard, REPO, startHost } from '../e2e/harness';
import { generateBoard } from './generate-board';

const RUNS = 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

async function saveFigures(doc: Y.Doc, dir: string) {
  const path = join(dir, 'bench.tablee');
  const meta = { title: 'bench', createdAt: '', savedAt: '', app: 'bench' };
  const build: number[] = [];
  const write: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    const text = JSON.stringify(buildProjectFile(doc, meta, []), null, 1);
    build.push(ms(t0));
    t0 = performance.now();
    await writeFileAtomic(path, text);
    write.push(ms(t0));
    t0 = performance.now();
    const loaded = loadProjectText(readFileSync(path, 'utf8'));
    load.push(ms(t0));
    if (!loaded.ok) throw new Error(loaded.error.code);
  }
  return {
    save_build_ms: { median: median(build), unit: 'ms', what: 'encode Yjs state + snapshot + JSON text' },
    save_write_ms: { median: median(write), unit: 'ms', what: 'atomic write with fsync' },
    load_ms: { median: median(load), unit: 'ms', what: 'parse + migrate + validate + repair' },
    file_bytes: { value: statSync(path).size, unit: 'bytes' },
    yjs_state_bytes: { value: Y.encodeStateAsUpdate(doc).length, unit: 'bytes' },
  };
}

async function coldStart(project: string, dir: string) {
  const hostReady: number[] = [];
  const drawn: number[] = [];
  const browser = await launchBrowser();
  try {
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const host = await startHost({ project, dataDir: join(dir, 'data') });
      hostReady.push(ms(t0));
      const t1 = performance.now();
      const page = await openBoard(browser, host.url);
      drawn.push(ms(t1));
      await page.context().close();
      await host.stop();
    }
  } finally {
    await browser.close();
  }
  return {
    host_ready_ms: { median: median(hostReady), unit: 'ms', what: 'spawn host command → ready line' },
    browser_drawn_ms: { median: median(drawn), unit: 'ms', what: 'page load → window.tablee.ready (board drawn)', viewport: '1280x800' },
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tablee-bench-'));
  try {
    const sampleText = readFileSync(join(REPO, 'resources', 'sample', 'residence-exemple.tablee'), 'utf8');
    const sample = loadProjectText(sampleText);
    if (!sample.ok) throw new Error('sample does not load');
    const big = generateBoard(10_000);
    const bigPath = join(dir, 'big.tablee');
    writeFileSync(bigPath, JSON.stringify(buildProjectFile(big, { title: 'big', createdAt: '', savedAt: '', app: '' }, []), null, 1));
    const samplePath = join(dir, 'sample.tablee');
    writeFileSync(samplePath, sampleText);
    const figures = {
      conditions: { machine: '2 cores, Node ' + process.version, chromium: 'headless, software canvas', runs: RUNS },
      sample: { cards: readItemsCount(sample.value.doc), ...(await saveFigures(sample.value.doc, dir)), ...(await coldStart(samplePath, dir)) },
      generated_10k: { cards: 10_000, ...(await saveFigures(big, dir)), ...(await coldStart(bigPath, dir)) },
    };
    process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readItemsCount(doc: Y.Doc): number {
  return doc.getMap('items').size;
}

await main();
