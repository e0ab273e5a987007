import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createdBy, lastEditedBy, peopleOf } from '@shared/board/authorship';
import { loadProjectText } from '@shared/project-file/load';
import { boardToScreen, chooseInMoreMenu, dragMouse, exitOf, launchBrowser, newPage, openBoard, tempDir, waitReady } from '../e2e/harness';
import { startAppRoomHost, type AppRoomHost } from './helpers/app-room-host';
import { until } from './helpers/room-host';

/**
 * Being the same person in a room, in the real app: two Chromium processes (the facilitator's
 * board at the host machine, a participant from the room address) through a real HOST. Who made
 * and changed each card, the author filter, a participant's undo after reloading and rejoining,
 * the facilitator's undo after closing and reopening the room, others' carets in a proposal, and
 * the file on disk.
 */
const dir = tempDir();
const browsers: Browser[] = [];
let host: AppRoomHost | null = null;
afterAll(async () => {
  for (const b of browsers) await b.close().catch(() => {});
  host?.kill();
  dir.remove();
});

const PASSWORD = 'cerise galet moulin';
const project = join(dir.path, 'atelier.tablee');
let hostUrl = '';
let roomUrl = '';
let facilitator: Page;
let participant: Page;
const ids = { fanny: '', awa: '', awaLater: '', proposal: '' };

const itemIds = (page: Page): Promise<string[]> => page.evaluate(() => window.tablee!.snapshot().items.map((i) => i.id));
const itemOf = (page: Page, id: string) => page.evaluate((i) => window.tablee!.snapshot().items.find((x) => x.id === i) ?? null, id);

/** Double-clicks the board at a board point (a new note there) and returns the new note's id. */
async function noteAt(page: Page, x: number, y: number): Promise<string> {
  const under = await page.evaluate(([bx, by]) => window.tablee!.snapshot().items.filter((i) => bx! >= i.x && bx! <= i.x + i.w && by! >= i.y && by! <= i.y + i.h).map((i) => i.id), [x, y]);
  expect(under, 'the double-click must land on empty board').toEqual([]);
  const before = new Set(await itemIds(page));
  const p = await boardToScreen(page, x, y);
  await page.mouse.dblclick(p.x, p.y);
  await page.keyboard.press('Escape');
  const added = (await itemIds(page)).filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  return added[0]!;
}

/** The blue channel at the centre of a card as drawn: a yellow note is ~118, the same note dimmed is near the background's. */
async function blueAtCentre(page: Page, id: string): Promise<number> {
  const item = (await itemOf(page, id))!;
  const c = await boardToScreen(page, item.x + item.w / 2, item.y + item.h / 2 + 30);
  // The whole viewport: a clipped screenshot makes Chromium lay the page out again at another size.
  const png = PNG.sync.read(await page.screenshot());
  return png.data[(Math.round(c.y) * png.width + Math.round(c.x)) * 4 + 2]!;
}

async function joinAsAwa(page: Page): Promise<void> {
  await page.goto(`${roomUrl}#key=${encodeURIComponent(PASSWORD)}`);
  // The name is remembered in this browser: rejoining needs only the button.
  if (!(await page.getByTestId('join-name').inputValue())) await page.getByTestId('join-name').fill('Awa');
  await page.getByTestId('join-submit').click();
  await waitReady(page);
}

const authorshipOf = async (page: Page, id: string): Promise<string | null> => {
  await page.evaluate((i) => window.tablee!.select([i]), id);
  return page.getByTestId('selection-bar').getByTestId('authorship').textContent();
};

