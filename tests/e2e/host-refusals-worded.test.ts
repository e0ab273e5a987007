import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openBoard, startHost, tempDir, type RunningHost } from './harness';

/** What the HOST refuses in the project forms is said in the page's language, and nothing is overwritten. */

let browser: Browser;
let host: RunningHost;
const dir = tempDir();
const taken = join(dir.path, 'deja-la.tablee');

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHost({ project: join(dir.path, 'atelier.tablee'), dataDir: join(dir.path, 'data') });
  writeFileSync(taken, 'not mine');
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
  dir.remove();
});

async function createOver(page: Page, path: string): Promise<string> {
  await page.getByTestId('project-button').click();
  await page.getByTestId('create-path').fill(path);
  await page.getByTestId('create-submit').click();
  const error = page.getByTestId('form-error');
  await error.waitFor();
  return (await error.textContent()) ?? '';
}

describe('the HOST refuses, the page words it', () => {
  it('creating over an existing file: in French, then in English; the file is left as it was', async () => {
    const fr = await openBoard(browser, host.url, 'fr-FR');
    expect(await createOver(fr, taken)).toMatch(/un fichier existe déjà à cet endroit\u00a0; choisissez un autre nom\./);
    await fr.context().close();
    const en = await openBoard(browser, host.url, 'en-GB');
    expect(await createOver(en, taken)).toMatch(/a file already exists there; choose another name\./);
    await en.context().close();
    expect(readFileSync(taken, 'utf8')).toBe('not mine');
  });
});
