import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Box } from '@shared/board/geometry';
import type { FrameRecord, ItemRecord } from '@shared/board/records';
import { FRAME_TITLE_SIZE, TITLE_LINE_HEIGHT, titleAboveBox, titleScaleFor } from '../../renderer/src/canvas/items/frame-geometry';
import { useE2e } from './fixtures';

/**
 * What floats over the board gives way to it, on the sample residency at a laptop's size: the
 * selection bar never covers the selection, fitting keeps the selection between the bars, a
 * frame's visible title is the frame's (a double-click renames it), and toasts never pile up.
 */

const e2e = useE2e();
const sample = e2e.useHost();

const items = (page: Page): Promise<ItemRecord[]> => page.evaluate(() => window.tablee!.snapshot().items);

/** A board box as the page shows it, in client pixels. */
async function onScreen(page: Page, box: Box): Promise<Box> {
  return page.evaluate(({ x, y, w, h }) => {
    const a = window.tablee!.boardToScreen(x, y);
    const b = window.tablee!.boardToScreen(x + w, y + h);
    return { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y };
  }, box);
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every bar over the board that is on screen: the top bar's parts, the selection bar, zoom, day, export, present, vote. */
async function bars(page: Page): Promise<Array<Box & { name: string }>> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.top-bar > *, [data-testid="selection-bar"], [data-testid="zoom-bar"], .timer-controls, .present-controls, .export-open-button, .vote-open-button',
      ),
    ]
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.className, x: r.left, y: r.top, w: r.width, h: r.height };
      })
      .filter((r) => r.w > 0 && r.h > 0),
  );
}

/** The sample's quote and note cards (not frames), in the order of the board. */
const cards = (all: ItemRecord[]): ItemRecord[] => all.filter((i) => i.kind === 'quote' || i.kind === 'note');

describe('the selection bar gives way', () => {
  it('never covers the card I select, at the bottom of the view or at the top', async () => {
    const page = await sample.open('fr-FR');
    const card = cards(await items(page))[0]!;
    // The card centred across, its bottom edge just above the bottom bars (where a docked bar would be), then just under the top bar.
    for (const screenY of [800 - 110 - card.h, 70]) {
      await page.evaluate(({ c, y }) => window.tablee!.setCamera({ zoom: 1, x: 640 - (c.x + c.w / 2), y: y - c.y }), { c: card, y: screenY });
      const box = await onScreen(page, card);
      await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
      expect(await page.evaluate(() => window.tablee!.selection())).toEqual([card.id]);
      const bar = page.getByTestId('selection-bar');
      await bar.waitFor();
      // After the bar has placed itself (one frame).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const barBox = (await bar.boundingBox())!;
      expect(overlaps(box, { x: barBox.x, y: barBox.y, w: barBox.width, h: barBox.height }), `card at ${screenY}`).toBe(false);
      // Whole on screen, and over none of the other bars.
      expect(barBox.y).toBeGreaterThanOrEqual(0);
      expect(barBox.y + barBox.height).toBeLessThanOrEqual(800);
      for (const other of (await bars(page)).filter((b) => b.name.includes('top-') || b.name.includes('toolbar'))) {
        expect(overlaps(other, { x: barBox.x, y: barBox.y, w: barBox.width, h: barBox.height }), other.name).toBe(false);
      }
      await page.keyboard.press('Escape');
    }
    await page.context().close();
  });

  it('fitting and zooming to the selection keep every selected card between the bars', async () => {
    const page = await sample.open('en-GB');
    const all = await items(page);
    // A theme's cards and the board's lowest card: a selection that reaches the bottom of the board.
    const lowest = cards(all).sort((a, b) => b.y + b.h - (a.y + a.h))[0]!;
    const theme = all.find((i) => i.kind === 'frame' && i.id === 'frame:sample-theme-1')!;
    const chosen = [...cards(all).filter((i) => i.parentId === theme.id), lowest];
    await page.evaluate((ids) => window.tablee!.select(ids), chosen.map((i) => i.id));
    await page.getByTestId('selection-bar').waitFor();
    for (const keys of ['Shift+Digit2', 'Shift+Digit1']) {
      await page.mouse.move(640, 400);
      await page.keyboard.press(keys);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const chrome = await bars(page);
      expect(chrome.some((b) => b.name.includes('selection-bar'))).toBe(true);
      for (const card of chosen) {
        const box = await onScreen(page, card);
        expect(box.x >= 0 && box.y >= 0 && box.x + box.w <= 1280 && box.y + box.h <= 800, `${keys}: ${card.id} on screen`).toBe(true);
        for (const bar of chrome) expect(overlaps(box, bar), `${keys}: ${card.id} under ${bar.name}`).toBe(false);
      }
    }
    await page.context().close();
  });
});

