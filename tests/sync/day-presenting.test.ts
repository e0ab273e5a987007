import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '@shared/board/records';
import { launchBrowser, newPage, openBoard, snapshot, waitReady } from '../e2e/harness';
import { startAppRoomHost, joinRoomInPage, useAppRooms } from './helpers/app-room-host';
import { SAMPLE_PROJECT, until } from './helpers/room-host';

/**
 * Presenting in the real pages, through the real HOST command: the facilitator presents the sample
 * agenda's frames and every screen shows them in order; a participant leaves with Escape and comes
 * back; the presenter's Escape ends it for everyone and gives the presenter their view back; a
 * co-facilitator who presents and closes their page ends it for everyone (the HOST does).
 */
const { dir, browsers, hosts } = useAppRooms();

const PASSWORD = 'tarte aux pommes';

/** Whether the whole of this board item is within the page's view, as its camera says. */
const shows = (page: Page, item: ItemRecord): Promise<boolean> =>
  page.evaluate((f) => {
    const c = window.tablee!.camera();
    const left = f.x * c.zoom + c.x;
    const top = f.y * c.zoom + c.y;
    return left >= -1 && top >= -1 && left + f.w * c.zoom <= window.innerWidth + 1 && top + f.h * c.zoom <= window.innerHeight + 1;
  }, item);

/** What the `day` map holds under `presenting` in this page's doc (undefined: nothing). */
const presentingIn = (page: Page): Promise<unknown> =>
  page.evaluate(() => (window.tablee!.doc as { getMap(n: string): { get(k: string): unknown } }).getMap('day').get('presenting'));

const mode = (page: Page): Promise<string | null> => page.evaluate(() => document.querySelector('[data-testid="present-banner"]')?.getAttribute('data-mode') ?? null);
const inPresentingMode = (page: Page): Promise<boolean> => page.evaluate(() => document.querySelector('.board-view')?.classList.contains('presenting') ?? false);

