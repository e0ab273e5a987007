import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '@shared/board/doc';
import type { Box } from '@shared/board/geometry';
import { createItem } from '@shared/board/commands';
import { DEFAULT_SIZE, type FrameRecord, type ItemRecord } from '@shared/board/records';
import { useE2e } from './fixtures';
import { boardToScreen, chooseInMoreMenu, REPO, snapshot } from './harness';

/**
 * Where new things land on the sample residency, with the view centred on a theme (as a
 * facilitator leaves it while sorting): nothing joins the theme unless it is put there by hand.
 */

const e2e = useE2e();
const project = e2e.path('residence.tablee');
copyFileSync(join(REPO, 'resources', 'sample', 'residence-exemple.tablee'), project);
const board = e2e.useHost({ project });

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (outer: Box, inner: Box): boolean => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

/** Each frame's quotes, as its counts are made of. */
function quotesByFrame(snap: BoardSnapshot): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of snap.items.filter((i) => i.kind === 'frame')) {
    out[f.id] = [...new Set(snap.items.flatMap((i) => (i.kind === 'quote' && i.parentId === f.id ? [i.quoteId] : [])))].sort();
  }
  return out;
}

const firstTheme = (snap: BoardSnapshot): FrameRecord => snap.items.find((i): i is FrameRecord => i.kind === 'frame' && i.title.startsWith('Thème 1'))!;

/** Centres the view on `box` at 100 %. */
async function centreOn(page: Page, box: Box): Promise<void> {
  const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
  await page.evaluate(
    ([x, y, w, h]) => window.tablee!.setCamera({ zoom: 1, x: w! / 2 - x!, y: h! / 2 - y! }),
    [box.x + box.w / 2, box.y + box.h / 2, canvas.width, canvas.height],
  );
}

/** The board area the canvas shows now. */
async function inView(page: Page): Promise<Box> {
  const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
  const cam = await page.evaluate(() => window.tablee!.camera());
  return { x: -cam.x / cam.zoom, y: -cam.y / cam.zoom, w: canvas.width / cam.zoom, h: canvas.height / cam.zoom };
}

/** Items of `after` that were not in `before`. */
const added = (before: BoardSnapshot, after: BoardSnapshot): ItemRecord[] => after.items.filter((i) => !before.items.some((b) => b.id === i.id));
const coveredBy = (snap: BoardSnapshot, card: ItemRecord): string[] => snap.items.filter((o) => o.id !== card.id && overlaps(o, card)).map((o) => o.id);

