import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SELECTION } from '@shared/board/palette';
import { useE2e } from './fixtures';
import { waitReady } from './harness';

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
