import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2e } from './fixtures';
import { boardToScreen, snapshot, waitSaved, writeNoteAt } from './harness';
import { itemsOnDisk } from './on-disk';

const e2e = useE2e();

/** The pixels of a card's top right corner, where the padlock goes. */
async function corner(page: Page, card: { x: number; y: number; w: number }): Promise<Buffer> {
  const at = await boardToScreen(page, card.x + card.w - 40, card.y);
  return page.screenshot({ clip: { x: at.x, y: at.y, width: 40, height: 40 } });
}

describe('locks, in Chromium against the real HOST', () => {
  const project = e2e.path('verrous.tablee');
  const board = e2e.useHost({ project });

  it('the lock action locks the selected note (Ctrl+Shift+L), shows a padlock on it, and is one undo step; the file keeps the lock', async () => {
    const page = await board.open();
    await writeNoteAt(page, { x: 400, y: 300 }, 'Ordre du jour');
    const note = (await snapshot(page)).items.find((i) => i.kind === 'note')!;
    await page.evaluate((id) => window.tablee!.select([id]), note.id);
    // Away from the card, so the pointer's hover draws nothing there.
    await page.mouse.move(20, 700);
    const before = await corner(page, note);
    expect(await page.getByTestId('lock').getAttribute('aria-pressed')).toBe('false');

    await page.keyboard.press('Control+Shift+L');
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.id === note.id)?.locked).toBe(true);
    expect(await page.getByTestId('lock').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await corner(page, note)).equals(before)).toBe(false);
    await waitSaved(page);
    expect(itemsOnDisk(project).find((i) => i.id === note.id)?.locked).toBe(true);

    // One undo takes the lock off, and the padlock with it.
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.id === note.id)?.locked ?? false).toBe(false);
    await expect.poll(async () => (await corner(page, note)).equals(before)).toBe(true);

    // The toolbar's button does the same as the key.
    await page.getByTestId('lock').click();
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.id === note.id)?.locked).toBe(true);
    await page.context().close();
  });
});
