import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, newPage, openBoard } from '../e2e/harness';
import { startAppRoomHost, joinRoomInPage, useAppRooms } from './helpers/app-room-host';
import { SAMPLE_PROJECT } from './helpers/room-host';

/**
 * Following a person and "Bring everyone here" in the real pages, through a real HOST: two Chromium
 * processes, screens of different shapes. The follower's view contains what the leader sees, and
 * moves with it; a chain of followers works, a loop is refused; my own pan ends following, and so
 * does the leader leaving; the facilitator's gathering brings everyone to their area (not someone who
 * joins later), and Escape takes one back.
 */
const PASSWORD = 'tarte aux pommes';
const { dir, browsers, hosts } = useAppRooms();

interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The board area a page's canvas shows. */
async function visibleArea(page: Page): Promise<Area> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  const c = await page.evaluate(() => window.tablee!.camera());
  return { x: -c.x / c.zoom, y: -c.y / c.zoom, w: box.width / c.zoom, h: box.height / c.zoom };
}

/** `outer` contains `inner`, to within a hundredth of a board unit. */
const contains = (outer: Area, inner: Area): boolean =>
  outer.x <= inner.x + 0.01 && outer.y <= inner.y + 0.01 && outer.x + outer.w >= inner.x + inner.w - 0.01 && outer.y + outer.h >= inner.y + inner.h - 0.01;

/** As tight as fitting allows: one side matches the leader's (their area is published in whole units). */
const tight = (outer: Area, inner: Area): boolean => Math.min(outer.w - inner.w, outer.h - inner.h) < 3;

async function shows(follower: Page, leader: Page): Promise<boolean> {
  const [f, l] = [await visibleArea(follower), await visibleArea(leader)];
  return contains(f, l) && tight(f, l);
}

async function wheelOver(page: Page, dy: number): Promise<void> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, dy);
}

const following = (page: Page): Promise<string | null> => page.evaluate(() => window.tablee!.workshop().following);
const followButton = (page: Page, name: string) => page.getByTestId('person-follow').filter({ hasText: name });

describe('following a person and bringing everyone here', () => {
  it('between screens of different shapes, along a chain, until one pans; then the facilitator brings everyone to their view', async () => {
    const project = join(dir.path, 'exemple.tablee');
    copyFileSync(SAMPLE_PROJECT, project);
    const host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data'), password: PASSWORD });
    hosts.push(host);
    const first = await launchBrowser();
    const second = await launchBrowser();
    browsers.push(first, second);
    const facilitator = await openBoard(first, host.hostUrl, 'fr-FR');
    const awa = await newPage(second);
    await awa.setViewportSize({ width: 1400, height: 640 });
    await joinRoomInPage(awa, host.roomUrl, 'Awa', PASSWORD);
    const bastien = await newPage(second);
    await bastien.setViewportSize({ width: 600, height: 900 });
    await joinRoomInPage(bastien, host.roomUrl, 'Bastien', PASSWORD);

    // Awa looks somewhere; Bastien, on a tall narrow screen, follows her from the people list.
    await awa.evaluate(() => window.tablee!.setCamera({ x: -1500, y: -900, zoom: 0.7 }));
    await followButton(bastien, 'Awa').click();
    await expect.poll(() => following(bastien)).not.toBeNull();
    expect(await bastien.getByTestId('follow-frame').textContent()).toMatch(/Awa/);
    await expect.poll(() => shows(bastien, awa)).toBe(true);

    // Awa pans with the wheel: Bastien's view goes along.
    const before = await visibleArea(awa);
    await wheelOver(awa, 400);
    await expect.poll(async () => (await visibleArea(awa)).y).not.toBe(before.y);
    await expect.poll(() => shows(bastien, awa)).toBe(true);

    // The facilitator follows Bastien, who follows Awa: her view reaches the facilitator through him.
    await facilitator.getByTestId('room-button').click();
    await followButton(facilitator, 'Bastien').click();
    await expect.poll(() => shows(facilitator, bastien)).toBe(true);
    await wheelOver(awa, -300);
    await expect.poll(() => shows(bastien, awa)).toBe(true);
    await expect.poll(() => shows(facilitator, bastien)).toBe(true);
    expect(contains(await visibleArea(facilitator), await visibleArea(awa))).toBe(true);

    // Awa trying to follow the facilitator would close the loop: refused, and said why.
    await followButton(awa, 'Animation').click();
    await expect.poll(() => awa.getByTestId('follow-ended').count()).toBe(1);
    expect(await following(awa)).toBeNull();
    expect(await following(bastien)).not.toBeNull();

    // Bastien pans himself: he no longer follows anyone; the facilitator still follows him.
    await wheelOver(bastien, 200);
    await expect.poll(() => following(bastien)).toBeNull();
    expect(await bastien.getByTestId('follow-frame').count()).toBe(0);
    await expect.poll(() => shows(facilitator, bastien)).toBe(true);
    // Escape ends the facilitator's following.
    await facilitator.keyboard.press('Escape');
    await expect.poll(() => following(facilitator)).toBeNull();

    // The facilitator looks at an area of her own and brings everyone there (Alt+B).
    await facilitator.evaluate(() => window.tablee!.setCamera({ x: 4000, y: 2500, zoom: 1.5 }));
    const area = await visibleArea(facilitator);
    const awaBefore = await awa.evaluate(() => window.tablee!.camera());
    const box = (await facilitator.getByTestId('board-canvas').boundingBox())!;
    await facilitator.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await facilitator.keyboard.press('Alt+B');
    for (const page of [awa, bastien]) {
      await expect.poll(async () => contains(await visibleArea(page), area)).toBe(true);
      expect(await page.getByTestId('gather-notice').textContent()).toMatch(/a amené tout le monde ici/);
    }
    // The one who gathered stays where she was, with no notice.
    expect(await facilitator.evaluate(() => window.tablee!.camera())).toEqual({ x: 4000, y: 2500, zoom: 1.5 });
    expect(await facilitator.getByTestId('gather-notice').count()).toBe(0);

    // Awa goes back to her own view with one key; Bastien stays with the group.
    await awa.keyboard.press('Escape');
    expect(await awa.evaluate(() => window.tablee!.camera())).toEqual(awaBefore);
    expect(await awa.getByTestId('gather-notice').count()).toBe(0);
    expect(contains(await visibleArea(bastien), area)).toBe(true);
    // Bastien then moves on his own: his notice goes, and a later Escape does not take him back.
    const his = { x: 100, y: 200, zoom: 1 };
    await bastien.evaluate((c) => window.tablee!.setCamera(c), his);
    await expect.poll(() => bastien.getByTestId('gather-notice').count()).toBe(0);
    await bastien.keyboard.press('Escape');
    expect(await bastien.evaluate(() => window.tablee!.camera())).toEqual(his);

    // Someone who joins after the gathering is not moved by it.
    const chloe = await newPage(first);
    await joinRoomInPage(chloe, host.roomUrl, 'Chloé', PASSWORD);
    expect(await chloe.getByTestId('gather-notice').count()).toBe(0);

    // Bastien follows Awa again, from the keyboard this time, and Awa leaves: Bastien no longer follows anyone, and is told why.
    await followButton(bastien, 'Awa').focus();
    await bastien.keyboard.press('Enter');
    await expect.poll(() => following(bastien)).not.toBeNull();
    await awa.close();
    await expect.poll(() => following(bastien), { timeout: 40_000 }).toBeNull();
    expect(await bastien.getByTestId('follow-ended').textContent()).toMatch(/Awa est parti·e/);
    expect(await bastien.getByTestId('follow-frame').count()).toBe(0);
  }, 180_000);
});
