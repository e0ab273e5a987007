import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '@shared/board/records';
import { boardToScreen, launchBrowser, newPage, openBoard, snapshot } from '../e2e/harness';
import { startAppRoomHost, joinRoomInPage, useAppRooms } from './helpers/app-room-host';
import { SAMPLE_PROJECT } from './helpers/room-host';

/**
 * The agenda in the real pages: the sample carries the workshop day's agenda; the facilitator moves
 * to the next step with the keys, and a participant's page shows the step in the timer's bar and
 * brings its view to the step's frames, with a way back to where it was. A step whose frame was
 * deleted stays, and says its place is gone.
 */
const { dir, browsers, hosts } = useAppRooms();

/** Whether the middle of this board item is on the page's canvas. */
async function onScreen(page: Page, item: ItemRecord): Promise<boolean> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  const p = await boardToScreen(page, item.x + item.w / 2, item.y + item.h / 2);
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
}

describe('the agenda in the room’s pages', () => {
  it('the facilitator goes to the next step: the participant sees it and is brought to its frame, and can go back; a step whose frame was deleted says so', async () => {
    const project = join(dir.path, 'exemple.tablee');
    copyFileSync(SAMPLE_PROJECT, project);
    const host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data'), password: 'tarte aux pommes' });
    hosts.push(host);
    const browser = await launchBrowser();
    browsers.push(browser);
    const facilitator = await openBoard(browser, host.hostUrl, 'fr-FR');
    const participant = await newPage(browser, { locale: 'fr-FR' });
    await joinRoomInPage(participant, host.roomUrl, 'Awa', 'tarte aux pommes');
    const immersion = (await snapshot(participant)).items.find((i) => i.kind === 'frame' && i.title.startsWith('Immersion'))!;
    expect(immersion).toBeDefined();
    // No step under way yet: no bar.
    expect(await participant.getByTestId('agenda-step').count()).toBe(0);

    // Awa looks far away from the frames.
    const away = { x: 90_000, y: 90_000, zoom: 1 };
    await participant.evaluate((c) => window.tablee!.setCamera(c), away);
    expect(await onScreen(participant, immersion)).toBe(false);

    // The first step happens nowhere on the board: Awa's view stays.
    const box = (await facilitator.getByTestId('board-canvas').boundingBox())!;
    await facilitator.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await facilitator.keyboard.press('Alt+PageDown');
    await expect.poll(() => participant.getByTestId('agenda-step').textContent()).toMatch(/Faisons connaissance/);
    expect(await participant.evaluate(() => window.tablee!.camera())).toEqual(away);

    // The second happens in Immersion and the themes: Awa's view is brought there, and she is told.
    await facilitator.keyboard.press('Alt+PageDown');
    await expect.poll(() => participant.getByTestId('agenda-step').textContent()).toMatch(/Au croisement des chemins/);
    expect(await facilitator.getByTestId('agenda-step').textContent()).toBe(await participant.getByTestId('agenda-step').textContent());
    await expect.poll(() => onScreen(participant, immersion)).toBe(true);
    expect(await participant.getByTestId('agenda-notice').textContent()).toMatch(/Au croisement des chemins/);

    // She goes back to where she was.
    await participant.getByTestId('agenda-back-to-mine').click();
    expect(await participant.evaluate(() => window.tablee!.camera())).toEqual(away);
    expect(await participant.getByTestId('agenda-notice').count()).toBe(0);

    // Zoé joins now, during this step: her page opens on its frames, and says so.
    const late = await newPage(browser, { locale: 'fr-FR' });
    await joinRoomInPage(late, host.roomUrl, 'Zoé', 'tarte aux pommes');
    await expect.poll(() => onScreen(late, immersion)).toBe(true);
    expect(await late.getByTestId('agenda-notice').textContent()).toMatch(/Au croisement des chemins/);
    await late.context().close();

    // Back one step, from the facilitator: everyone is on the first step again.
    await facilitator.keyboard.press('Alt+PageUp');
    await expect.poll(() => participant.getByTestId('agenda-step').textContent()).toMatch(/Faisons connaissance/);
    // A participant's page has no agenda keys: Alt+PageDown there changes nothing, not even on her own page.
    await participant.keyboard.press('Alt+PageDown');
    expect(await participant.getByTestId('agenda-step').textContent()).toMatch(/Faisons connaissance/);
    expect(await participant.evaluate(() => (window.tablee!.doc as { getMap(n: string): { get(k: string): unknown } }).getMap('day').get('current'))).toBe('meet');

    // The facilitator renames the step in the agenda's panel: the participant's bar follows.
    await facilitator.getByTestId('agenda-open').click();
    expect(await facilitator.getByTestId('agenda-row').count()).toBe(6);
    const title = facilitator.getByTestId('agenda-title').first();
    await title.fill('Tour de table');
    await title.blur();
    await expect.poll(() => participant.getByTestId('agenda-step').textContent()).toMatch(/Tour de table/);
    expect(await participant.evaluate(() => window.tablee!.workshop().step)).toEqual({ index: 0, title: 'Tour de table' });
    // A new step goes at the end.
    await facilitator.getByTestId('agenda-add').click();
    await expect.poll(() => facilitator.getByTestId('agenda-row').count()).toBe(7);
    expect(await facilitator.getByTestId('agenda-title').last().inputValue()).toBe('Nouvelle étape');

    // The frame of the sharing step is deleted: the step stays, the panel says its frame is gone.
    const shareFrames = await facilitator.evaluate(() =>
      ((window.tablee!.doc as { getMap(n: string): { get(k: string): unknown } }).getMap('day').get('agenda') as { id: string; frames: string[] }[]).find((x) => x.id === 'share')!.frames,
    );
    expect(shareFrames.length).toBeGreaterThan(0);
    await facilitator.getByTestId('agenda-open').click();
    await facilitator.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await facilitator.evaluate((ids) => window.tablee!.select(ids), shareFrames);
    await facilitator.keyboard.press('Delete');
    await expect.poll(async () => (await snapshot(participant)).items.filter((i) => shareFrames.includes(i.id)).length).toBe(0);
    await facilitator.getByTestId('agenda-open').click();
    const rows = facilitator.getByTestId('agenda-row');
    expect(await rows.count()).toBe(7);
    expect(await rows.nth(4).getByTestId('agenda-title').inputValue()).toMatch(/^À nous de jouer/);
    expect(await rows.nth(4).getByTestId('agenda-frame-deleted').textContent()).toBe('cadre supprimé');
    expect(await rows.nth(1).getByTestId('agenda-frame-deleted').count()).toBe(0);

    // It becomes the current step: Awa's bar says it, her view stays where it was, and she is told its place is gone.
    await participant.evaluate((c) => window.tablee!.setCamera(c), away);
    await rows.nth(4).getByRole('button', { name: 'En faire l’étape en cours' }).click();
    await expect.poll(async () => (await participant.evaluate(() => window.tablee!.workshop().step))?.index).toBe(4);
    expect(await participant.getByTestId('agenda-step').textContent()).toMatch(/À nous de jouer/);
    await expect.poll(() => participant.getByTestId('agenda-place-deleted').count()).toBe(1);
    expect(await participant.getByTestId('agenda-place-deleted').textContent()).toMatch(/a été supprimé/);
    expect(await participant.evaluate(() => window.tablee!.camera())).toEqual(away);
  }, 120_000);
});
