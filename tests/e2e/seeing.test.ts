import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SELECTION } from '@shared/board/palette';
import type { ItemRecord } from '@shared/board/records';
import { linkSegments } from '../../renderer/src/canvas/links/link-segments';
import { pointAt } from '../../renderer/src/canvas/links/link-route';
import { useE2e } from './fixtures';
import { chooseInMoreMenu, waitReady } from './harness';

/**
 * For people who see less well, in Chromium against the real HOST: a ring where the keyboard is
 * on the board, large text for a projected board, and the system's "reduce motion" honoured.
 */
const e2e = useE2e();
const sample = e2e.useHost();

const rgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

const outline = (page: Page): Promise<{ style: string; width: string; color: string }> =>
  page.getByTestId('board-canvas').evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
  });

/** Height of the toolbar's first button, in CSS pixels as the screen shows it. */
const buttonHeight = async (page: Page): Promise<number> => (await page.getByTestId('tool-select').boundingBox())!.height;

describe('seeing the board', () => {
  it('Tab reaches the board, which then shows a focus ring in the selection colour', async () => {
    const page = await sample.open();
    expect((await outline(page)).style).toBe('none');
    let onBoard = false;
    for (let i = 0; i < 80 && !onBoard; i++) {
      await page.keyboard.press('Tab');
      onBoard = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'board-canvas');
    }
    expect(onBoard).toBe(true);
    expect(await outline(page)).toEqual({ style: 'solid', width: '3px', color: rgb(SELECTION) });
  });

  it('large text scales the chrome up, is remembered, and is undone by a second press', async () => {
    const page = await sample.open();
    const normal = await buttonHeight(page);
    const toggle = page.getByTestId('large-text');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await buttonHeight(page)).toBeGreaterThanOrEqual(normal * 1.3);

    // Remembered on this computer: still large after a reload.
    await page.reload();
    await waitReady(page);
    expect(await buttonHeight(page)).toBeGreaterThanOrEqual(normal * 1.3);
    await page.getByTestId('large-text').click();
    expect(await buttonHeight(page)).toBeCloseTo(normal, 0);
  });

  it('large text leaves what is drawn on the board where the board is: the keyboard’s card boxes and the links', async () => {
    const page = await sample.open('en-GB');
    await page.getByTestId('large-text').click();
    await chooseInMoreMenu(page, 'toggle-links');
    const items: ItemRecord[] = await page.evaluate(() => window.tablee!.snapshot().items);
    const byId = new Map(items.map((i) => [i.id, i]));
    const onACard = (p: { x: number; y: number }): boolean => items.some((i) => i.kind !== 'frame' && i.kind !== 'text' && p.x >= i.x - 4 && p.x <= i.x + i.w + 4 && p.y >= i.y - 4 && p.y <= i.y + i.h + 4);
    // A link of the sample and a point of it in a gap between cards (links pass under cards).
    let link: { x: number; y: number } | undefined;
    for (const s of linkSegments({ get: (id) => byId.get(id), all: () => byId.values() })) {
      for (let t = 0.3; t < 0.7 && !link; t += 0.02) if (!onACard(pointAt(s, t))) link = pointAt(s, t);
      if (link) break;
    }
    expect(link).toBeDefined();
    // The card nearest to that point, on the screen with it.
    const far = (i: ItemRecord): number => Math.hypot(i.x + i.w / 2 - link!.x, i.y + i.h / 2 - link!.y);
    const card = items.filter((i) => i.kind !== 'frame').sort((a, b) => far(a) - far(b))[0]!;
    // The link's point in the middle of the view, at a zoom other than 1.
    const zoom = 0.8;
    await page.evaluate(({ p, zoom }) => window.tablee!.setCamera({ zoom, x: 640 - p.x * zoom, y: 400 - p.y * zoom }), { p: link!, zoom });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    // The box a keyboard user moves through is the card's box on the screen.
    const seen = await page.evaluate(({ id, x, y }) => {
      const r = document.querySelector(`[data-card-id="${id}"]`)!.getBoundingClientRect();
      return { rect: { x: r.left, y: r.top, w: r.width, h: r.height }, at: window.tablee!.boardToScreen(x, y) };
    }, card);
    expect(seen.rect.x).toBeCloseTo(seen.at.x, 0);
    expect(seen.rect.y).toBeCloseTo(seen.at.y, 0);
    expect(seen.rect.w).toBeCloseTo(card.w * zoom, 0);
    expect(seen.rect.h).toBeCloseTo(card.h * zoom, 0);

    // The links' layer shows a line at the screen point where the board puts the link (read from
    // the pixel the layer shows there, through its place and size on the screen).
    const alpha = await page.evaluate((p) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="link-lines"]')!;
      const r = canvas.getBoundingClientRect();
      const s = window.tablee!.boardToScreen(p.x, p.y);
      const at = { x: Math.round(((s.x - r.left) * canvas.width) / r.width), y: Math.round(((s.y - r.top) * canvas.height) / r.height) };
      const data = canvas.getContext('2d')!.getImageData(at.x - 2, at.y - 2, 5, 5).data;
      let best = 0;
      for (let i = 3; i < data.length; i += 4) best = Math.max(best, data[i]!);
      return best;
    }, link!);
    expect(alpha).toBeGreaterThan(100);
    await page.context().close();
  });

  it('with “reduce motion” set in the system, nothing glides or blinks', async () => {
    const page = await sample.open();
    // A remote cursor glides to where its owner points; the timer blinks when time is up.
    const motion = (): Promise<{ transition: string; animation: string }> =>
      page.evaluate(() => {
        const cursor = document.createElement('div');
        cursor.className = 'remote-cursor';
        const timer = document.createElement('div');
        timer.className = 'timer-bar done';
        const text = document.createElement('span');
        text.className = 'timer-bar-text';
        timer.append(text);
        document.body.append(cursor, timer);
        const out = { transition: getComputedStyle(cursor).transitionDuration, animation: getComputedStyle(text).animationName };
        cursor.remove();
        timer.remove();
        return out;
      });
    expect(await motion()).not.toEqual({ transition: '0s', animation: 'none' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion()).toEqual({ transition: '0s', animation: 'none' });
  });
});
