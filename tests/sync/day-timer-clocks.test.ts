import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boardToScreen, launchBrowser, newPage, openBoard, snapshot, waitReady } from '../e2e/harness';
import { startAppRoomHost, joinRoomInPage, useAppRooms } from './helpers/app-room-host';
import { DESKTOP_WEBRTC_FLAGS } from './helpers/room-browser';
import { SAMPLE_PROJECT } from './helpers/room-host';
import { CLOCK_REFRESH_MS } from '@shared/room/clock-offset';
import { readTimer, shiftPageClock, type TimerReading } from './helpers/shifted-clock';

/**
 * The shared timer on three screens, each a Chromium process of its own, through the real HOST: the
 * facilitator's window, Awa's page whose clock is 3 minutes ahead, and Bastien's. Every page reads
 * the time left against the HOST's clock, so all agree within half a second whatever their own
 * clocks say; pause and an added minute reach everyone; a page reloaded finds the timer running;
 * the next step reaches every participant's bar and brings their view to its frame.
 */
const { dir, browsers, hosts } = useAppRooms();

const PASSWORD = 'tarte aux pommes';
const MIN = 60_000;
const AWA_SHIFT = 3 * MIN;

/** A page in a Chromium of its own. */
async function ownBrowser(): Promise<Browser> {
  const browser = await launchBrowser({ extraFlags: DESKTOP_WEBRTC_FLAGS });
  browsers.push(browser);
  return browser;
}

/**
 * Two pages' readings of a running timer, brought to the same instant: each read also took the true
 * clock, and a running timer loses exactly the time between the two reads. What is left is their disagreement.
 */
function disagreement(a: TimerReading, b: TimerReading): number {
  return Math.abs(a.timer!.remainingMs + a.at - (b.timer!.remainingMs + b.at));
}

/**
 * How far `page`'s timer is from the facilitator's, read until it is within half a second: a page
 * measures the HOST's clock again every CLOCK_REFRESH_MS, and under load the samples taken as it
 * joined can be off by a few hundred ms. Longer than two refreshes, so the requirement still holds
 * once the page has asked again.
 */
async function agreesWith(page: Page, facilitator: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const [a, f] = await Promise.all([readTimer(page), readTimer(facilitator)]);
        return disagreement(a, f);
      },
      { timeout: CLOCK_REFRESH_MS * 2 + 5000 },
    )
    .toBeLessThan(500);
}

const timerOf = async (page: Page): Promise<TimerReading['timer']> => (await readTimer(page)).timer;

async function rejoin(page: Page, name: string): Promise<void> {
  await page.reload();
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-submit').click();
  await waitReady(page);
}

