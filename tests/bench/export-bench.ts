/**
 * Export benchmark: how long PNG, SVG and PDF exports take for the sample residency and for
 * generated boards, measured two ways:
 *   - in_page: through the real export dialog in Chromium, from the click on "Save on this
 *     computer" to the dialog saying the file is written by the HOST (everything a facilitator waits for);
 *   - generation_in_node: the pure generators alone (model, layout, SVG text, PDF bytes), in this process.
 * Returns one JSON-ready object; tests/bench/run.ts adds it to its document.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { readExportModel } from '../../shared/export/export-model';
import { layoutPicture } from '../../shared/export-pictures/layout';
import { buildPdf } from '../../shared/export-pictures/pdf';
import { buildSvg } from '../../shared/export-pictures/svg';
import { buildProjectFile } from '../../shared/project-file/build';
import { loadProjectText } from '../../shared/project-file/load';
import { REPO } from '../e2e/harness';
import { buildRenderer, launchBenchBrowser, startBenchHost, VIEWPORT } from './canvas-bench';
import { generateBoard } from './generate-board';

const FORMATS = ['png', 'svg', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const round = (x: number): number => Math.round(x * 10) / 10;

function generationInNode(doc: Y.Doc) {
  const t0 = performance.now();
  const model = readExportModel(doc, { anonymised: true, lang: 'fr' });
  const t1 = performance.now();
  const layout = layoutPicture(model, { region: { kind: 'board' }, margin: 40, background: '#ffffff' })!;
  const t2 = performance.now();
  const svg = buildSvg(layout);
  const t3 = performance.now();
  return {
    model,
    layout,
    figures: async () => {
      const t4 = performance.now();
      const pdf = await buildPdf([layout], { pageSize: 'A3', orientation: 'landscape', marginMm: 10, meta: { title: 'bench', date: '', credits: '', licence: 'CC BY-SA 4.0' }, pause: async () => {} });
      const t5 = performance.now();
      return {
        items_drawn: layout.itemCount,
        shapes: layout.shapes.length,
        model_ms: round(t1 - t0),
        layout_and_wrap_ms: round(t2 - t1),
        svg_text_ms: round(t3 - t2),
        svg_bytes: Buffer.byteLength(svg),
        pdf_ms: round(t5 - t4),
        pdf_bytes: pdf.byteLength,
      };
    },
  };
}

async function exportInPage(page: Page, format: Format, out: string): Promise<{ ms: number; bytes: number; message: string }> {
  await page.keyboard.press('Control+Shift+E');
  await page.getByTestId('export-dialog').waitFor();
  await page.getByTestId('export-format').selectOption(format);
  if (format !== 'pdf') await page.getByTestId('export-region').selectOption('board');
  if (format === 'png') await page.getByTestId('export-scale').selectOption('2');
  await page.getByTestId('export-path').fill(out);
  await page.getByTestId('export-overwrite').check();
  const t0 = performance.now();
  await page.getByTestId('export-save').click();
  const message = page.getByTestId('export-message');
  await message.waitFor({ timeout: 600_000 });
  const ms = performance.now() - t0;
  const text = (await message.textContent()) ?? '';
  const kind = await message.getAttribute('data-kind');
  await page.keyboard.press('Escape');
  await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
  if (kind !== 'ok') throw new Error(`${format} export failed: ${text}`);
  return { ms: round(ms), bytes: statSync(out).size, message: text };
}

export async function runExportBench(opts: { sizes: number[]; log?: (line: string) => void }) {
  const log = opts.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'tablee-export-bench-'));
  const rendererDir = join(dir, 'renderer');
  log('export: building the renderer (production)');
  await buildRenderer(rendererDir);
  const browser = await launchBenchBrowser();
  const boards: Record<string, unknown> = {};
  try {
    const samplePath = join(dir, 'sample.tablee');
    copyFileSync(join(REPO, 'resources', 'sample', 'residence-exemple.tablee'), samplePath);
    const cases: Array<{ name: string; path: string }> = [{ name: 'sample', path: samplePath }];
    for (const n of opts.sizes) {
      const doc = generateBoard(n);
      const path = join(dir, `board-${n}.tablee`);
      writeFileSync(path, JSON.stringify(buildProjectFile(doc, { title: `bench ${n}`, createdAt: '2026-01-01T00:00:00.000Z', savedAt: '2026-01-01T00:00:00.000Z', app: 'bench' }, [])));
      doc.destroy();
      cases.push({ name: String(n), path });
    }
    for (const c of cases) {
      log(`export: ${c.name}: generators in Node`);
      const loaded = loadProjectText(readFileSync(c.path, 'utf8'));
      if (!loaded.ok) throw new Error(loaded.error.detail);
      const node = await generationInNode(loaded.value.doc).figures();
      log(`export: ${c.name}: through the dialog in Chromium`);
      const host = await startBenchHost(c.path, join(dir, `data-${c.name}`), rendererDir);
      const inPage: Record<string, unknown> = {};
      try {
        const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
        const page = await context.newPage();
        await page.goto(host.url);
        await page.waitForFunction(() => window.tablee?.ready === true, undefined, { timeout: 120_000 });
        for (const format of FORMATS) inPage[format] = await exportInPage(page, format, join(dir, `${c.name}.${format}`));
        await context.close();
      } finally {
        await host.stop();
      }
      boards[c.name] = { generation_in_node: node, in_page: inPage };
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    what: 'export times: in_page = click on "Save on this computer" to "Exported to …" in the dialog (model, layout, file bytes, base64 to the HOST, atomic write); generation_in_node = the pure generators alone',
    conditions: 'whole board, anonymised, margin 40; PNG at 2× (reduced when the browser limits are reached, the message says so); PDF on one A4 landscape page (in_page) or A3 landscape (in Node)',
    boards,
  };
}
