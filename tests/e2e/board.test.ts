import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readItems } from '@shared/board/doc';
import type { ItemRecord } from '@shared/board/records';
import { useE2e } from './fixtures';
import { boardToScreen, dragMouse, startHost, waitReady, waitSaved, writeNoteAt } from './harness';
import { docOnDisk, itemsOnDisk } from './on-disk';

const e2e = useE2e();

const items = (page: Page): Promise<ItemRecord[]> => page.evaluate(() => window.tablee!.snapshot().items);

describe('the board, in Chromium against the real HOST', () => {
  const project = e2e.path('atelier.tablee');
  const board = e2e.useHost({ project });

  it('a note made with the keyboard and the mouse, typed in, dragged into a frame, survives a reload and is on disk', async () => {
    const page = await board.open();
    expect(await items(page)).toEqual([]);

    // A frame: F, then drag a zone on the board.
    const canvas = page.getByTestId('board-canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('f');
    await page.mouse.move(box.x + 100, box.y + 120);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 320, { steps: 8 });
    await page.mouse.move(box.x + 600, box.y + 520, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.press('Escape');
    const frame = (await items(page)).find((i) => i.kind === 'frame');
    expect(frame).toBeTruthy();

    // A note with the keyboard: N at the pointer, then type into the editor overlay.
    await page.mouse.move(box.x + box.width - 250, box.y + 200);
    await page.keyboard.press('n');
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('« Ici, on me parle normalement. »');
    await page.keyboard.press('Escape');
    // A second note with the mouse: double-click on empty board.
    await page.mouse.dblclick(box.x + box.width - 250, box.y + box.height - 150);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('Observation : guichet fermé le mardi');
    await page.keyboard.press('Escape');

    const notes = (await items(page)).filter((i) => i.kind === 'note');
    expect(notes.map((n) => (n.kind === 'note' ? n.text : '')).sort()).toEqual(['Observation : guichet fermé le mardi', '« Ici, on me parle normalement. »']);
    const quote = notes.find((n) => n.kind === 'note' && n.text.startsWith('«'))!;
    expect(quote.parentId).toBeNull();

    // Drag the quote into the frame.
    const from = await boardToScreen(page, quote.x + quote.w / 2, quote.y + quote.h / 2);
    const to = await boardToScreen(page, frame!.x + frame!.w / 2, frame!.y + frame!.h / 2);
    await dragMouse(page, from, to);
    const moved = (await items(page)).find((i) => i.id === quote.id)!;
    expect(moved.parentId).toBe(frame!.id);

    await waitSaved(page);
    await page.reload();
    await waitReady(page);
    const after = await items(page);
    expect(after.find((i) => i.id === quote.id)).toMatchObject({ parentId: frame!.id, text: '« Ici, on me parle normalement. »' });
    expect(after).toHaveLength(3);

    const disk = itemsOnDisk(project);
    expect(disk.find((i) => i.id === quote.id)).toMatchObject({ parentId: frame!.id, text: '« Ici, on me parle normalement. »' });
    expect(disk).toHaveLength(3);
    await page.context().close();
  });

  it('undo takes back my last edit, redo brings it back', async () => {
    const page = await board.open();
    const before = (await items(page)).length;
    const box = (await page.getByTestId('board-canvas').boundingBox())!;
    await page.mouse.dblclick(box.x + 200, box.y + box.height - 120);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('à défaire');
    await page.keyboard.press('Escape');
    expect(await items(page)).toHaveLength(before + 1);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await items(page)).length).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await items(page)).some((i) => i.kind === 'note' && i.text === 'à défaire')).toBe(true);
    await page.context().close();
  });

  it('a 50 MB paste is refused with a clear message and creates nothing; a normal paste becomes a note', async () => {
    const page = await board.open('en-GB');
    const before = (await items(page)).length;
    const paste = (text: string) =>
      page.evaluate((t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'x'.repeat(50 * 1024 * 1024));
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const toast = page.getByTestId('toast').last();
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/too long|limit/i);
    expect(await items(page)).toHaveLength(before);
    await page.waitForTimeout(100);
    await paste('Collé depuis un tableur');
    await expect.poll(async () => (await items(page)).some((i) => i.kind === 'note' && i.text === 'Collé depuis un tableur')).toBe(true);
    await page.context().close();
  });

  it('opening a corrupt file says which file and why, leaves its bytes alone, and offers the newest good backup', async () => {
    // A good project, opened once (which backs it up), then damaged on disk.
    const damaged = e2e.path('résidence-abîmée.tablee');
    const first = await startHost({ project: damaged, dataDir: e2e.path('data') });
    const page1 = await e2e.open(first.url);
    await writeNoteAt(page1, { x: 300, y: 300 }, 'avant la panne');
    await waitSaved(page1);
    await page1.context().close();
    expect(await first.stop()).toBe(0);
    const reopen = await startHost({ project: damaged, dataDir: e2e.path('data') });
    expect(await reopen.stop()).toBe(0);
    const bytes = readFileSync(damaged, 'utf8').slice(0, 200);
    writeFileSync(damaged, bytes);
    const mtime = statSync(damaged).mtimeMs;

    const page = await board.open('en-GB');
    await page.getByTestId('project-button').click();
    await page.getByTestId('open-path').fill(damaged);
    await page.getByTestId('open-submit').click();
    await page.getByTestId('error-screen').waitFor();
    expect(await page.getByTestId('error-path').textContent()).toContain(damaged);
    expect((await page.getByTestId('error-reason').textContent())!.length).toBeGreaterThan(10);
    expect(readFileSync(damaged, 'utf8')).toBe(bytes);
    expect(statSync(damaged).mtimeMs).toBe(mtime);

    await page.getByTestId('restore-backup').click();
    await waitReady(page);
    expect((await items(page)).some((i) => i.kind === 'note' && i.text === 'avant la panne')).toBe(true);
    expect(readFileSync(damaged, 'utf8')).toBe(bytes);
    await page.context().close();
  });
});

