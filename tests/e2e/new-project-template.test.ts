import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotOf, type BoardSnapshot } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { launchBrowser, openBoard, startHost, tempDir, waitSaved } from './harness';

/**
 * New… (the project panel's create form) offers the same templates as an empty board's chooser,
 * and the new board gets them as it opens. Driven with the keyboard alone once the panel is open.
 */

let browser: Browser;
const dir = tempDir();
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  dir.remove();
});

const snap = (page: Page): Promise<BoardSnapshot> => page.evaluate(() => window.tablee!.snapshot());
const frameTitles = (s: BoardSnapshot): string[] => s.items.flatMap((i) => (i.kind === 'frame' ? [i.title] : [])).sort();
const focused = (page: Page): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);

const RESIDENCY_AREAS = ['1 · Immersion: quotes and observations', '2 · Themes', '3 · Proposals', '4 · Experiments'].sort();

/** Opens the project panel from the keyboard (the Project button, then Enter). */
async function openPanel(page: Page): Promise<void> {
  await page.getByTestId('project-button').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('create-form').waitFor();
}

describe('New… with a template', () => {
  it('keyboard alone: path, title, the Residency template, Enter; the new board and its file hold the four areas; one undo takes them back', async () => {
    const host = await startHost({ project: join(dir.path, 'start.tablee'), dataDir: join(dir.path, 'data-keys') });
    try {
      const page = await openBoard(browser, host.url, 'en-GB');
      await openPanel(page);
      const form = page.getByTestId('create-form');
      // Every field is named by its label, the choice by its legend.
      expect(await form.getByRole('group', { name: 'Start this project from:' }).count()).toBe(1);
      expect(await form.getByRole('radio', { name: /^An empty board/ }).isChecked()).toBe(true);

      const path = join(dir.path, 'valley.tablee');
      await form.getByLabel('Path of the file on the host computer').focus();
      await page.keyboard.type(path);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('create-title');
      await page.keyboard.type('Valley residency');
      // Tab lands on the checked radio (the empty board); the arrows move through the choices.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('create-template-empty');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await form.getByRole('radio', { name: /^Residency/ }).isChecked()).toBe(true);
      await page.keyboard.press('Enter');

      await expect.poll(() => page.getByTestId('project-title').textContent(), { timeout: 20_000 }).toBe('Valley residency');
      expect(await page.getByTestId('project-panel').count()).toBe(0);
      await expect.poll(async () => frameTitles(await snap(page))).toEqual(RESIDENCY_AREAS);
      // The form already chose: the new board does not ask again.
      expect(await page.getByTestId('template-chooser').count()).toBe(0);

      await waitSaved(page);
      const saved = loadProjectText(readFileSync(path, 'utf8'));
      expect(saved.ok && saved.value.report.repairs).toEqual([]);
      expect(saved.ok && frameTitles(snapshotOf(saved.value.doc))).toEqual(RESIDENCY_AREAS);

      // Laid out as the chooser lays it: one undo step of the facilitator's own.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await snap(page)).items.length).toBe(0);
      await page.context().close();
    } finally {
      await host.stop();
    }
  });

  it('Escape cancels: no file is made, the open board is left as it was and still offers its chooser', async () => {
    const host = await startHost({ project: join(dir.path, 'kept.tablee'), dataDir: join(dir.path, 'data-escape') });
    try {
      const page = await openBoard(browser, host.url, 'fr-FR');
      await openPanel(page);
      const form = page.getByTestId('create-form');
      const path = join(dir.path, 'abandon.tablee');
      await form.getByLabel('Chemin du fichier', { exact: false }).focus();
      await page.keyboard.type(path);
      await form.getByRole('radio', { name: /^Restitution/ }).focus();
      await page.keyboard.press('Space');
      expect(await form.getByRole('radio', { name: /^Restitution/ }).isChecked()).toBe(true);
      await page.keyboard.press('Escape');

      await page.getByTestId('project-panel').waitFor({ state: 'detached' });
      expect(existsSync(path)).toBe(false);
      expect((await snap(page)).items).toEqual([]);
      expect(await page.getByTestId('template-chooser').count()).toBe(1);
      await page.context().close();
    } finally {
      await host.stop();
    }
  });

  it('a creation that fails lays its template nowhere: not on the open board, not on the next board opened', async () => {
    const current = join(dir.path, 'current.tablee');
    const host = await startHost({ project: current, dataDir: join(dir.path, 'data-fail') });
    try {
      const page = await openBoard(browser, host.url, 'en-GB');
      // Another empty project on disk, to open right after the failure.
      await waitSaved(page);
      const other = join(dir.path, 'other.tablee');
      copyFileSync(current, other);
      await openPanel(page);
      const form = page.getByTestId('create-form');
      // The open project's own file: the HOST refuses to make a project over it.
      await page.getByTestId('create-path').fill(current);
      await form.getByRole('radio', { name: /^Residency/ }).check();
      await page.getByTestId('create-submit').click();
      await page.getByTestId('form-error').waitFor();
      expect((await snap(page)).items).toEqual([]);

      // Another empty project opened right away: a new board, still empty, still asking.
      await page.getByTestId('open-path').fill(other);
      await page.getByTestId('open-submit').click();
      // The panel closes once the other project is open (a refusal would show its reason instead).
      await expect.poll(async () => (await page.getByTestId('form-error').allTextContents()).join(' ') || page.getByTestId('project-panel').count(), { timeout: 20_000 }).toBe(0);
      await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="project-title"]')?.getAttribute('title'))).toBe(other);
      await page.waitForFunction(() => window.tablee?.ready === true);
      expect(await page.getByTestId('template-chooser').count()).toBe(1);
      expect((await snap(page)).items).toEqual([]);
      await page.context().close();
    } finally {
      await host.stop();
    }
  });
});
