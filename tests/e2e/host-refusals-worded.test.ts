import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2e } from './fixtures';

/** What the HOST refuses in the project forms is said in the page's language, and nothing is overwritten. */

const e2e = useE2e();
const board = e2e.useHost({ project: e2e.path('atelier.tablee') });
const taken = e2e.path('deja-la.tablee');
beforeAll(() => writeFileSync(taken, 'not mine'));

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
    const fr = await board.open('fr-FR');
    expect(await createOver(fr, taken)).toMatch(/un fichier existe déjà à cet endroit\u00a0; choisissez un autre nom\./);
    await fr.context().close();
    const en = await board.open('en-GB');
    expect(await createOver(en, taken)).toMatch(/a file already exists there; choose another name\./);
    await en.context().close();
    expect(readFileSync(taken, 'utf8')).toBe('not mine');
  });
});
