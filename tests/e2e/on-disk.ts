import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type * as Y from 'yjs';
import { readItems } from '@shared/board/doc';
import type { ItemRecord } from '@shared/board/records';
import { loadProjectText } from '@shared/project-file/load';

/** A project file as Tablée reads it; a file it cannot read fails the test with its path and why. */
export function docOnDisk(path: string): Y.Doc {
  const loaded = loadProjectText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`${path}: ${loaded.error.code} ${loaded.error.detail}`);
  return loaded.value.doc;
}

export const itemsOnDisk = (path: string): ItemRecord[] => readItems(docOnDisk(path));

/** The texts of the notes in a project file, sorted. */
export const notesOnDisk = (path: string): string[] => itemsOnDisk(path).flatMap((i) => (i.kind === 'note' ? [i.text] : [])).sort();

/**
 * A save round-trip, before checking that something did NOT happen: writes a note (N at the
 * canvas' bottom-left corner) and waits until the HOST has written it into `project`. Whatever the
 * page did before the note has then been through the HOST as well, instead of a guessed delay.
 */
export async function saveRoundTrip(page: Page, project: string, text: string): Promise<void> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height - 40);
  await page.keyboard.press('n');
  await page.getByTestId('text-editor').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect.poll(() => notesOnDisk(project), { timeout: 15_000 }).toContain(text);
}
