import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '@shared/board/doc';
import { readQdpx } from '@shared/export/refi-qda/refi-import';
import { useE2e } from './fixtures';
import { snapshot } from './harness';

const e2e = useE2e();
// No --project: the HOST opens the sample residency, copied into its data folder.
const sample = e2e.useHost();

async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+E');
  await page.getByTestId('export-dialog').waitFor();
}

describe('REFI-QDA in the export dialog (Chromium, real HOST, sample residency)', () => {
  let page: Page;
  let board: BoardSnapshot;
  beforeAll(async () => {
    page = await sample.open();
    board = await snapshot(page);
  });

  it('chooses .qdpx, saves it through the HOST anonymised, and imports it back into an "Importé" frame in one undo step', async () => {
    await openDialog(page);
    await page.getByTestId('export-format').selectOption('qdpx');
    const out = e2e.path('residence.qdpx');
    await page.getByTestId('export-path').fill(out);
    await page.getByTestId('export-save').click();
    const message = page.getByTestId('export-message');
    await message.waitFor();
    expect(await message.getAttribute('data-kind')).toBe('ok');

    const bytes = new Uint8Array(readFileSync(out));
    const read = readQdpx(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const everything = new TextDecoder().decode(bytes) + read.project.sources.map((s) => s.text + s.name).join('\n');
    for (const i of board.interviews) if (i.pseudonym.trim().length >= 2) expect(everything).not.toContain(i.pseudonym.trim());
    const quotes = read.project.sources.reduce((n, s) => n + s.selections.length, 0);
    expect(quotes).toBeGreaterThan(0);

    await page.getByTestId('export-import-qdpx').setInputFiles(out);
    const imported = page.getByTestId('export-qdpx-message');
    await imported.waitFor();
    expect(await imported.getAttribute('data-kind')).toBe('ok');
    expect(await imported.textContent()).toContain(`${quotes} citations`);
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    const after = await snapshot(page);
    const frame = after.items.find((i) => i.kind === 'frame' && i.title === 'Importé');
    expect(frame).toBeDefined();
    expect(after.items.filter((i) => i.kind === 'quote' && i.parentId === frame?.id)).toHaveLength(quotes);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => window.tablee!.snapshot().items.length === n, board.items.length);
  });

  it('a malformed .qdpx is refused with the line of each problem, and nothing is added', async () => {
    const before = (await snapshot(page)).items.length;
    const { zipSync, strToU8 } = await import('fflate');
    const bad = e2e.path('abime.qdpx');
    const qde = '<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0">\n<Sources>\n<TextSource guid="00000000-0000-4000-8000-000000000001" name="a" plainTextPath="internal://a.txt">\n<PlainTextSelection guid="00000000-0000-4000-8000-000000000002" startPosition="2" endPosition="90"/>\n</TextSource>\n</Sources>\n</Project>';
    writeFileSync(bad, zipSync({ 'project.qde': strToU8(qde), 'sources/a.txt': strToU8('court') }));
    await openDialog(page);
    await page.getByTestId('export-import-qdpx').setInputFiles(bad);
    const message = page.getByTestId('export-qdpx-message');
    await message.waitFor();
    expect(await message.getAttribute('data-kind')).toBe('error');
    expect(await message.textContent()).toContain('ligne 5 : la sélection 2–90 / 5 sort de sa source');
    await page.keyboard.press('Escape');
    expect((await snapshot(page)).items.length).toBe(before);
  });
});
