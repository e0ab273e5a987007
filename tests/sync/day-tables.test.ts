import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { intersects } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import { readTables, writeTables, type Table } from '@shared/day/day-tables';
import { boardToScreen, launchBrowser, newPage, openBoard, snapshot } from '../e2e/harness';
import { startAppRoomHost, joinRoomInPage, useAppRooms } from './helpers/app-room-host';
import { useRoomPerTest } from './helpers/room-fixture';
import { SAMPLE_PROJECT, until } from './helpers/room-host';

/**
 * The workshop's tables in the real pages, through a real HOST: the facilitator deals the
 * participants here into tables at random from the panel, gives each table a new frame; each
 * participant sits at exactly one table, is told so, and "My table" brings their view to its
 * frame; the facilitator's overview counts the cards a table adds in its frame. And a participant's
 * own write to the tables is refused by the HOST, as for the rest of the `day` map.
 */
const { dir, browsers, hosts } = useAppRooms();

const PASSWORD = 'tarte aux pommes';

/** Whether the middle of this board item is on the page's canvas. */
async function onScreen(page: Page, item: ItemRecord): Promise<boolean> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  const p = await boardToScreen(page, item.x + item.w / 2, item.y + item.h / 2);
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
}

const tableOfPage = (page: Page): Promise<string | null> => page.evaluate(() => window.tablee!.workshop().table);