describe('presenting frames in the room’s pages', () => {
  it('the agenda’s frames in order on every screen; a participant leaves and comes back; Escape ends it; a co-facilitator presenter who leaves ends it', async () => {
    const project = join(dir.path, 'exemple.tablee');
    copyFileSync(SAMPLE_PROJECT, project);
    const host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data'), password: PASSWORD });
    hosts.push(host);
    const browser = await launchBrowser();
    browsers.push(browser);
    const facilitator = await openBoard(browser, host.hostUrl, 'fr-FR');
    const awa = await newPage(browser, { locale: 'fr-FR' });
    await joinRoomInPage(awa, host.roomUrl, 'Awa', PASSWORD);
    const bastien = await newPage(browser, { locale: 'fr-FR', width: 900 });
    await joinRoomInPage(bastien, host.roomUrl, 'Bastien', PASSWORD);

    // The sample's agenda: its steps' frames, in order, once each.
    const board = await snapshot(facilitator);
    const agenda = (await facilitator.evaluate(() => (window.tablee!.doc as { getMap(n: string): { get(k: string): unknown } }).getMap('day').get('agenda'))) as Array<{ frames: string[] }>;
    const order = [...new Set(agenda.flatMap((s) => s.frames))].map((id) => board.items.find((i) => i.id === id && i.kind === 'frame')!);
    expect(order.length).toBeGreaterThanOrEqual(3);
    expect(order.every((f) => f !== undefined)).toBe(true);
    const [first, second, third] = order as [ItemRecord, ItemRecord, ItemRecord];

    // Everyone looks elsewhere; the facilitator's own view is remembered to come back to.
    const away = { x: 90_000, y: 90_000, zoom: 1 };
    for (const p of [facilitator, awa, bastien]) await p.evaluate((c) => window.tablee!.setCamera(c), away);
    // A participant's page has no "Present".
    expect(await awa.getByTestId('present-open').count()).toBe(0);

    // Alt+P opens the choice, with each order's count; the tables have none yet; two frames and a card are selected.
    const card = board.items.find((i) => i.kind !== 'frame')!;
    await facilitator.evaluate((ids) => window.tablee!.select(ids), [second.id, card.id, first.id]);
    const box = (await facilitator.getByTestId('board-canvas').boundingBox())!;
    await facilitator.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await facilitator.keyboard.press('Alt+KeyP');
    await facilitator.getByTestId('present-choice').waitFor();
    expect(await facilitator.getByTestId('present-from-agenda').textContent()).toContain(`${order.length} cadres`);
    expect(await facilitator.getByTestId('present-from-tables').isDisabled()).toBe(true);
    expect(await facilitator.getByTestId('present-from-selection').textContent()).toContain('2 cadres');
    // Escape closes the choice; Alt+P opens it again.
    await facilitator.keyboard.press('Escape');
    await expect.poll(() => facilitator.getByTestId('present-choice').count()).toBe(0);
    await facilitator.evaluate(() => window.tablee!.select([]));
    await facilitator.keyboard.press('Alt+KeyP');
    expect(await facilitator.getByTestId('present-from-selection').isDisabled()).toBe(true);
    await facilitator.getByTestId('present-from-agenda').click();

    // Frame 1 on every screen, in presenting mode (no toolbar), with the banner.
    for (const p of [facilitator, awa, bastien]) await expect.poll(() => shows(p, first)).toBe(true);
    expect(await mode(facilitator)).toBe('presenter');
    expect(await mode(awa)).toBe('following');
    expect(await awa.getByTestId('present-banner').textContent()).toMatch(new RegExp(`présente — 1/${order.length}`));
    expect(await inPresentingMode(awa)).toBe(true);
    expect(await awa.locator('.toolbar').isVisible()).toBe(false);

    // → : frame 2 everywhere.
    await facilitator.keyboard.press('ArrowRight');
    for (const p of [facilitator, awa, bastien]) await expect.poll(() => shows(p, second)).toBe(true);
    expect(await awa.getByTestId('present-banner').textContent()).toMatch(new RegExp(`présente — 2/${order.length}`));

    // Awa leaves with Escape: for her alone, and only that (the board's Escape would have cleared her
    // selection). Her view stays where it is when the presenter goes on.
    await awa.evaluate((id) => window.tablee!.select([id]), first.id);
    await awa.keyboard.press('Escape');
    await expect.poll(() => mode(awa)).toBe('left');
    expect(await awa.evaluate(() => window.tablee!.selection())).toEqual([first.id]);
    expect(await inPresentingMode(awa)).toBe(false);
    expect(await awa.locator('.toolbar').isVisible()).toBe(true);
    const awaView = await awa.evaluate(() => window.tablee!.camera());
    // Bastien pans on his own: that ends nothing for anyone.
    await bastien.evaluate((c) => window.tablee!.setCamera(c), away);
    // A click on the board goes on, on the presenter's page.
    await facilitator.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    for (const p of [facilitator, bastien]) await expect.poll(() => shows(p, third)).toBe(true);
    expect(await mode(bastien)).toBe('following');
    expect(await awa.evaluate(() => window.tablee!.camera())).toEqual(awaView);
    expect(await presentingIn(awa)).toMatchObject({ index: 2 });
    // ← goes back; Awa follows again from the banner and is on the frame under way.
    await facilitator.keyboard.press('ArrowLeft');
    await expect.poll(() => shows(bastien, second)).toBe(true);
    await awa.getByTestId('present-follow').click();
    await expect.poll(() => shows(awa, second)).toBe(true);
    expect(await mode(awa)).toBe('following');
    // Space goes on too (and does not pan the presenter's board).
    await facilitator.keyboard.press('Space');
    for (const p of [facilitator, awa, bastien]) await expect.poll(() => shows(p, third)).toBe(true);

    // The presenter's Escape ends it for everyone and gives the presenter their view back.
    await facilitator.keyboard.press('Escape');
    for (const p of [facilitator, awa, bastien]) await expect.poll(() => presentingIn(p)).toBeUndefined();
    for (const p of [facilitator, awa, bastien]) await expect.poll(() => mode(p)).toBeNull();
    expect(await inPresentingMode(awa)).toBe(false);
    expect(await facilitator.evaluate(() => window.tablee!.camera())).toEqual(away);

    // A co-facilitator at the facilitators' door presents, then closes the page: the HOST ends it for everyone once its grace (10 s) is over.
    await facilitator.getByTestId('room-button').click();
    const facilitatorPassword = (await facilitator.getByTestId('facilitator-password').textContent())!;
    const chloe = await newPage(browser, { locale: 'fr-FR' });
    await chloe.goto(host.roomUrl);
    await chloe.getByTestId('join-name').fill('Chloé');
    await chloe.getByTestId('join-as-facilitator').click();
    await chloe.getByTestId('join-facilitator-password').fill(facilitatorPassword);
    await chloe.getByTestId('join-submit').click();
    await waitReady(chloe);
    await chloe.getByTestId('present-open').click();
    await chloe.getByTestId('present-from-agenda').click();
    await expect.poll(() => awa.getByTestId('present-banner').textContent()).toMatch(/Chloé présente — 1\//);
    for (const p of [facilitator, awa, bastien]) await expect.poll(() => shows(p, first)).toBe(true);
    expect(await mode(facilitator)).toBe('following');
    // Another facilitator can end it for everyone from the banner; the presenter has her own End, a participant none.
    expect(await facilitator.getByTestId('present-end-all').count()).toBe(1);
    expect(await chloe.getByTestId('present-end-all').count()).toBe(0);
    expect(await awa.getByTestId('present-end-all').count()).toBe(0);
    await chloe.context().close();
    for (const p of [facilitator, awa, bastien]) await until('the presentation ended on every page', async () => (await presentingIn(p)) === undefined && (await mode(p)) === null);
    expect(await inPresentingMode(awa)).toBe(false);
    expect(await inPresentingMode(facilitator)).toBe(false);
  }, 150_000);
});