describe('where new things land, on the sample residency', () => {
  it('two quotes placed from the interviews panel go to a "to sort" area: no theme count changes, nothing is covered, both in view', async () => {
    const page = await board.open();
    const before = await snapshot(page);
    await centreOn(page, firstTheme(before));
    // The quotes of two people who agreed to be quoted, each from their interview.
    const [first, second] = before.interviews.filter((i) => i.consent !== 'none');
    await chooseInMoreMenu(page, 'open-interviews');
    for (const [n, interview] of [first!, second!].entries()) {
      await page.locator(`[data-testid="interview-item"][data-id="${interview.id}"]`).click();
      await page.getByTestId('place-quote').first().click();
      await expect.poll(async () => added(before, await snapshot(page)).filter((i) => i.kind === 'quote').length).toBe(n + 1);
      await page.getByTestId('interview-back').click();
    }

    const after = await snapshot(page);
    expect(quotesByFrame(after)).toEqual(quotesByFrame(before));
    const cards = added(before, after).filter((i) => i.kind === 'quote');
    expect(cards.map((c) => c.parentId)).toEqual([null, null]);
    for (const card of cards) expect(coveredBy(after, card), card.id).toEqual([]);
    // Under a heading that says what the area is for, in the interface's language.
    expect(added(before, after).filter((i) => i.kind === 'text').map((i) => (i.kind === 'text' ? i.text : ''))).toEqual(['Citations à trier']);
    const view = await inView(page);
    expect(cards.every((c) => inside(view, c))).toBe(true);
    await page.context().close();
  });

  it('N and E with the view centred on a theme: the note and the experiment land outside it, in view, covering nothing', async () => {
    const page = await board.open('en-GB');
    const before = await snapshot(page);
    const theme = firstTheme(before);
    await centreOn(page, theme);
    // The pointer never on the board (keys only): the view's centre is nobody's choice of a place.
    // (With the pointer on a frame the user points at it, as a participant at their table does.)

    // Each lands in view when it is made (the theme and its neighbours fill the view: the board
    // moves to show the new card), covering nothing and in no frame.
    const landed = async (kind: string): Promise<void> => {
      const after = await snapshot(page);
      const card = added(before, after).find((i) => i.kind === kind)!;
      expect(card.parentId, kind).toBeNull();
      expect(overlaps(card, theme), kind).toBe(false);
      expect(coveredBy(after, card), kind).toEqual([]);
      expect(inside(await inView(page), card), kind).toBe(true);
    };
    await page.keyboard.press('n');
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('Ask the library about Saturday hours');
    await page.keyboard.press('Escape');
    await landed('note');
    await page.keyboard.press('Escape');
    await centreOn(page, theme);
    await page.keyboard.press('e');
    await expect.poll(async () => added(before, await snapshot(page)).map((i) => i.kind).sort()).toEqual(['experiment', 'note']);
    await landed('experiment');

    const after = await snapshot(page);
    expect(quotesByFrame(after)).toEqual(quotesByFrame(before));
    expect(added(before, after).find((i) => i.kind === 'note')).toMatchObject({ text: 'Ask the library about Saturday hours' });
    await page.context().close();
  });

  it('with the interviews panel open, a placed quote shows in the part of the board the panel leaves, not under it', async () => {
    const page = await board.open();
    const before = await snapshot(page);
    const [first, second] = before.interviews.filter((i) => i.consent !== 'none');
    await chooseInMoreMenu(page, 'open-interviews');
    const place = async (interviewId: string, count: number): Promise<void> => {
      await page.locator(`[data-testid="interview-item"][data-id="${interviewId}"]`).click();
      await page.getByTestId('place-quote').first().click();
      await expect.poll(async () => added(before, await snapshot(page)).filter((i) => i.kind === 'quote').length).toBe(count);
      await page.getByTestId('interview-back').click();
    };
    // A first quote makes the "to sort" area if the board has none yet.
    await place(first!.id, 1);
    // The view moved so that the area sits at the right edge of the screen, where the panel is.
    const heading = (await snapshot(page)).items.find((i) => i.id === 'text:unsorted-quotes')!;
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    await page.evaluate(([x, y]) => window.tablee!.setCamera({ zoom: 1, x: x!, y: y! }), [canvas.width - 200 - heading.x, canvas.height / 2 - heading.y]);
    await place(second!.id, 2);

    const quote = added(before, await snapshot(page)).filter((i) => i.kind === 'quote').at(-1)!;
    const panel = (await page.locator('.side-panel').boundingBox())!;
    const topLeft = await boardToScreen(page, quote.x, quote.y);
    const bottomRight = await boardToScreen(page, quote.x + quote.w, quote.y + quote.h);
    // Inside the canvas, left of the panel.
    expect(topLeft.x).toBeGreaterThanOrEqual(canvas.x);
    expect(topLeft.y).toBeGreaterThanOrEqual(canvas.y);
    expect(bottomRight.y).toBeLessThanOrEqual(canvas.y + canvas.height);
    expect(bottomRight.x).toBeLessThanOrEqual(panel.x);
    await page.context().close();
  });

  it('E with a proposal selected right beside a theme: the experiment lands outside every frame, in view', async () => {
    const page = await board.open('en-GB');
    const theme = firstTheme(await snapshot(page));
    // A proposal just left of the theme, as another peer would put it: its right side is the theme.
    const doc = new Y.Doc();
    const { w } = DEFAULT_SIZE.proposal;
    const id = createItem(doc, { kind: 'proposal', x: theme.x - w - 40, y: theme.y + 80, title: 'Une navette le jeudi' });
    const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    await page.evaluate((u) => window.tablee!.applyRemoteUpdate(u), update);
    await expect.poll(async () => (await snapshot(page)).items.some((i) => i.id === id)).toBe(true);
    const before = await snapshot(page);
    const proposal = before.items.find((i) => i.id === id)!;
    await centreOn(page, proposal);
    await page.evaluate((card) => window.tablee!.select([card]), id);
    await page.keyboard.press('e');
    await expect.poll(async () => added(before, await snapshot(page)).map((i) => i.kind)).toEqual(['experiment']);
    const after = await snapshot(page);
    const experiment = added(before, after)[0]!;
    expect(experiment).toMatchObject({ parentId: null, proposalId: proposal.id });
    expect(coveredBy(after, experiment)).toEqual([]);
    expect(inside(await inView(page), experiment)).toBe(true);
    expect(quotesByFrame(after)).toEqual(quotesByFrame(before));
    await page.context().close();
  });

  it('F then Enter with the view on a theme full of cards: the new frame covers none of them and shows in view', async () => {
    const page = await board.open('en-GB');
    const before = await snapshot(page);
    const theme = firstTheme(before);
    await centreOn(page, theme);
    await page.keyboard.press('f');
    await page.keyboard.press('Enter');
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('Meeting places');
    await page.keyboard.press('Enter');
    await expect.poll(async () => added(before, await snapshot(page)).map((i) => i.kind)).toEqual(['frame']);
    const after = await snapshot(page);
    const frame = added(before, after)[0]!;
    expect(frame).toMatchObject({ title: 'Meeting places' });
    expect(coveredBy(after, frame)).toEqual([]);
    expect(after.items.filter((i) => i.parentId === frame.id)).toEqual([]);
    expect(quotesByFrame(after)).toEqual({ ...quotesByFrame(before), [frame.id]: [] });
    expect(inside(await inView(page), frame)).toBe(true);
    await page.context().close();
  });

  it('a picture chosen with the toolbar button, the view centred on a theme: beside the theme, in view, covering nothing', async () => {
    const png = new PNG({ width: 300, height: 200 });
    for (let i = 0; i < 300 * 200; i++) png.data.set([40, 120, 200, 255], i * 4);
    const file = e2e.path('lavoir.png');
    writeFileSync(file, PNG.sync.write(png));
    const page = await board.open();
    const before = await snapshot(page);
    const theme = firstTheme(before);
    await centreOn(page, theme);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('add-pictures').click()]);
    await chooser.setFiles([file]);
    await expect.poll(async () => added(before, await snapshot(page)).map((i) => i.kind), { timeout: 20_000 }).toEqual(['image']);
    const after = await snapshot(page);
    const picture = added(before, after)[0]!;
    expect(picture.parentId).toBeNull();
    expect(coveredBy(after, picture)).toEqual([]);
    expect(inside(await inView(page), picture)).toBe(true);
    expect(quotesByFrame(after)).toEqual(quotesByFrame(before));
    await page.context().close();
  });

  it('a double-click on empty space inside a theme still makes a note in it: that is putting it there on purpose', async () => {
    const page = await board.open();
    const before = await snapshot(page);
    const theme = firstTheme(before);
    // An empty point of the theme, below its title: no card within a note's half-size of it.
    const cards = before.items.filter((i) => i.kind !== 'frame');
    let spot: { x: number; y: number } | undefined;
    for (let y = theme.y + theme.h - 40; y > theme.y + 100 && !spot; y -= 20) {
      for (let x = theme.x + 40; x < theme.x + theme.w - 40 && !spot; x += 20) {
        if (!cards.some((c) => overlaps(c, { x: x - 30, y: y - 30, w: 60, h: 60 }))) spot = { x, y };
      }
    }
    expect(spot).toBeDefined();
    await centreOn(page, { ...spot!, w: 0, h: 0 });
    const at = await boardToScreen(page, spot!.x, spot!.y);
    await page.mouse.dblclick(at.x, at.y);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('Une synthèse du thème');
    await page.keyboard.press('Escape');
    await expect.poll(async () => added(before, await snapshot(page)).map((i) => i.kind)).toEqual(['note']);
    expect(added(before, await snapshot(page))[0]).toMatchObject({ parentId: theme.id, text: 'Une synthèse du thème' });
    await page.context().close();
  });
});