describe('the tables in the room’s pages', () => {
  it('splits three participants at random into two tables: each sits at one, “My table” goes to its frame, the overview counts its cards', async () => {
    const project = join(dir.path, 'exemple.tablee');
    copyFileSync(SAMPLE_PROJECT, project);
    const host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data'), password: PASSWORD });
    hosts.push(host);
    const browser = await launchBrowser();
    browsers.push(browser);
    const facilitator = await openBoard(browser, host.hostUrl, 'fr-FR');
    const participants: Page[] = [];
    for (const name of ['Awa', 'Léo', 'Zoé']) {
      const page = await newPage(browser, { locale: 'fr-FR' });
      await joinRoomInPage(page, host.roomUrl, name, PASSWORD);
      participants.push(page);
    }
    // Nobody sits anywhere yet: no "My table" for a participant.
    for (const page of participants) {
      expect(await tableOfPage(page)).toBeNull();
      expect(await page.getByTestId('my-table').count()).toBe(0);
    }
    // A participant has no tables' panel at all.
    expect(await participants[0]!.getByTestId('tables-open').count()).toBe(0);

    // The facilitator opens the panel, waits for the three participants, and splits them into two tables.
    await facilitator.getByTestId('tables-open').click();
    await expect.poll(() => facilitator.locator('.tables-hint').textContent(), { timeout: 20_000 }).toMatch(/^3 /);
    await facilitator.getByTestId('tables-count').fill('2');
    await facilitator.getByTestId('tables-split').click();
    await expect.poll(() => facilitator.getByTestId('table-row').count()).toBe(2);

    // Every participant sits at exactly one of the two tables, as their page and the panel say.
    const tableIds = await facilitator.getByTestId('table-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-table')!));
    const seats: string[] = [];
    for (const page of participants) {
      await expect.poll(() => tableOfPage(page)).not.toBeNull();
      const table = (await tableOfPage(page))!;
      expect(tableIds).toContain(table);
      seats.push(table);
    }
    expect(tableIds.map((id) => seats.filter((s) => s === id).length).sort()).toEqual([1, 2]);
    const seated = facilitator.locator('.tables-row [data-testid="table-person"]');
    expect(await seated.count()).toBe(3);
    expect(new Set(await seated.evaluateAll((els) => els.map((e) => e.getAttribute('data-person')))).size).toBe(3);
    expect(await seated.evaluateAll((els) => els.map((e) => e.getAttribute('data-here')))).toEqual(['true', 'true', 'true']);
    expect(await facilitator.getByTestId('tables-unseated').count()).toBe(0);

    // Each table gets a new frame, on free space, named after it.
    for (let i = 0; i < 2; i++) {
      await facilitator.getByTestId('table-frame').nth(i).selectOption({ label: 'Créer un cadre' });
    }
    const tables = await facilitator.evaluate(() => (window.tablee!.doc as { getMap(n: string): { toJSON(): unknown } }).getMap('day').toJSON());
    const [first, second] = (tables as { tables: Table[] }).tables;
    expect(first!.frame).not.toBeNull();
    expect(second!.frame).not.toBe(first!.frame);
    const board = await snapshot(facilitator);
    for (const table of [first!, second!]) {
      const frame = board.items.find((i) => i.id === table.frame)!;
      expect(frame).toMatchObject({ kind: 'frame', title: table.name });
      // Not on top of anything that was there.
      expect(board.items.filter((i) => i.id !== frame.id && intersects(i, frame))).toEqual([]);
    }

    // Awa is told where she sits; far away, "My table" brings her view to her table's frame.
    const awa = participants[0]!;
    const mine = [first!, second!].find((t) => t.id === seats[0])!;
    await expect.poll(() => awa.getByTestId('tables-notice').textContent()).toContain(mine.name);
    await expect.poll(async () => (await snapshot(awa)).items.some((i) => i.id === mine.frame)).toBe(true);
    const frame = (await snapshot(awa)).items.find((i) => i.id === mine.frame)!;
    await awa.evaluate((c) => window.tablee!.setCamera(c), { x: 90_000, y: 90_000, zoom: 1 });
    expect(await onScreen(awa, frame)).toBe(false);
    await awa.getByTestId('my-table').click();
    expect(await onScreen(awa, frame)).toBe(true);
    // The key does it too.
    await awa.evaluate((c) => window.tablee!.setCamera(c), { x: 90_000, y: 90_000, zoom: 1 });
    await awa.getByTestId('board-canvas').click({ position: { x: 5, y: 400 } });
    await awa.keyboard.press('Alt+KeyM');
    await expect.poll(() => onScreen(awa, frame)).toBe(true);

    // Awa adds a note in her table's frame (N under the pointer): the facilitator's overview counts it.
    const row = facilitator.locator(`[data-testid="table-row"][data-table="${mine.id}"]`);
    expect(await row.getByTestId('table-added').getAttribute('data-count')).toBe('0');
    const middle = await boardToScreen(awa, frame.x + frame.w / 2, frame.y + frame.h / 2);
    await awa.mouse.move(middle.x, middle.y);
    await awa.keyboard.press('n');
    await expect.poll(async () => (await snapshot(awa)).items.filter((i) => i.kind === 'note' && i.parentId === frame.id).length).toBe(1);
    await expect.poll(() => row.getByTestId('table-added').getAttribute('data-count')).toBe('1');
    expect(await row.getByTestId('table-added').textContent()).toMatch(/1 carte ajoutée depuis l’ouverture du tableau/);
    const otherRow = facilitator.locator(`[data-testid="table-row"]:not([data-table="${mine.id}"])`);
    expect(await otherRow.getByTestId('table-added').getAttribute('data-count')).toBe('0');

    // The facilitator moves Awa to the other table by hand: her page follows, and says so.
    const other = [first!, second!].find((t) => t.id !== mine.id)!;
    // Her person id, as her page keeps it for the room.
    const awaId = await awa.evaluate(() => (JSON.parse(localStorage.getItem('tablee.room.user')!) as { id: string }).id);
    await facilitator.locator(`[data-testid="table-person"][data-person="${awaId}"]`).getByTestId('tables-move').selectOption(other.id);
    await expect.poll(() => tableOfPage(awa)).toBe(other.id);
    await expect.poll(() => awa.getByTestId('tables-notice').textContent()).toContain(other.name);
    // Awa's page reloads (she rejoins, already seated): it says where she sits, once.
    await awa.goto('about:blank');
    await joinRoomInPage(awa, host.roomUrl, 'Awa', PASSWORD);
    await expect.poll(() => awa.getByTestId('tables-notice').textContent()).toContain(other.name);

    // The overview shows a table's frame on a click; someone who leaves the room is shown as not here.
    const otherFrame = board.items.find((i) => i.id === other.frame)!;
    await facilitator.evaluate((c) => window.tablee!.setCamera(c), { x: 90_000, y: 90_000, zoom: 1 });
    await otherRow.getByTestId('table-zoom').click();
    expect(await onScreen(facilitator, otherFrame)).toBe(true);
    const zoe = participants[2]!;
    const zoeId = await zoe.evaluate(() => (JSON.parse(localStorage.getItem('tablee.room.user')!) as { id: string }).id);
    await zoe.context().close();
    const zoeSeat = facilitator.locator(`[data-testid="table-person"][data-person="${zoeId}"]`);
    await expect.poll(() => zoeSeat.getAttribute('data-here'), { timeout: 60_000 }).toBe('false');
    expect(await zoeSeat.textContent()).toMatch(/Zoé.*absent·e/);

    // Escape from the panel closes it.
    await facilitator.getByTestId('tables-add').focus();
    await facilitator.keyboard.press('Escape');
    expect(await facilitator.getByTestId('tables-panel').count()).toBe(0);
  }, 180_000);
});

describe('the tables in the room', () => {
  const rooms = useRoomPerTest();
  it('refuses a participant’s own write to the tables', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const awa = rooms.join('Awa', PASSWORD);
    await Promise.all([fanny.room.synced(), awa.room.synced()]);
    const tables: Table[] = [{ id: 't1', name: 'Les pommiers', frame: null, challenge: 'Un verger partagé', people: ['fanny'] }];
    writeTables(fanny.doc, tables);
    await until('Awa has the tables', () => readTables(awa.doc).length === 1);

    // Awa's page seats itself, as a modified page would: the HOST refuses it and the tables stay.
    awa.doc.getMap<unknown>('day').set('tables', [{ ...tables[0]!, people: ['fanny', 'awa'] }]);
    await until('the HOST refused it', () => awa.room.state().kind === 'refused');
    expect(awa.room.state()).toMatchObject({ kind: 'refused', reason: 'update-refused' });
    const refusals = (await room.host.api.roomStatus()).refusals;
    expect(refusals.map((r) => r.role)).toEqual(['participant']);
    expect(refusals[0]!.reason).toMatch(/"day"/);
    expect(readTables(fanny.doc)).toEqual(tables);
  }, 60_000);
});