describe('one toolbar row', () => {
  it('the residency tools are in the More menu: reached from the keyboard, Escape closes it', async () => {
    const page = await sample.open('en-GB');
    // No second row of them over the board: they are in the toolbar, hidden until the menu opens.
    for (const id of ['open-interviews', 'new-proposal', 'new-experiment', 'open-search', 'toggle-links']) {
      expect(await page.locator(`.toolbar [data-testid="${id}"]`).count(), id).toBe(1);
      expect(await page.getByTestId(id).isVisible(), id).toBe(false);
    }
    const more = page.getByTestId('more-menu');
    await more.focus();
    await page.keyboard.press('Enter');
    const interviews = page.getByTestId('open-interviews');
    await interviews.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-interviews');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('new-proposal');
    await page.keyboard.press('Escape');
    await interviews.waitFor({ state: 'hidden' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('more-menu');
    // Opened again, an item runs its action and the menu closes.
    await page.keyboard.press('Enter');
    await interviews.waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('interviews-panel').waitFor();
    expect(await interviews.isVisible()).toBe(false);
    await page.context().close();
  });

  it('after choosing “Links”, from the keyboard or the mouse, the focus is back on the ⋯ button, not lost', async () => {
    const page = await sample.open('en-GB');
    const more = page.getByTestId('more-menu');
    const overlay = page.getByTestId('link-overlay');
    const focused = async (): Promise<string | null> => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      return page.evaluate(() => (document.activeElement === document.body ? 'body' : (document.activeElement?.getAttribute('data-testid') ?? null)));
    };
    await more.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('toggle-links').waitFor();
    await page.keyboard.press('End');
    expect(await focused()).toBe('toggle-links');
    await page.keyboard.press('Enter');
    await page.getByTestId('toggle-links').waitFor({ state: 'hidden' });
    expect(await overlay.getAttribute('data-show')).toBe('all');
    expect(await focused()).toBe('more-menu');
    // Chosen with the mouse (the item takes the focus on the click, then hides): the same.
    await more.click();
    await page.getByTestId('toggle-links').click();
    expect(await overlay.getAttribute('data-show')).toBe('selection');
    expect(await focused()).toBe('more-menu');
    await page.context().close();
  });
});

describe('the title of a frame is part of the frame', () => {
  it('zoomed out, a double-click on the title written above the frame renames it (Enter confirms) and creates no note', async () => {
    const page = await sample.open('fr-FR');
    const before = await items(page);
    const frame = before.find((i): i is FrameRecord => i.id === 'frame:sample-theme-1' && i.kind === 'frame')!;
    const zoom = (await page.evaluate(() => window.tablee!.camera())).zoom;
    const scale = titleScaleFor(zoom);
    // The sample opens fitted: far enough out that the title is the label above the frame.
    expect(scale).toBeGreaterThan(1);
    const label = titleAboveBox(frame.w, scale);
    // On its first line's words, near the start.
    const line = FRAME_TITLE_SIZE * scale * TITLE_LINE_HEIGHT;
    const at = await page.evaluate(
      ({ x, y }) => window.tablee!.boardToScreen(x, y),
      { x: frame.x + label.x + 3 * FRAME_TITLE_SIZE * scale * 0.5, y: frame.y + label.y + line / 2 },
    );
    // It is outside the frame's box, above its edge.
    expect(at.y).toBeLessThan((await onScreen(page, frame)).y);
    await page.mouse.dblclick(at.x, at.y);
    const editor = page.getByTestId('text-editor');
    await editor.waitFor();
    expect(await editor.getAttribute('data-item-id')).toBe(frame.id);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Thème 1 · Les étiquettes');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await items(page)).find((i) => i.id === frame.id)).toMatchObject({ title: 'Thème 1 · Les étiquettes' });
    const after = await items(page);
    expect(after).toHaveLength(before.length);
    expect(after.filter((i) => i.kind === 'note')).toHaveLength(before.filter((i) => i.kind === 'note').length);
    await page.context().close();
  });

  it('at 100 %, a double-click on the title in the band renames it; Escape leaves it as it was', async () => {
    const page = await sample.open('fr-FR');
    const before = await items(page);
    const frame = before.find((i): i is FrameRecord => i.id === 'frame:sample-theme-2' && i.kind === 'frame')!;
    await page.evaluate((f) => window.tablee!.setCamera({ zoom: 1, x: 200 - f.x, y: 200 - f.y }), frame);
    await page.mouse.dblclick(200 + 40, 200 + 20);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type(' (brouillon)');
    await page.keyboard.press('Escape');
    await page.getByTestId('text-editor').waitFor({ state: 'detached' });
    expect((await items(page)).find((i) => i.id === frame.id)).toMatchObject({ title: frame.title });
    expect(await items(page)).toHaveLength(before.length);
    await page.context().close();
  });

  it('a long title fits in its frame, whole on hover and in the selection bar', async () => {
    const page = await sample.open('fr-FR');
    const frame = (await items(page)).find((i): i is FrameRecord => i.id === 'frame:sample-theme-3' && i.kind === 'frame')!;
    const long = 'Thème 3 · Personne ne sait qui fait quoi, ni où aller quand on a besoin d’aide, ni à qui parler quand on ne sait pas lire les formulaires';
    await page.evaluate((f) => window.tablee!.setCamera({ zoom: 1, x: 200 - f.x, y: 200 - f.y }), frame);
    await page.mouse.dblclick(200 + 40, 200 + 20);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(long);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await items(page)).find((i) => i.id === frame.id)).toMatchObject({ title: long });
    // On the title in the canvas, the canvas' tooltip is the whole title.
    await page.mouse.move(200 + 60, 200 + 22);
    await page.mouse.move(200 + 70, 200 + 22);
    await expect.poll(() => page.getByTestId('board-canvas').getAttribute('title')).toBe(long);
    // Selected, the bar says it whole.
    await page.mouse.click(200 + 70, 200 + 22);
    expect(await page.getByTestId('frame-title').textContent()).toBe(long);
    await page.context().close();
  });
});

describe('toasts', () => {
  it('never pile up: at most three, the same message once (counted), an error dismissed with its button', async () => {
    const page = await sample.open('en-GB');
    // Texts too long to become notes, each a different length: one error message each.
    const paste = (length: number) =>
      page.evaluate((n) => {
        const data = new DataTransfer();
        data.setData('text/plain', 'x'.repeat(n));
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, length);
    // One paste per key press: the page takes a paste 80 ms after the last at the earliest.
    for (let i = 1; i <= 6; i++) {
      await paste(20_000 + i);
      await page.waitForTimeout(100);
    }
    const toasts = page.getByTestId('toast');
    await expect.poll(() => toasts.count()).toBe(3);
    expect(await toasts.last().textContent()).toContain('20,006');
    // The same paste again: still three toasts, the last one counted twice.
    await paste(20_006);
    await page.waitForTimeout(100);
    await expect.poll(() => page.getByTestId('toast-count').textContent()).toBe('×2');
    expect(await toasts.count()).toBe(3);
    await toasts.last().getByRole('button').click();
    await expect.poll(() => toasts.count()).toBe(2);
    await page.context().close();
  });
});
