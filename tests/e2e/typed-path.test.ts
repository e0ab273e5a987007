import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2e } from './fixtures';
import { openProjectPanel, REPO, writeNoteAt } from './harness';

/**
 * A path typed in the page names a file on the HOST's machine, so it must be absolute: a relative
 * one is refused beside its field, in the page's language, before anything reaches the HOST.
 */

const e2e = useE2e();
const board = e2e.useHost({ project: e2e.path('current.tablee') });
// The HOST runs in the repository folder: a relative name would land there.
const RELATIVE = 'residence-chemin-relatif.tablee';


const projectFiles = (): string[] => readdirSync(e2e.dir).filter((f) => f.endsWith('.tablee'));

describe('a relative path typed in the page', () => {
  it('the create form says so beside the field, in French; no file is made; a full path then creates the project', async () => {
    const page = await board.open('fr-FR');
    await openProjectPanel(page);
    const before = projectFiles();
    await page.getByTestId('create-path').fill(RELATIVE);
    await page.getByTestId('create-title').fill('Résidence du val');
    await page.getByTestId('create-submit').click();

    const error = page.getByTestId('create-path-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Donnez le chemin complet, qui commence par / (ou C:\\ sous Windows).');
    // Named by the field, so a screen reader reads it with the path.
    expect(await page.getByTestId('create-path').getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await page.getByTestId('form-error').count()).toBe(0);
    expect(await page.getByTestId('project-panel').count()).toBe(1);
    expect(existsSync(join(REPO, RELATIVE))).toBe(false);
    expect(projectFiles()).toEqual(before);

    // Typing again takes the message away; the full path goes through.
    const full = e2e.path('val.tablee');
    await page.getByTestId('create-path').fill(full);
    await error.waitFor({ state: 'detached' });
    await page.getByTestId('create-submit').click();
    await expect.poll(() => page.getByTestId('project-title').textContent(), { timeout: 20_000 }).toBe('Résidence du val');
    expect(existsSync(full)).toBe(true);
    await page.context().close();
  });

  it('the open and save-as forms say it in English; a Windows-style full path is left to the HOST to judge', async () => {
    const page = await board.open('en-GB');
    await openProjectPanel(page);
    await page.getByTestId('open-path').fill('notes/residency.tablee');
    await page.getByTestId('open-submit').click();
    expect(await page.getByTestId('open-path-error').textContent()).toBe('Give the full path, starting with / (or C:\\ on Windows).');

    await page.getByTestId('save-as-path').fill('./copy.tablee');
    await page.getByTestId('save-as-submit').click();
    expect(await page.getByTestId('save-as-path-error').textContent()).toBe('Give the full path, starting with / (or C:\\ on Windows).');
    expect(existsSync(join(REPO, 'copy.tablee'))).toBe(false);

    // The page cannot know the HOST's system: "C:\…" passes here, and this HOST refuses it itself.
    await page.getByTestId('save-as-path').fill('C:\\Residency\\copy.tablee');
    await page.getByTestId('save-as-submit').click();
    await page.getByTestId('form-error').waitFor();
    expect(await page.getByTestId('save-as-path-error').count()).toBe(0);
    // Said in the page's language, not in the HOST's words.
    expect(await page.getByTestId('form-error').textContent()).toMatch(/give the full path, starting with \//);
    await page.context().close();
  });

  it('the export dialog refuses a relative destination with the same words, and writes nothing', async () => {
    const page = await board.open('en-GB');
    // Something to export, so only the destination can stop it.
    await writeNoteAt(page, { x: 300, y: 300 }, 'Market on Saturdays');
    await page.keyboard.press('Control+Shift+E');
    await page.getByTestId('export-dialog').waitFor();
    await page.getByTestId('export-path').fill('board.png');
    await page.getByTestId('export-save').click();
    const message = page.getByTestId('export-message');
    await message.waitFor();
    expect(await message.getAttribute('data-kind')).toBe('error');
    expect(await message.textContent()).toBe('Give the full path, starting with / (or C:\\ on Windows).');
    expect(existsSync(join(REPO, 'board.png'))).toBe(false);
    await page.context().close();
  });
});