describe('the shared timer on three screens whose clocks disagree', () => {
  it('a 5-minute timer shows the same time left on a page 3 minutes ahead; pause, a minute more, a reload and the next step reach everyone', async () => {
    const project = join(dir.path, 'exemple.tablee');
    copyFileSync(SAMPLE_PROJECT, project);
    const host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data'), password: PASSWORD });
    hosts.push(host);

    const facilitator = await openBoard(await ownBrowser(), host.hostUrl, 'fr-FR');
    const awa = await newPage(await ownBrowser(), { locale: 'fr-FR' });
    await shiftPageClock(awa, AWA_SHIFT);
    await joinRoomInPage(awa, host.roomUrl, 'Awa', PASSWORD);
    const bastien = await newPage(await ownBrowser(), { locale: 'fr-FR' });
    await joinRoomInPage(bastien, host.roomUrl, 'Bastien', PASSWORD);
    const participants = [awa, bastien];

    // Awa's page really lives 3 minutes ahead, its clocks consistent with each other.
    const awaClock = await awa.evaluate(() => ({ ahead: Date.now() - window.tableeRealNow!(), origin: Date.now() - (performance.timeOrigin + performance.now()), date: new Date().getTime() - window.tableeRealNow!() }));
    expect(Math.abs(awaClock.ahead - AWA_SHIFT)).toBeLessThan(1000);
    expect(Math.abs(awaClock.date - AWA_SHIFT)).toBeLessThan(1000);
    expect(Math.abs(awaClock.origin)).toBeLessThan(50);
    expect(await timerOf(awa)).toBeNull();

    // The facilitator opens the timer's length: a negative one is refused, said, and nothing is set.
    await facilitator.getByTestId('timer-length-open').click();
    await facilitator.getByTestId('timer-minutes').fill('-5');
    await facilitator.getByTestId('timer-set-length').click();
    expect(await facilitator.getByTestId('timer-length-message').textContent()).toMatch(/plus de zéro minute/);
    expect(await facilitator.getByTestId('timer-length-message').getAttribute('role')).toBe('alert');
    expect(await timerOf(facilitator)).toBeNull();
    // Five minutes, set paused: everyone sees 5:00 waiting.
    await facilitator.getByTestId('timer-preset-5').click();
    for (const p of participants) await expect.poll(() => timerOf(p)).toEqual({ running: false, remainingMs: 5 * MIN });
    await facilitator.getByTestId('timer-start-pause').click();
    for (const p of participants) await expect.poll(async () => (await timerOf(p))?.running).toBe(true);

    // The same instant on the facilitator's screen and on Awa's: the same time left, within half a second.
    await agreesWith(awa, facilitator);
    await agreesWith(bastien, facilitator);
    // Once they agree, one reading of all three at the same instant.
    const [onFacilitator, onAwa, onBastien] = await Promise.all([readTimer(facilitator), readTimer(awa), readTimer(bastien)]);
    expect(onFacilitator.timer!.remainingMs).toBeGreaterThan(4 * MIN);
    expect(onFacilitator.timer!.remainingMs).toBeLessThanOrEqual(5 * MIN);
    // Read against her own clock, Awa's page would say about 2 minutes: the HOST's clock is what it reads.
    expect(onAwa.timer!.remainingMs).toBeGreaterThan(4 * MIN);
    // And the bars say the same minute:second, give or take the second the display rounds to.
    expect(Math.abs(onAwa.barSeconds! - onFacilitator.barSeconds!)).toBeLessThanOrEqual(1);
    expect(Math.abs(onBastien.barSeconds! - onFacilitator.barSeconds!)).toBeLessThanOrEqual(1);

    // Pause: everyone's timer stops at the very same time left.
    await facilitator.getByTestId('timer-start-pause').click();
    for (const p of participants) await expect.poll(async () => (await timerOf(p))?.running).toBe(false);
    const paused = (await timerOf(facilitator))!.remainingMs;
    for (const p of participants) expect(await timerOf(p)).toEqual({ running: false, remainingMs: paused });
    // A minute more reaches both, paused still.
    await facilitator.getByTestId('timer-add-minute').click();
    for (const p of participants) await expect.poll(() => timerOf(p)).toEqual({ running: false, remainingMs: paused + MIN });
    expect(await bastien.getByTestId('timer-bar').getAttribute('class')).toMatch(/paused/);

    // Running again; Awa reloads her page (still 3 minutes ahead) and finds it running, in agreement.
    await facilitator.getByTestId('timer-start-pause').click();
    for (const p of participants) await expect.poll(async () => (await timerOf(p))?.running).toBe(true);
    await rejoin(awa, 'Awa');
    await expect.poll(async () => (await timerOf(awa))?.running).toBe(true);
    await agreesWith(awa, facilitator);
    const [again, reloaded] = await Promise.all([readTimer(facilitator), readTimer(awa)]);
    expect(again.timer!.remainingMs).toBeGreaterThan(5 * MIN);
    expect(Math.abs(reloaded.barSeconds! - again.barSeconds!)).toBeLessThanOrEqual(1);

    // The next step, twice (the second happens in Immersion and the themes): every participant's bar
    // says it, their workshop() reads it, and their view is brought to its frame.
    const immersion = (await snapshot(awa)).items.find((i) => i.kind === 'frame' && i.title.startsWith('Immersion'))!;
    expect(immersion).toBeDefined();
    const away = { x: 90_000, y: 90_000, zoom: 1 };
    for (const p of participants) await p.evaluate((c) => window.tablee!.setCamera(c), away);
    const box = (await facilitator.getByTestId('board-canvas').boundingBox())!;
    await facilitator.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await facilitator.keyboard.press('Alt+PageDown');
    await facilitator.keyboard.press('Alt+PageDown');
    for (const p of [facilitator, ...participants]) await expect.poll(async () => (await p.evaluate(() => window.tablee!.workshop().step))?.index).toBe(1);
    for (const p of participants) {
      const title = (await p.evaluate(() => window.tablee!.workshop().step))!.title;
      expect(title).toMatch(/^Au croisement des chemins/);
      expect(await p.getByTestId('agenda-step').textContent()).toContain(title);
      await expect.poll(async () => {
        const middle = await boardToScreen(p, immersion.x + immersion.w / 2, immersion.y + immersion.h / 2);
        const canvas = (await p.getByTestId('board-canvas').boundingBox())!;
        return middle.x >= canvas.x && middle.x <= canvas.x + canvas.width && middle.y >= canvas.y && middle.y <= canvas.y + canvas.height;
      }).toBe(true);
    }
  }, 240_000);
});
