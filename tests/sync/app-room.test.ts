import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadProjectText } from '@shared/project-file/load';
import { exitOf, launchBrowser, newPage, openBoard } from '../e2e/harness';
import { startAppRoomHost, joinRoomInPage, useAppRooms } from './helpers/app-room-host';
import { until } from './helpers/room-host';

/**
 * The real app in two Chromium processes: the facilitator's board on the host machine, with the
 * room opened by `--room`; a participant who opens the room's address, types a name and the password.
 */
const { dir, browsers, hosts } = useAppRooms();

const itemCount = (page: Page): Promise<number> => page.evaluate(() => window.tablee?.snapshot().items.length ?? 0);

async function dblclickBoard(page: Page, x: number, y: number): Promise<void> {
  const canvas = page.getByTestId('board-canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.dblclick(box.x + x, box.y + y);
  await page.keyboard.press('Escape');
}

describe('the room in the app', () => {
  it('a participant joins from the room address and co-edits with the facilitator; the file keeps both', async () => {
    const project = join(dir.path, 'atelier.tablee');
    const host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data'), password: 'tarte aux pommes' });
    hosts.push(host);
    const { hostUrl, roomUrl } = host;

    const facilitatorBrowser = await launchBrowser();
    browsers.push(facilitatorBrowser);
    const facilitator = await openBoard(facilitatorBrowser, hostUrl, 'en-GB');
    await facilitator.getByTestId('room-button').click();
    await expect.poll(() => facilitator.getByTestId('room-url').textContent()).toBe(roomUrl);
    expect(await facilitator.getByTestId('room-password').textContent()).toBe('tarte aux pommes');
    expect(await facilitator.getByTestId('room-code').textContent()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const participantBrowser = await launchBrowser();
    browsers.push(participantBrowser);
    const participant = await newPage(participantBrowser, { locale: 'fr-FR' });
    await joinRoomInPage(participant, roomUrl, 'Awa', 'tarte aux pommes');

    await dblclickBoard(participant, 400, 300);
    await until('the facilitator sees the participant’s note', async () => (await itemCount(facilitator)) === 1);
    await dblclickBoard(facilitator, 700, 500);
    await until('the participant sees the facilitator’s note', async () => (await itemCount(participant)) === 2);
    await until('the facilitator lists Awa', async () => (await facilitator.getByTestId('people-list').textContent())?.includes('Awa') ?? false);

    // Live presence: the participant's pointer, with her name, and what she selected.
    const box = (await participant.getByTestId('board-canvas').boundingBox())!;
    await participant.mouse.move(box.x + 300, box.y + 200);
    await participant.mouse.move(box.x + 320, box.y + 220);
    await expect.poll(() => facilitator.getByTestId('remote-cursor').textContent(), { timeout: 10_000 }).toBe('Awa');
    await participant.evaluate(() => window.tablee?.select(window.tablee.snapshot().items.map((i) => i.id)));
    await expect.poll(() => facilitator.locator('.remote-selection').count(), { timeout: 10_000 }).toBe(2);

    // A wrong password: a clear message, and nothing of the board.
    const intruder = await participantBrowser.newContext({ locale: 'fr-FR' }).then((c) => c.newPage());
    await intruder.goto(roomUrl);
    await intruder.getByTestId('join-name').fill('Intrus');
    await intruder.getByTestId('join-password').fill('tarte aux poires');
    await intruder.getByTestId('join-submit').click();
    await expect.poll(() => intruder.getByTestId('join-error').textContent()).toMatch(/Mot de passe incorrect/);

    // The facilitator joins another machine's room by its code: this window becomes a participant there.
    const other = await startAppRoomHost({ project: join(dir.path, 'autre.tablee'), dataDir: join(dir.path, 'data2'), timeoutMs: 90_000 });
    hosts.push(other);
    await facilitator.getByTestId('join-other-input').fill('not a code');
    await facilitator.getByTestId('join-other-submit').click();
    await expect.poll(() => facilitator.getByText('This is neither a room code nor a room address.').count()).toBe(1);
    await facilitator.getByTestId('join-other-input').fill(other.code.toLowerCase());
    await facilitator.getByTestId('join-other-submit').click();
    await facilitator.getByTestId('join-name').fill('Fanny');
    await facilitator.getByTestId('join-submit').click();
    await expect.poll(() => facilitator.getByTestId('room-state').getAttribute('data-state'), { timeout: 30_000 }).toBe('joined');
    expect(await itemCount(facilitator)).toBe(0);
    other.kill();

    host.proc.kill('SIGTERM');
    expect(await exitOf(host.proc)).toBe(0);
    const saved = loadProjectText(readFileSync(project, 'utf8'));
    if (!saved.ok) throw new Error(saved.error.detail);
    expect(saved.value.doc.getMap('items').size).toBe(2);
  });
});
