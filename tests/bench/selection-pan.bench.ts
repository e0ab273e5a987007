/**
 * Cost of a pan while a large selection is shown with its selection bar (features/selection):
 *   npx tsx tests/bench/selection-pan.bench.ts [--size 50000] [--frames 120]
 * The canvas benchmark's machinery (a production build, the HOST serving it, Debian's Chromium,
 * its page driver) on a generated board with every card selected, panned at 40 % and 100 %, and
 * the same pans with nothing selected. The keyboard's card layer is left out (`?no-card-layer`):
 * at 40 % it holds the selection, which would hide the bar's own cost. Prints one JSON document
 * on stdout, progress on stderr; never fails on a figure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { buildProjectFile } from '../../shared/project-file/build';
import { buildRenderer, launchBenchBrowser, startBenchHost, stats, VIEWPORT } from './canvas-bench';
import { generateBoard } from './generate-board';
import { PAGE_DRIVER } from './page-driver';

const { values } = parseArgs({ options: { size: { type: 'string', default: '50000' }, frames: { type: 'string', default: '120' } } });
const size = Number(values.size);
const frames = Number(values.frames);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(frames) || frames < 10) {
  process.stderr.write('usage: selection-pan.bench.ts [--size N] [--frames F≥10]\n');
  process.exit(2);
}
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

type Cam = { x: number; y: number; zoom: number };

/** One pan from `from`, 12 px left and 4 up a frame: frame work and main-thread CPU per frame (CDP ThreadTime). */
async function pan(page: Page, from: Cam) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const thread = async (): Promise<number> => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  const t0 = await thread();
  const r = await page.evaluate<{ intervals: number[]; work: number[] }>(`window.__tableeBench.pan(${JSON.stringify(from)}, -12, -4, ${frames})`);
  const cpu = (await thread()) - t0;
  await cdp.detach();
  return { frame_interval: stats(r.intervals), frame_work: stats(r.work), main_thread_cpu_per_frame: { value: Math.round((cpu / frames) * 100) / 100, unit: 'ms' } };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tablee-selection-bench-'));
  const rendererDir = join(dir, 'renderer');
  log('building the renderer (production)');
  await buildRenderer(rendererDir);
  const browser = await launchBenchBrowser();
  const path = join(dir, 'board.tablee');
  const doc = generateBoard(size);
  writeFileSync(path, JSON.stringify(buildProjectFile(doc, { title: `bench ${size}`, createdAt: '2026-01-01T00:00:00.000Z', savedAt: '2026-01-01T00:00:00.000Z', app: 'bench' }, [])));
  doc.destroy();
  const host = await startBenchHost(path, join(dir, 'data'), rendererDir);
  const figures: Record<string, unknown> = {};
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${host.url}?no-card-layer`);
    await page.waitForFunction(() => window.tablee?.ready === true, undefined, { timeout: 120_000 });
    await page.evaluate(PAGE_DRIVER);
    const fit = await page.evaluate<Cam>('window.tablee.fitCamera()');
    const mid = { x: (VIEWPORT.width / 2 - fit.x) / fit.zoom, y: (VIEWPORT.height / 2 - fit.y) / fit.zoom };
    const at = (zoom: number): Cam => ({ x: VIEWPORT.width / 2 - mid.x * zoom, y: VIEWPORT.height / 2 - mid.y * zoom, zoom });
    for (const selected of ['none', 'every_card'] as const) {
      const count = await page.evaluate((all) => {
        const t = window.tablee!;
        t.select(all ? t.snapshot().items.filter((i) => i.kind !== 'frame').map((i) => i.id) : []);
        return t.selection().length;
      }, selected === 'every_card');
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      const bar = await page.evaluate(() => document.querySelector('[data-testid="selection-bar"]') !== null);
      log(`  ${count} selected: pan at 100 %, then at 40 %`);
      figures[`selected_${selected}`] = { selected: count, selection_bar_shown: bar, pan_100: await pan(page, at(1)), pan_40: await pan(page, at(0.4)) };
    }
    await context.close();
  } finally {
    await host.stop();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ bench: 'selection-pan', size, frames, viewport: VIEWPORT, card_layer: 'off', figures }, null, 2)}\n`);
}

await main();
