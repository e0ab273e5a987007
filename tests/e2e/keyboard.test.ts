import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { useE2e } from './fixtures';

const e2e = useE2e();

/** Cards put on the page's board as another peer would (one update), so the test knows their ids. */
async function seed(page: Page, build: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc();
  build(doc);
  const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  await page.evaluate((u) => window.tablee!.applyRemoteUpdate(u), update);
}

/** Two themes, the second far off screen, and loose cards: the board of the focus-order test. */
function themesBoard(doc: Y.Doc): Record<string, string> {
  return {
    a: createItem(doc, { kind: 'frame', x: 40, y: 100, w: 800, h: 500, title: 'Housing' }),
    aRight: createItem(doc, { kind: 'note', x: 400, y: 180, text: 'shared laundry' }),
    aLeft: createItem(doc, { kind: 'note', x: 80, y: 200, text: 'more benches' }),
    aBelow: createItem(doc, { kind: 'note', x: 80, y: 400, text: 'quiet rooms' }),
    b: createItem(doc, { kind: 'frame', x: 4000, y: 100, w: 600, h: 400, title: 'Transport' }),
    bOnly: createItem(doc, { kind: 'note', x: 4100, y: 200, text: 'night bus' }),
    loose: createItem(doc, { kind: 'note', x: 8000, y: 3000, text: 'misc' }),
  };
}

const focusedCard = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-card-id') ?? null);
const focusedLabel = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
const liveText = (page: Page): Promise<string> => page.getByTestId('live-region').innerText();
const itemOf = (page: Page, id: string) => page.evaluate((i) => window.tablee!.snapshot().items.find((r) => r.id === i), id);

/** Focus on the board: nothing focused, as after a click on the canvas. */
const blur = (page: Page): Promise<void> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

let boards = 0;

/** A board of its own for each test (a HOST on a new project) with the themes board on it, in English. */
async function withThemes(body: (page: Page, ids: Record<string, string>) => Promise<void>): Promise<void> {
  await e2e.withHost({ project: e2e.path(`clavier-${++boards}.tablee`), data: `data-${boards}` }, async (host) => {
    const page = await host.open('en-US');
    let ids: Record<string, string> = {};
    await seed(page, (doc) => {
      ids = themesBoard(doc);
    });
    await page.evaluate(() => window.tablee!.setCamera({ x: 0, y: 0, zoom: 1 }));
    await blur(page);
    // The first Tab reaches the board itself (its ring says the keyboard is there); the next ones enter the cards.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('board-canvas');
    await body(page, ids);
  });
}

describe('the board by the keyboard alone', () => {

  it('Tab goes through the cards in reading order, theme by theme, the view following, then out to the toolbars', () =>
    withThemes(async (page, ids) => {

      // The first Tab enters the cards (the first in reading order near the view); the next ones go on in order.
      const reached: string[] = [];
      for (let i = 0; i < 7; i++) {
        await page.keyboard.press('Tab');
        reached.push((await focusedCard(page)) ?? 'out');
        // The view followed: the card reached is on screen and selected.
        if (i === 5) {
          const onScreen = await page.evaluate((id) => {
            const t = window.tablee!;
            const r = t.snapshot().items.find((x) => x.id === id)!;
            const p = t.boardToScreen(r.x + r.w / 2, r.y + r.h / 2);
            return p.x > 0 && p.y > 0 && p.x < innerWidth && p.y < innerHeight;
          }, ids.bOnly!);
          expect(onScreen).toBe(true);
          expect(await page.evaluate(() => window.tablee!.selection())).toEqual([ids.bOnly]);
        }
      }
      expect(reached).toEqual([ids.a, ids.aLeft, ids.aRight, ids.aBelow, ids.b, ids.bOnly, ids.loose]);
      // Past the last card, Tab leaves the cards for the page's controls.
      await page.keyboard.press('Tab');
      expect(await focusedCard(page)).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
      // Shift+Tab goes back the same way.
      await page.keyboard.press('Shift+Tab');
      expect(await focusedCard(page)).toBe(ids.loose);
      await page.keyboard.press('Shift+Tab');
      expect(await focusedCard(page)).toBe(ids.bOnly);
    }));

  it('the live region says the card reached: its kind, its theme, its text', () =>
    withThemes(async (page) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focusedLabel(page)).toBe('Note, in theme Housing: more benches');
      await expect.poll(() => liveText(page)).toBe('Note, in theme Housing: more benches');
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => liveText(page)).toBe('Theme: Housing');
    }));

  it('arrows move the selected card, Shift a larger step, each press one undo step', () =>
    withThemes(async (page, ids) => {
      await page.evaluate((id) => window.tablee!.select([id]), ids.aBelow!);
      await blur(page);
      const before = (await itemOf(page, ids.aBelow!))!;
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowDown');
      let after = (await itemOf(page, ids.aBelow!))!;
      expect([after.x - before.x, after.y - before.y]).toEqual([10, 100]);
      await page.keyboard.press('Control+z');
      after = (await itemOf(page, ids.aBelow!))!;
      expect([after.x - before.x, after.y - before.y]).toEqual([10, 0]);
      await page.keyboard.press('Control+z');
      after = (await itemOf(page, ids.aBelow!))!;
      expect([after.x, after.y]).toEqual([before.x, before.y]);
    }));

  it('"move to theme…" without a drag: a searchable list, the card lands in the theme, the focus comes back to it', () =>
    withThemes(async (page, ids) => {
      await page.evaluate(() => window.tablee!.setCamera({ x: -7000, y: -2700, zoom: 1 }));
      await blur(page);
      await page.keyboard.press('Tab');
      expect(await focusedCard(page)).toBe(ids.loose);
      await page.keyboard.press('Shift+KeyT');
      const dialog = page.getByTestId('move-to-theme');
      await dialog.waitFor();
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      await page.keyboard.type('trans');
      // Tab stays inside the dialog.
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      }
      await page.getByTestId('move-to-theme-search').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(0);
      expect((await itemOf(page, ids.loose!))!.parentId).toBe(ids.b);
      expect(await focusedCard(page)).toBe(ids.loose);
      await expect.poll(() => liveText(page)).toBe('Moved into Transport');
    }));

  it('a dialog closed with Escape gives the focus back to the card it was opened from', () =>
    withThemes(async (page, ids) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focusedCard(page)).toBe(ids.aLeft);
      await page.keyboard.press('Control+Shift+E');
      await page.getByTestId('export-dialog').waitFor();
      expect(await focusedCard(page)).toBeNull();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('export-dialog').count()).toBe(0);
      await expect.poll(() => focusedCard(page)).toBe(ids.aLeft);
    }));

  it('deleting the focused card gives the focus to the next card, never to nowhere', () =>
    withThemes(async (page, ids) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focusedCard(page)).toBe(ids.aLeft);
      await page.keyboard.press('Delete');
      await expect.poll(() => focusedCard(page)).toBe(ids.aRight);
      expect(await page.evaluate(() => window.tablee!.selection())).toEqual([ids.aRight]);
      // Enter opens the card reached; Escape brings the keyboard back to it.
      await page.keyboard.press('Enter');
      await page.getByTestId('text-editor').waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedCard(page)).toBe(ids.aRight);
    }));
});
