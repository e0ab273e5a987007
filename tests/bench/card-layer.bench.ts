/**
 * Cost of the cards' accessible layer (renderer/src/features/keyboard/CardLayer.tsx) while panning:
 *   npx tsx tests/bench/card-layer.bench.ts [--sizes 10000,50000] [--frames 240]
 * The canvas benchmark's machinery (a production build, the HOST serving it, Debian's Chromium,
 * its page driver) on generated boards, each pan run with the layer on and off (`?no-card-layer`),
 * at 100 % (the layer holds the cards on screen) and at 40 % (too many near the view: it holds
 * the selection alone). Prints one JSON document on stdout, progress on stderr; never fails on a figure.
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

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,50000' }, frames: { type: 'string', default: '240' } } });
const sizes = values.sizes.split(',').map(Number);
const frames = Number(values.frames);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(frames) || frames < 10) {
  process.stderr.write('usage: card-layer.bench.ts [--sizes N,N] [--frames F≥10]\n');
  process.exit(2);
}
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

type Cam = { x: number; y: number; zoom: number };

/** One pan from `from`, 12 px left and 4 up a frame: frame intervals, work, and main-thread CPU per frame (CDP ThreadTime). */
async function pan(page: Page, from: Cam) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const thread = async (): Promise<number> => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  const t0 = await thread();
  const r = await page.evaluate<{ intervals: number[]; work: number[] }>(`window.__tableeBench.pan(${JSON.stringify(from)}, -12, -4, ${frames})`);
  const cpu = (await thread()) - t0;
  await cdp.detach();
  return {
    frame_interval: stats(r.intervals),
    frame_work: stats(r.work),
    main_thread_cpu_per_frame: { value: Math.round((cpu / frames) * 100) / 100, unit: 'ms' },
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tablee-layer-bench-'));
  const rendererDir = join(dir, 'renderer');
  log('building the renderer (production)');
  await buildRenderer(rendererDir);
  const browser = await launchBenchBrowser();
  const out: Record<string, unknown> = {};
  try {
    for (const n of sizes) {
      log(`board of ${n} items`);
      const path = join(dir, `board-${n}.tablee`);
      const doc = generateBoard(n);
      const meta = { title: `bench ${n}`, createdAt: '2026-01-01T00:00:00.000Z', savedAt: '2026-01-01T00:00:00.000Z', app: 'bench' };
      writeFileSync(path, JSON.stringify(buildProjectFile(doc, meta, [])));
      doc.destroy();
      const host = await startBenchHost(path, join(dir, `data-${n}`), rendererDir);
      const figures: Record<string, unknown> = {};
      try {
        for (const layer of ['on', 'off'] as const) {
          const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
          const page = await context.newPage();
          await page.goto(layer === 'on' ? host.url : `${host.url}?no-card-layer`);
          await page.waitForFunction(() => window.tablee?.ready === true, undefined, { timeout: 120_000 });
          await page.evaluate(PAGE_DRIVER);
          const fit = await page.evaluate<Cam>('window.tablee.fitCamera()');
          const mid = { x: (VIEWPORT.width / 2 - fit.x) / fit.zoom, y: (VIEWPORT.height / 2 - fit.y) / fit.zoom };
          const at = (zoom: number): Cam => ({ x: VIEWPORT.width / 2 - mid.x * zoom, y: VIEWPORT.height / 2 - mid.y * zoom, zoom });
          const cardsInLayer = async (): Promise<number> => page.evaluate(() => document.querySelectorAll('[data-card-id]').length);
          log(`  layer ${layer}: pan at 100 %, then at 40 %`);
          const at100 = await pan(page, at(1));
          const held100 = await cardsInLayer();
          const at40 = await pan(page, at(0.4));
          const held40 = await cardsInLayer();
          figures[`layer_${layer}`] = { pan_100: { ...at100, cards_in_layer: held100 }, pan_40: { ...at40, cards_in_layer: held40 } };
          await context.close();
        }
      } finally {
        await host.stop();
      }
      out[String(n)] = figures;
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ bench: 'card-layer', frames, viewport: VIEWPORT, boards: out }, null, 2)}\n`);
}

await main();
