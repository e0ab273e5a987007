import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { useE2e } from './fixtures';

/**
 * The sample residency as a facilitator first sees it, on a laptop screen: every control of the
 * top bar within reach, and the board zoomed out to fit still showing what its cards say.
 */

const e2e = useE2e();
// No --project: the first start opens the sample residency (its long title included).
const sample = e2e.useHost();

describe('the sample residency on a laptop screen', () => {
  it('keeps every top-bar control on screen, the save status included, in French and English', async () => {
    for (const locale of ['fr-FR', 'en-GB']) {
      for (const width of [1121, 1280, 1440]) {
        const page = await sample.open({ width, locale });
        const onScreen = () =>
          page.evaluate(() =>
            // The "More" menu's items are checked with the menu open, below.
            [...document.querySelectorAll<HTMLElement>('.top-bar button:not([role="menuitem"]), .top-bar .save-badge')].map((e) => {
              const r = e.getBoundingClientRect();
              return { name: e.title || e.textContent || e.className, left: r.left, right: r.right, width: r.width };
            }),
          );
        const controls = await onScreen();
        expect(controls.length).toBeGreaterThan(10);
        const off = controls.filter((c) => c.left < 0 || c.right > width || c.width < 8);
        expect(off, `${locale} at ${width} px`).toEqual([]);
        // The menu open: its items are on screen too.
        await page.getByTestId('more-menu').click();
        const items = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.top-bar [role="menuitem"]')].map((e) => {
            const r = e.getBoundingClientRect();
            return { name: e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
          }),
        );
        expect(items.length).toBe(5);
        expect(items.filter((c) => c.left < 0 || c.right > width || c.top < 0 || c.bottom > 800 || c.width < 8), `menu, ${locale} at ${width} px`).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('zoomed out to fit the whole board, its notes still show their words', async () => {
    const page = await sample.open('fr-FR');
    const { fit, note } = await page.evaluate(() => {
      const t = window.tablee!;
      const fit = t.fitCamera();
      t.setCamera(fit);
      const note = t.snapshot().items.find((i) => i.kind === 'note' && i.text.length > 40)!;
      return { fit, note };
    });
    // At this zoom a note's text is a few pixels high: once drawn as blank squares.
    expect(fit.zoom).toBeLessThan(0.4);
    await expect.poll(() => inkIn(page, note), { timeout: 5_000 }).toBeGreaterThan(40);
    await page.context().close();
  });

  it('after a zoom animated frame by frame, every note on screen shows its words once it stops', async () => {
    const page = await sample.open('en-GB');
    const seen = await page.evaluate(async () => {
      const t = window.tablee!;
      const fit = t.fitCamera();
      // Far out (cards as plain shapes), then the whole board on the next frame: in an animation
      // only some cards get their texts each frame; the rest must follow once it stops.
      const cx = (640 - fit.x) / fit.zoom;
      const cy = (400 - fit.y) / fit.zoom;
      for (const zoom of [fit.zoom * 0.5, fit.zoom * 0.7, fit.zoom]) {
        t.setCamera({ x: 640 - cx * zoom, y: 400 - cy * zoom, zoom });
        await new Promise((r) => requestAnimationFrame(r));
      }
      const items = t.snapshot().items;
      return { total: items.length, notes: items.filter((i) => i.kind === 'note' && i.text.length > 40) };
    });
    // More cards on screen than the few that get their texts in one frame of an animation.
    expect(seen.total).toBeGreaterThan(40);
    expect(seen.notes.length).toBeGreaterThan(10);
    for (const note of seen.notes) await expect.poll(() => inkIn(page, note), { timeout: 5_000 }).toBeGreaterThan(20);
    await page.context().close();
  });
});

/** Dark pixels inside a card on screen (its edges and shadow left out): its words, drawn. */
async function inkIn(page: Page, card: { x: number; y: number; w: number; h: number }): Promise<number> {
  const a = await page.evaluate(([x, y]) => window.tablee!.boardToScreen(x!, y!), [card.x, card.y]);
  const b = await page.evaluate(([x, y]) => window.tablee!.boardToScreen(x!, y!), [card.x + card.w, card.y + card.h]);
  const inset = (b.x - a.x) * 0.15;
  const clip = { x: a.x + inset, y: a.y + inset, width: b.x - a.x - 2 * inset, height: b.y - a.y - 2 * inset };
  const png = PNG.sync.read(await page.screenshot({ clip }));
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const lum = 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!;
    if (lum < 170) ink++;
  }
  return ink;
}
