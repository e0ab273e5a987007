import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startHost, tempDir, type RunningHost } from './harness';

/**
 * The sample residency as a facilitator first sees it, on a laptop screen: every control of the
 * top bar within reach, and the board zoomed out to fit still showing what its cards say.
 */

let browser: Browser;
let host: RunningHost;
const dir = tempDir();
beforeAll(async () => {
  browser = await launchBrowser();
  // No --project: the first start opens the sample residency (its long title included).
  host = await startHost({ dataDir: dir.path });
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
  dir.remove();
});

async function open(width: number, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.waitForFunction(() => window.tablee?.ready === true, undefined, { timeout: 30_000 });
  return page;
}

describe('the sample residency on a laptop screen', () => {
  it('keeps every top-bar control on screen, the save status included, in French and English', async () => {
    for (const locale of ['fr-FR', 'en-GB']) {
      for (const width of [1121, 1280, 1440]) {
        const page = await open(width, locale);
        const controls = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.top-bar button, .top-bar .save-badge')].map((e) => {
            const r = e.getBoundingClientRect();
            return { name: e.title || e.textContent || e.className, left: r.left, right: r.right, width: r.width };
          }),
        );
        expect(controls.length).toBeGreaterThan(10);
        const off = controls.filter((c) => c.left < 0 || c.right > width || c.width < 8);
        expect(off, `${locale} at ${width} px`).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('zoomed out to fit the whole board, its notes still show their words', async () => {
    const page = await open(1280, 'fr-FR');
    const { fit, note } = await page.evaluate(() => {
      const t = window.tablee!;
      const fit = t.fitCamera();
      t.setCamera(fit);
      const note = t.snapshot().items.find((i) => i.kind === 'note' && i.text.length > 40)!;
      return { fit, note };
    });
    // At this zoom a note's text is a few pixels high: once drawn as blank squares.
    expect(fit.zoom).toBeLessThan(0.4);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const a = await page.evaluate(([x, y]) => window.tablee!.boardToScreen(x!, y!), [note.x, note.y]);
    const b = await page.evaluate(([x, y]) => window.tablee!.boardToScreen(x!, y!), [note.x + note.w, note.y + note.h]);
    // The inner part of the card (its edges and shadow left out), in page pixels.
    const inset = (b.x - a.x) * 0.15;
    const clip = { x: a.x + inset, y: a.y + inset, width: b.x - a.x - 2 * inset, height: b.y - a.y - 2 * inset };
    const png = PNG.sync.read(await page.screenshot({ clip }));
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const lum = 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!;
      if (lum < 170) ink++;
    }
    expect(ink, `dark pixels in a ${png.width}×${png.height} px note`).toBeGreaterThan(40);
    await page.context().close();
  });
});
