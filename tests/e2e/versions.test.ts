import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { buildProjectFile, newBoardDoc } from '@shared/project-file/build';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { backupFolder } from '../../electron/host/backups';
import { versionFolder } from '../../electron/host/versions';
import { useE2e } from './fixtures';
import { boardToScreen, dragMouse, waitReady, waitSaved } from './harness';
import { itemsOnDisk } from './on-disk';

/**
 * Versions through the real HOST in real Chromium: save one with a name, list it, look at it
 * read-only with what changed, restore a theme and the whole board, undo the restore, bring a
 * deleted card back, export the version; damaged and newer version files listed and refused.
 */

const e2e = useE2e();
const project = e2e.path('atelier.tablee');

// Two themes: « Mobilité » holds the bus and the bike, « Santé » the doctor.
{
  const doc = newBoardDoc('Atelier', '2026-11-01T00:00:00.000Z');
  createItem(doc, { kind: 'frame', x: 0, y: 0, w: 700, h: 500, title: 'Mobilité' }, 'frame-mobility');
  createItem(doc, { kind: 'frame', x: 1000, y: 0, w: 700, h: 500, title: 'Santé' }, 'frame-health');
  createItem(doc, { kind: 'note', x: 40, y: 60, text: 'Le bus passe trop rarement' }, 'note-bus');
  createItem(doc, { kind: 'note', x: 380, y: 60, text: 'Pas de piste cyclable' }, 'note-bike');
  createItem(doc, { kind: 'note', x: 1040, y: 60, text: 'Plus de médecin' }, 'note-doctor');
  const now = '2026-11-01T00:00:00.000Z';
  writeFileSync(project, JSON.stringify(buildProjectFile(doc, { title: 'Atelier', createdAt: now, savedAt: now, app: 'Tablée' }, [])));
}
const board = e2e.useHost({ project });

const parentOf = (id: string): string | null | undefined => itemsOnDisk(project).find((i) => i.id === id)?.parentId;
const onDisk = (id: string): boolean => itemsOnDisk(project).some((i) => i.id === id);

async function showAll(page: Page): Promise<void> {
  await page.evaluate(() => window.tablee!.setCamera(window.tablee!.fitCamera()));
}

async function openVersions(page: Page): Promise<void> {
  await page.getByTestId('versions-button').click();
  await page.getByTestId('versions-panel').waitFor();
}

async function look(page: Page, name: string): Promise<void> {
  await openVersions(page);
  await page.getByTestId('version-row').filter({ hasText: name }).getByTestId('version-look').click();
  await page.getByTestId('version-summary').waitFor();
  await waitReady(page);
}

async function backToLive(page: Page): Promise<void> {
  await page.getByTestId('version-back').click();
  await page.getByTestId('versions-button').waitFor();
  await waitReady(page);
}