describe('a drag, seen by the host as it happens', () => {
  const project = e2e.path('glisser.tablee');
  const board = e2e.useHost({ project, data: 'data-drag' });

  it('sends intermediate positions while the mouse moves, lands exactly where dropped, and undoes in one step', async () => {
    // Every board update the page pushes to the host, in order, with whether the mouse was still down.
    const pushes: Array<{ update: Uint8Array; during: boolean }> = [];
    let mouseDown = false;
    const page = await board.open({
      beforeLoad: (p) =>
        p.on('websocket', (ws) =>
          ws.on('framesent', ({ payload }) => {
            const msg = JSON.parse(String(payload)) as { method?: string; args?: unknown[] };
            if (msg.method === 'pushUpdate') pushes.push({ update: Buffer.from(String(msg.args![0]), 'base64'), during: mouseDown });
          }),
        ),
    });
    await writeNoteAt(page, { x: 300, y: 300 }, 'à glisser');
    await waitSaved(page);
    const note = (await items(page)).find((i) => i.kind === 'note')!;

    // An observer holding what the host holds before the drag, fed only with what the page pushes.
    const observer = docOnDisk(project);
    const observedX = (): number => readItems(observer).find((i) => i.id === note.id)!.x;
    expect(observedX()).toBe(note.x);

    const from = await boardToScreen(page, note.x + note.w / 2, note.y + note.h / 2);
    const to = await boardToScreen(page, note.x + note.w / 2 + 300, note.y + note.h / 2 + 120);
    const frame = (): Promise<unknown> => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    pushes.length = 0;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    mouseDown = true;
    const seen = new Set<number>();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(from.x + ((to.x - from.x) * i) / 20, from.y + ((to.y - from.y) * i) / 20);
      await frame();
      for (const p of pushes.splice(0)) {
        Y.applyUpdate(observer, p.update);
        seen.add(observedX());
      }
    }
    // The host has had the note on its way, at several places between start and drop.
    const between = [...seen].filter((x) => x > note.x && x < note.x + 300);
    expect(between.length).toBeGreaterThanOrEqual(3);
    mouseDown = false;
    await page.mouse.up();
    await waitSaved(page);

    const dropped = (await items(page)).find((i) => i.id === note.id)!;
    expect(Math.abs(dropped.x - (note.x + 300))).toBeLessThanOrEqual(1);
    expect(Math.abs(dropped.y - (note.y + 120))).toBeLessThanOrEqual(1);
    for (const p of pushes.splice(0)) Y.applyUpdate(observer, p.update);
    expect(observedX()).toBe(dropped.x);
    expect(itemsOnDisk(project).find((i) => i.id === note.id)).toMatchObject({ x: dropped.x, y: dropped.y });

    // One undo takes the whole drag back (not to a place on the way); the note stays.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await items(page)).find((i) => i.id === note.id)).toMatchObject({ x: note.x, y: note.y, text: 'à glisser' });
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await items(page)).find((i) => i.id === note.id)).toMatchObject({ x: dropped.x, y: dropped.y });
    await page.context().close();
  });
});
