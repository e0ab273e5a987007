/**
 * Foundation figures: save time and file size, load time, and cold start to a drawn board.
 *   npx tsx tests/bench/foundation.bench.ts
 * Prints one JSON document. Not a test: it never fails on a timing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { buildProjectFile } from '../../shared/project-file/build';
import { launchBrowser, openBoard, startHost } from '../e2e/harness';
import { generateBoard } from './generate-board';
import { inTempDir, loadSample, median, ms, RUNS, SAMPLE_PATH, saveLoadFigures } from './save-load';

async function saveFigures(doc: Y.Doc, dir: string) {
  const f = await saveLoadFigures(doc, join(dir, 'bench.tablee'), 'bench');
  return {
    save_build_ms: { median: f.build, unit: 'ms', what: 'encode Yjs state + snapshot + JSON text' },
    save_write_ms: { median: f.write, unit: 'ms', what: 'atomic write with fsync' },
    load_ms: { median: f.load, unit: 'ms', what: 'parse + migrate + validate + repair' },
    file_bytes: { value: f.fileBytes, unit: 'bytes' },
    yjs_state_bytes: { value: f.yjsStateBytes, unit: 'bytes' },
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
  await inTempDir('tablee-bench-', async (dir) => {
    const sample = loadSample();
    const big = generateBoard(10_000);
    const bigPath = join(dir, 'big.tablee');
    writeFileSync(bigPath, JSON.stringify(buildProjectFile(big, { title: 'big', createdAt: '', savedAt: '', app: '' }, []), null, 1));
    const samplePath = join(dir, 'sample.tablee');
    writeFileSync(samplePath, readFileSync(SAMPLE_PATH, 'utf8'));
    const figures = {
      conditions: { machine: '2 cores, Node ' + process.version, chromium: 'headless, software canvas', runs: RUNS },
      sample: { cards: readItemsCount(sample), ...(await saveFigures(sample, dir)), ...(await coldStart(samplePath, dir)) },
      generated_10k: { cards: 10_000, ...(await saveFigures(big, dir)), ...(await coldStart(bigPath, dir)) },
    };
    process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
  });
}

function readItemsCount(doc: Y.Doc): number {
  return doc.getMap('items').size;
}

await main();