describe('versions of a residency board', () => {
  let page: Page;

  it('saves a named version and lists it with its name and author', async () => {
    page = await board.open('fr-FR');
    await openVersions(page);
    await page.getByTestId('versions-empty').waitFor();
    await page.getByTestId('version-name').fill('Veille de l’atelier');
    await page.getByTestId('version-save').click();
    const row = page.getByTestId('version-row');
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('ok');
    expect(await row.textContent()).toMatch(/Veille de l’atelier.*par Animation/s);
    await page.getByTestId('versions-close').click();
  });

  it('shows what changed since, read-only, then brings back the scattered theme for the room', async () => {
    await showAll(page);
    // A participant's enthusiasm: the doctor deleted, the bike moved into « Santé ».
    await page.evaluate(() => window.tablee!.select(['note-doctor']));
    await page.keyboard.press('Delete');
    const bike = await page.evaluate(() => {
      const s = window.tablee!.snapshot().items.find((i) => i.id === 'note-bike')!;
      return { x: s.x + s.w / 2, y: s.y + s.h / 2 };
    });
    await dragMouse(page, await boardToScreen(page, bike.x, bike.y), await boardToScreen(page, 1350, 250));
    await waitSaved(page);
    await expect.poll(() => parentOf('note-bike'), { timeout: 10_000 }).toBe('frame-health');

    await look(page, 'Veille de l’atelier');
    const counts = page.getByTestId('version-counts');
    expect(await counts.textContent()).toMatch(/1 carte supprimée/);
    expect(await counts.textContent()).toMatch(/1 carte déplacée vers un autre thème/);
    expect(await page.getByTestId('version-moves').textContent()).toContain('Pas de piste cyclable\u00a0» : Mobilité → Santé'.replace(' :', '\u00a0:'));
    // Read-only: the version's board still has the doctor, and a delete there changes nothing.
    await page.evaluate(() => window.tablee!.select(['note-doctor']));
    await page.keyboard.press('Delete');
    await expect.poll(() => page.evaluate(() => window.tablee!.snapshot().items.some((i) => i.id === 'note-doctor'))).toBe(true);

    // Restore the theme « Mobilité » only: the bike comes back into it; the doctor stays deleted.
    await page.evaluate(() => window.tablee!.select(['frame-mobility']));
    await page.getByTestId('version-restore-selection').click();
    await expect.poll(() => parentOf('note-bike'), { timeout: 10_000 }).toBe('frame-mobility');
    expect(onDisk('note-doctor')).toBe(false);

    // Bring the deleted card back from the version.
    await page.getByTestId('version-deleted').locator('[data-id="note-doctor"]').getByTestId('version-bring-back').click();
    await expect.poll(() => onDisk('note-doctor'), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('version-unchanged').waitFor();
    await backToLive(page);
  });

  it('restores the whole board as one edit that Ctrl+Z takes back', async () => {
    await page.evaluate(() => window.tablee!.select(['note-bus']));
    await page.keyboard.press('Delete');
    await waitSaved(page);
    await expect.poll(() => onDisk('note-bus'), { timeout: 10_000 }).toBe(false);

    await look(page, 'Veille de l’atelier');
    await page.getByTestId('version-restore-all').click();
    await expect.poll(() => onDisk('note-bus'), { timeout: 10_000 }).toBe(true);
    await backToLive(page);

    await page.keyboard.press('Control+z');
    await expect.poll(() => onDisk('note-bus'), { timeout: 10_000 }).toBe(false);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => onDisk('note-bus'), { timeout: 10_000 }).toBe(true);
  });

  it('exports the version, not the live board', async () => {
    await page.evaluate(() => window.tablee!.select(['note-doctor']));
    await page.keyboard.press('Delete');
    await waitSaved(page);
    await look(page, 'Veille de l’atelier');
    await page.getByTestId('version-export').click();
    await page.getByTestId('export-dialog').waitFor();
    await page.getByTestId('export-format').selectOption('svg');
    await page.getByTestId('export-region').selectOption('board');
    const out = e2e.path('veille.svg');
    await page.getByTestId('export-path').fill(out);
    await page.getByTestId('export-save').click();
    await page.getByTestId('export-message').waitFor();
    expect(await page.getByTestId('export-message').getAttribute('data-kind')).toBe('ok');
    expect(readFileSync(out, 'utf8')).toContain('médecin');
    expect(onDisk('note-doctor')).toBe(false);
    await page.keyboard.press('Escape');
    await backToLive(page);
  });

  it('lists a damaged version and one from a newer Tablée with why, and never opens them', async () => {
    const folder = versionFolder(e2e.path('data'), project);
    const [good] = readdirSync(folder).filter((n) => n.endsWith('.tablee-version'));
    const bytes = readFileSync(join(folder, good!));
    const cut = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.subarray(0, cut).toString('utf8')) as Record<string, unknown>;
    writeFileSync(join(folder, '2999-01-01T00-00-00.000Z-abimee.tablee-version'), bytes.subarray(0, bytes.length - 50));
    writeFileSync(
      join(folder, '2999-01-02T00-00-00.000Z-future.tablee-version'),
      Buffer.concat([Buffer.from(JSON.stringify({ ...header, name: 'Du futur', schemaVersion: SCHEMA_VERSION + 1 }) + '\n'), bytes.subarray(cut + 1)]),
    );
    await openVersions(page);
    const damaged = page.locator('[data-version-id="2999-01-01T00-00-00.000Z-abimee"]');
    const newer = page.locator('[data-version-id="2999-01-02T00-00-00.000Z-future"]');
    await damaged.waitFor();
    expect(await damaged.getAttribute('data-status')).toBe('damaged');
    expect(await damaged.getByTestId('version-problem').textContent()).toMatch(/Abîmée/);
    expect(await newer.getAttribute('data-status')).toBe('newer');
    expect(await newer.getByTestId('version-problem').textContent()).toMatch(/plus récent/);
    // Neither can be looked at: no button, and the HOST refuses them anyway (tests/unit/host/versions.test.ts).
    expect(await damaged.getByTestId('version-look').count()).toBe(0);
    expect(await newer.getByTestId('version-look').count()).toBe(0);
    await page.context().close();
  });
});

describe('the newest backup, checked at open', () => {
  it('the save badge warns when the newest backup does not hold the project as saved', async () => {
    // A copy of the project (the first HOST keeps its own), and a backup of it that sorts newest
    // and holds an empty board: it lacks every card the file has.
    const copy = e2e.path('atelier-copie.tablee');
    copyFileSync(project, copy);
    const folder = backupFolder(e2e.path('data-misses'), copy);
    mkdirSync(folder, { recursive: true });
    const empty = newBoardDoc('Atelier', '2026-11-01T00:00:00.000Z');
    const now = '2026-11-01T00:00:00.000Z';
    writeFileSync(join(folder, '2999-01-01T00-00-00.000Z.tablee'), JSON.stringify(buildProjectFile(empty, { title: 'Atelier', createdAt: now, savedAt: now, app: 'Tablée' }, [])));
    await e2e.withHost({ project: copy, data: 'data-misses' }, async (host) => {
      const page = await host.open('en-GB');
      const badge = page.getByTestId('save-badge');
      expect(await badge.getAttribute('data-backup-misses')).toBe('true');
      expect(await badge.textContent()).toMatch(/newest backup does not hold the project/);
    });
  });
});
