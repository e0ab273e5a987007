import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snapshotOf, type BoardSnapshot } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { readProjectLang } from '@shared/records/meta';
import { useE2e } from './fixtures';
import { openProjectPanel, snapshot, waitReady, waitSaved } from './harness';

/**
 * New… (the project panel's create form) offers the same templates as an empty board's chooser,
 * and the new board gets them as it opens. Driven with the keyboard alone once the panel is open.
 */

const e2e = useE2e();

const frameTitles = (s: BoardSnapshot): string[] => s.items.flatMap((i) => (i.kind === 'frame' ? [i.title] : [])).sort();
const focused = (page: Page): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);

const RESIDENCY_AREAS = ['1 · Immersion: quotes and observations', '2 · Themes', '3 · Proposals', '4 · Experiments'].sort();


describe('New… with a template', () => {
  it('keyboard alone: path, title, the Residency template, Enter; the new board and its file hold the four areas; one undo takes them back', async () => {
    await e2e.withHost({ project: e2e.path('start.tablee'), data: 'data-keys' }, async (host) => {
      const page = await host.open('en-GB');
      await openProjectPanel(page);
      const form = page.getByTestId('create-form');
      // Every field is named by its label, the choice by its legend.
      expect(await form.getByRole('group', { name: 'Start this project from:' }).count()).toBe(1);
      expect(await form.getByRole('radio', { name: /^An empty board/ }).isChecked()).toBe(true);
      // Each choice reads as a line: a small radio, then its name on the same line, what it holds below.
      for (const id of ['residency', 'restitution', 'empty']) {
        const radio = (await form.getByTestId(`create-template-${id}`).boundingBox())!;
        const name = (await form.getByTestId(`create-template-${id}`).locator('xpath=..').locator('strong').boundingBox())!;
        expect(radio.width, id).toBeLessThan(24);
        expect(radio.x + radio.width, id).toBeLessThanOrEqual(name.x);
        expect(Math.abs(radio.y + radio.height / 2 - (name.y + name.height / 2)), id).toBeLessThan(name.height);
      }

      const path = e2e.path('valley.tablee');
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
      await expect.poll(async () => frameTitles(await snapshot(page))).toEqual(RESIDENCY_AREAS);
      // The form already chose: the new board does not ask again.
      expect(await page.getByTestId('template-chooser').count()).toBe(0);

      await waitSaved(page);
      const saved = loadProjectText(readFileSync(path, 'utf8'));
      expect(saved.ok && saved.value.report.repairs).toEqual([]);
      expect(saved.ok && frameTitles(snapshotOf(saved.value.doc))).toEqual(RESIDENCY_AREAS);
      // Created in English: its exports will be in English, whoever opens it later.
      expect(saved.ok && readProjectLang(saved.value.doc)).toBe('en');

      // Laid out as the chooser lays it: one undo step of the facilitator's own.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await snapshot(page)).items.length).toBe(0);
      await page.context().close();
    });
  });

  it('Escape cancels: no file is made, the open board is left as it was and still offers its chooser', async () => {
    await e2e.withHost({ project: e2e.path('kept.tablee'), data: 'data-escape' }, async (host) => {
      const page = await host.open('fr-FR');
      await openProjectPanel(page);
      const form = page.getByTestId('create-form');
      const path = e2e.path('abandon.tablee');
      await form.getByLabel('Chemin du fichier', { exact: false }).focus();
      await page.keyboard.type(path);
      await form.getByRole('radio', { name: /^Restitution/ }).focus();
      await page.keyboard.press('Space');
      expect(await form.getByRole('radio', { name: /^Restitution/ }).isChecked()).toBe(true);
      await page.keyboard.press('Escape');

      await page.getByTestId('project-panel').waitFor({ state: 'detached' });
      expect(existsSync(path)).toBe(false);
      expect((await snapshot(page)).items).toEqual([]);
      expect(await page.getByTestId('template-chooser').count()).toBe(1);
      await page.context().close();
    });
  });

  it('a creation that fails lays its template nowhere: not on the open board, not on the next board opened', async () => {
    const current = e2e.path('current.tablee');
    await e2e.withHost({ project: current, data: 'data-fail' }, async (host) => {
      const page = await host.open('en-GB');
      // Another empty project on disk, to open right after the failure.
      await waitSaved(page);
      const other = e2e.path('other.tablee');
      copyFileSync(current, other);
      await openProjectPanel(page);
      const form = page.getByTestId('create-form');
      // The open project's own file: the HOST refuses to make a project over it.
      await page.getByTestId('create-path').fill(current);
      await form.getByRole('radio', { name: /^Residency/ }).check();
      await page.getByTestId('create-submit').click();
      await page.getByTestId('form-error').waitFor();
      expect((await snapshot(page)).items).toEqual([]);

      // Another empty project opened right away: a new board, still empty, still asking.
      await page.getByTestId('open-path').fill(other);
      await page.getByTestId('open-submit').click();
      // The panel closes once the other project is open (a refusal would show its reason instead).
      await expect.poll(async () => (await page.getByTestId('form-error').allTextContents()).join(' ') || page.getByTestId('project-panel').count(), { timeout: 20_000 }).toBe(0);
      await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="project-title"]')?.getAttribute('title'))).toBe(other);
      await waitReady(page);
      expect(await page.getByTestId('template-chooser').count()).toBe(1);
      expect((await snapshot(page)).items).toEqual([]);
      await page.context().close();
    });
  });
});
