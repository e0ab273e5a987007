import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2e } from './fixtures';
import { waitSaved } from './harness';
import { notesOnDisk as notesIn } from './on-disk';

/** "Save as" moves the open board to a new file: what is written afterwards must land there. */

const e2e = useE2e();
const first = e2e.path('atelier.tablee');
const copy = e2e.path('atelier-copie.tablee');
const board = e2e.useHost({ project: first });

async function writeNote(page: Page, text: string, at: { x: number; y: number }): Promise<void> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.keyboard.press('n');
  await page.getByTestId('text-editor').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

describe('save as, then go on editing', () => {
  it('keeps the undo history and saves the later edits in the new file, not the old one', async () => {
    const page = await board.open('en-GB');
    await writeNote(page, 'before the copy', { x: 300, y: 300 });
    await waitSaved(page);

    await page.getByTestId('project-button').click();
    await page.getByTestId('save-as-path').fill(copy);
    await page.getByTestId('save-as-submit').click();
    await page.getByTestId('project-panel').waitFor({ state: 'detached' });

    await writeNote(page, 'after the copy', { x: 600, y: 300 });
    await waitSaved(page);
    await expect.poll(() => notesIn(copy), { timeout: 10_000 }).toEqual(['after the copy', 'before the copy']);
    expect(notesIn(first)).toEqual(['before the copy']);
    // Still the same doc and history: undo takes back what was typed last, in the new file too.
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expect.poll(() => notesIn(copy), { timeout: 10_000 }).not.toContain('after the copy');
    expect(notesIn(copy)).toContain('before the copy');
    await page.context().close();
  });
});
