import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readItems } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { launchBrowser, openBoard, startHost, tempDir, waitSaved, type RunningHost } from './harness';

/** "Save as" moves the open board to a new file: what is written afterwards must land there. */

let browser: Browser;
let host: RunningHost;
const dir = tempDir();
const first = join(dir.path, 'atelier.tablee');
const copy = join(dir.path, 'atelier-copie.tablee');

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHost({ project: first, dataDir: join(dir.path, 'data') });
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
  dir.remove();
});

async function writeNote(page: Page, text: string, at: { x: number; y: number }): Promise<void> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.keyboard.press('n');
  await page.getByTestId('text-editor').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

const notesIn = (path: string): string[] => {
  const loaded = loadProjectText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.detail);
  return readItems(loaded.value.doc)
    .flatMap((i) => (i.kind === 'note' ? [i.text] : []))
    .sort();
};

describe('save as, then go on editing', () => {
  it('keeps the undo history and saves the later edits in the new file, not the old one', async () => {
    const page = await openBoard(browser, host.url, 'en-GB');
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
