import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openBoard, startHost, tempDir, type RunningHost } from './harness';

let browser: Browser;
const dir = tempDir();
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  dir.remove();
});

const kinds = (page: Page): Promise<string[]> => page.evaluate(() => window.tablee!.snapshot().items.map((i) => i.kind));
const zoom = (page: Page): Promise<number> => page.evaluate(() => window.tablee!.camera().zoom);

describe('keyboard shortcuts, from the one action table', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await startHost({ project: join(dir.path, 'raccourcis.tablee'), dataDir: join(dir.path, 'data') });
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('the board keys act on the board, and none of them while typing in a field', async () => {
    const page = await openBoard(browser, host.url);
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);

    await page.keyboard.press('n');
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('un');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.tablee!.selection())).toEqual([]);

    // Typing in the search field: letters, Delete and ? are words there, not board commands.
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill('');
    await page.getByTestId('search-input').pressSequentially('nfp?');
    await page.getByTestId('search-input').press('Delete');
    expect(await kinds(page)).toEqual(['note']);
    await expect.poll(() => page.getByTestId('shortcuts-panel').count()).toBe(0);
    await page.getByTestId('search-input').press('Escape');

    // Select all, duplicate, delete, undo, redo with Ctrl+Y.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+d');
    expect(await kinds(page)).toEqual(['note', 'note']);
    await page.keyboard.press('Delete');
    expect(await kinds(page)).toEqual(['note']);
    await page.keyboard.press('Control+z');
    expect(await kinds(page)).toEqual(['note', 'note']);
    await page.keyboard.press('Control+z');
    expect(await kinds(page)).toEqual(['note']);
    await page.keyboard.press('Control+y');
    expect(await kinds(page)).toEqual(['note', 'note']);

    // Tools by their letters; Meta is not Ctrl on Linux (Meta+Z undoes nothing).
    await page.keyboard.press('h');
    expect(await page.evaluate(() => window.tablee!.tool())).toBe('hand');
    await expect.poll(() => page.getByTestId('tool-hand').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('v');
    expect(await page.evaluate(() => window.tablee!.tool())).toBe('select');
    await page.keyboard.press('Meta+z');
    expect(await kinds(page)).toEqual(['note', 'note']);

    // Zoom: 0 back to 100 %, Shift+2 on the selection, Shift+1 the whole board.
    await page.keyboard.press('0');
    expect(await zoom(page)).toBe(1);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Shift+Digit2');
    const onSelection = await zoom(page);
    expect(onSelection).toBeGreaterThan(1);
    await page.keyboard.press('Shift+Digit1');
    expect(await zoom(page)).not.toBe(onSelection);
  });

  it('? lists every action with its keys, in French, and Escape closes the list', async () => {
    const page = await openBoard(browser, host.url);
    await page.keyboard.press('Shift+Slash');
    const panel = page.getByTestId('shortcuts-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Raccourcis clavier');
    expect(await panel.locator('tr[data-action="export"]').textContent()).toBe('Exporter…Ctrl+Shift+E');
    expect(await panel.locator('tr[data-action="redo"] kbd').allTextContents()).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(await panel.locator('tr[data-action="show-backups"] td').textContent()).toBe('menu seulement');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // The toolbar's tooltips say the same name and keys.
    expect(await page.getByTestId('undo').getAttribute('title')).toBe('Annuler (Ctrl+Z)');
    expect(await page.getByTestId('tool-note').getAttribute('title')).toBe('Post-it (N)');
  });

  it('the button by the zoom opens the list, in English on an English system', async () => {
    const page = await openBoard(browser, host.url, 'en-US');
    await page.getByTestId('shortcuts-button').click();
    const panel = page.getByTestId('shortcuts-panel');
    await panel.waitFor();
    expect(await panel.locator('tr[data-action="zoom-fit"]').textContent()).toBe('Zoom to FitShift+1 or Ctrl+1');
    expect(await page.getByTestId('open-interviews').getAttribute('title')).toBe('Interviews (I)');
    await page.getByTestId('shortcuts-close').click();
    await panel.waitFor({ state: 'detached' });
  });
});