describe('the same person across the room', () => {
  it('cards say who made and who changed them, on both sides, and the search filters by author', async () => {
    host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data'), password: PASSWORD });
    ({ hostUrl, roomUrl } = host);

    browsers.push(await launchBrowser(), await launchBrowser());
    facilitator = await openBoard(browsers[0]!, hostUrl, 'en-GB');
    participant = await newPage(browsers[1]!, { locale: 'en-GB' });
    await joinAsAwa(participant);
    await until('Awa sees the facilitator in the room', async () => (await participant.getByTestId('people-list').textContent())?.includes('Facilitator') ?? false);

    ids.fanny = await noteAt(facilitator, 0, 0);
    await until('Awa sees the facilitator’s note', async () => (await itemIds(participant)).includes(ids.fanny));
    ids.awa = await noteAt(participant, 400, 0);
    await until('the facilitator sees Awa’s note', async () => (await itemIds(facilitator)).includes(ids.awa));

    await expect.poll(() => authorshipOf(facilitator, ids.awa)).toBe('Made by Awa');
    await expect.poll(() => authorshipOf(participant, ids.fanny)).toBe('Made by Facilitator');

    // Awa moves the facilitator's note: it is still the facilitator's, last changed by Awa.
    const note = (await itemOf(participant, ids.fanny))!;
    await participant.evaluate(() => window.tablee!.select([]));
    await participant.evaluate(() => window.tablee!.setCamera({ x: 300, y: 300, zoom: 1 }));
    const from = await boardToScreen(participant, note.x + 40, note.y + 40);
    await dragMouse(participant, from, { x: from.x, y: from.y + 120 });
    await until('the move reaches the facilitator', async () => (await itemOf(facilitator, ids.fanny))!.y > note.y + 50);
    await expect.poll(() => authorshipOf(facilitator, ids.fanny)).toBe('Made by Facilitator · changed by Awa');

    // Filter by author: Awa's card stays, the facilitator's is dimmed. (Awa's pointer leaves the board first, so it hides nothing.)
    await participant.mouse.move(1279, 799);
    await participant.evaluate(() => window.tablee!.select([]));
    await facilitator.evaluate(() => window.tablee!.select([]));
    await facilitator.evaluate(() => window.tablee!.setCamera({ x: 200, y: 350, zoom: 1 }));
    const normal = { fanny: await blueAtCentre(facilitator, ids.fanny), awa: await blueAtCentre(facilitator, ids.awa) };
    expect(normal.fanny).toBeLessThan(160);
    expect(normal.awa).toBeLessThan(160);
    await chooseInMoreMenu(facilitator, 'open-search');
    const author = facilitator.getByTestId('search-author');
    expect(await author.locator('option').allTextContents()).toEqual(['Everyone', 'Awa', 'Facilitator']);
    await author.selectOption({ label: 'Awa' });
    await expect.poll(() => facilitator.getByTestId('search-count').textContent()).toBe('1 / 1 match');
    await expect.poll(() => blueAtCentre(facilitator, ids.fanny)).toBeGreaterThan(200);
    expect(await blueAtCentre(facilitator, ids.awa)).toBeLessThan(160);
    await facilitator.getByTestId('search-close').click();
    await expect.poll(() => blueAtCentre(facilitator, ids.fanny)).toBeLessThan(160);
  });

  it('a remote caret shows where the other person writes, and mine stays in its words when they type', async () => {
    await chooseInMoreMenu(facilitator, 'new-proposal');
    const body = facilitator.getByTestId('proposal-body');
    await body.click();
    await body.pressSequentially('Bonjour tout le monde');
    await body.press('Control+Home');
    for (let i = 0; i < 7; i++) await body.press('ArrowRight');
    ids.proposal = (await facilitator.evaluate(() => window.tablee!.selection()))[0]!;
    expect(ids.proposal).toMatch(/^proposal/);

    await until('Awa has the proposal', async () => (await itemIds(participant)).includes(ids.proposal));
    await participant.evaluate((i) => window.tablee!.select([i]), ids.proposal);
    await participant.keyboard.press('Enter');
    const caret = participant.getByTestId('remote-text-caret');
    await expect.poll(() => caret.getAttribute('data-offset'), { timeout: 10_000 }).toBe('7');
    expect(await caret.textContent()).toBe('Facilitator');
    // Right place on screen: after "Bonjour" as this very textarea lays it out.
    const expected = await participant.getByTestId('proposal-body').evaluate((el: HTMLTextAreaElement) => {
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const r = el.getBoundingClientRect();
      return { x: r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) + ctx.measureText('Bonjour').width, top: r.top };
    });
    const box = (await caret.boundingBox())!;
    expect(Math.abs(box.x - expected.x)).toBeLessThan(4);
    expect(box.y).toBeGreaterThanOrEqual(expected.top);

    // Awa writes before the facilitator's caret: on both screens it follows "Bonjour".
    const mine = participant.getByTestId('proposal-body');
    await mine.click();
    await mine.press('Control+Home');
    await mine.pressSequentially('Oui. ');
    await expect.poll(() => caret.getAttribute('data-offset')).toBe('12');
    await until('the text reaches the facilitator', async () => (await body.inputValue()) === 'Oui. Bonjour tout le monde');
    expect(await body.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([12, 12]);
    await expect.poll(() => facilitator.getByTestId('remote-text-caret').getAttribute('data-offset')).toBe('5');
    await participant.getByTestId('side-panel-close').click();
    await facilitator.getByTestId('side-panel-close').click();
  });

  it('after reloading and rejoining, Awa is the same person and her undo takes back her edits, not the facilitator’s', async () => {
    // Left of the facilitator's note: new proposals land on free board near the middle of the view.
    ids.awaLater = await noteAt(participant, -250, 300);
    await until('the facilitator sees the later note', async () => (await itemIds(facilitator)).includes(ids.awaLater));
    const fannyAt = (await itemOf(facilitator, ids.fanny))!.y;

    await participant.reload();
    await joinAsAwa(participant);
    // Nothing of her history was lost on the way.
    expect(await participant.getByText('could not be kept').count()).toBe(0);
    await expect.poll(() => authorshipOf(facilitator, ids.awaLater)).toBe('Made by Awa');
    await participant.evaluate(() => window.tablee!.select([]));
    await participant.locator('body').click({ position: { x: 640, y: 700 } });
    await participant.keyboard.press('Escape');

    await participant.keyboard.press('Control+z'); // the later note
    await until('the later note is gone for the facilitator', async () => !(await itemIds(facilitator)).includes(ids.awaLater));
    await participant.keyboard.press('Control+z'); // "Oui. "
    await until('the proposal is as the facilitator wrote it', async () =>
      (await facilitator.evaluate((i) => {
        const p = window.tablee!.snapshot().items.find((x) => x.id === i);
        return p && 'body' in p ? p.body : null;
      }, ids.proposal)) === 'Bonjour tout le monde',
    );
    await participant.keyboard.press('Control+z'); // the move of the facilitator's note
    await until('the facilitator’s note is back in its place', async () => (await itemOf(facilitator, ids.fanny))!.y < fannyAt - 50);
    // The facilitator's own cards and proposal are untouched; Awa is listed once.
    const now = await itemIds(facilitator);
    expect(now).toEqual(expect.arrayContaining([ids.fanny, ids.awa, ids.proposal]));
    await chooseInMoreMenu(facilitator, 'open-search');
    expect(await facilitator.getByTestId('search-author').locator('option').allTextContents()).toEqual(['Everyone', 'Awa', 'Facilitator']);
    await facilitator.getByTestId('search-close').click();
  });

  it('the facilitator closes and reopens the room: their undo still takes back their own last edit; their name is theirs to set', async () => {
    const mine = await noteAt(facilitator, 0, 400);
    await facilitator.getByTestId('room-button').click();
    await facilitator.getByTestId('room-close').click();
    // No password opens nothing, unless the facilitator ticks the open room, which says what it means.
    const suggested = await facilitator.getByTestId('room-password-input').inputValue();
    await facilitator.getByTestId('room-password-input').fill('');
    await facilitator.getByTestId('room-open').click();
    await expect.poll(() => facilitator.getByText('Set a password, or choose an open room.').count()).toBe(1);
    expect(await facilitator.getByTestId('room-url').count()).toBe(0);
    expect(await facilitator.getByText('Anyone on this network can join and see the whole board, interviews and transcripts included.').count()).toBe(1);
    await facilitator.getByTestId('room-password-input').fill(suggested);
    await facilitator.getByTestId('room-open').click();
    await expect.poll(() => facilitator.getByTestId('room-url').count(), { timeout: 15_000 }).toBe(1);
    // The facilitator gives their name: their next edit carries it, on every card they made.
    await facilitator.getByTestId('my-name').fill('Fanny');
    await facilitator.getByTestId('my-name').press('Enter');
    await facilitator.getByTestId('room-button').click();
    // On empty board (the selection's bar is docked at the bottom centre).
    await facilitator.locator('body').click({ position: { x: 640, y: 560 } });
    await facilitator.keyboard.press('Escape');
    await facilitator.keyboard.press('Control+z');
    await until('my note is undone', async () => !(await itemIds(facilitator)).includes(mine));
    expect(await itemIds(facilitator)).toEqual(expect.arrayContaining([ids.fanny, ids.awa]));
    // Below the proposal, which landed on free board right of the notes.
    const named = await noteAt(facilitator, 700, 300);
    await expect.poll(() => authorshipOf(facilitator, named)).toBe('Made by Fanny');
    await expect.poll(() => authorshipOf(facilitator, ids.fanny)).toBe('Made by Fanny · changed by Awa');
  });

  it('the facilitator’s reload and the file on disk keep who made what', async () => {
    await facilitator.reload();
    await waitReady(facilitator);
    await expect.poll(() => authorshipOf(facilitator, ids.awa)).toBe('Made by Awa');
    await expect.poll(() => authorshipOf(facilitator, ids.fanny)).toBe('Made by Fanny · changed by Awa');

    host!.proc.kill('SIGTERM');
    expect(await exitOf(host!.proc)).toBe(0);
    host = null;
    const saved = loadProjectText(readFileSync(project, 'utf8'));
    if (!saved.ok) throw new Error(saved.error.detail);
    const doc = saved.value.doc;
    expect(createdBy(doc, ids.awa)?.name).toBe('Awa');
    expect(createdBy(doc, ids.fanny)?.name).toBe('Fanny');
    expect(lastEditedBy(doc, ids.fanny)?.name).toBe('Awa');
    expect(createdBy(doc, ids.proposal)?.name).toBe('Fanny');
    expect(peopleOf(doc).map((p) => p.name)).toEqual(['Awa', 'Fanny']);
  });
});
