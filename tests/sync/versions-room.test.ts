import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { buildProjectFile, newBoardDoc } from '@shared/project-file/build';
import { boardToScreen, dragMouse, launchBrowser, newPage, openBoard, waitReady } from '../e2e/harness';
import { joinRoomInPage, startAppRoomHost, useAppRooms } from './helpers/app-room-host';

/**
 * A version restored while the room is open, in two Chromium processes: the facilitator brings
 * back a theme a participant scattered, and the participant's board follows. Participants have no
 * versions panel at all (the research material's versions stay the facilitators').
 */
const { dir, browsers, hosts } = useAppRooms();

const parentIn = (page: Page, id: string): Promise<string | null | undefined> =>
  page.evaluate((card) => window.tablee?.snapshot().items.find((i) => i.id === card)?.parentId, id);

describe('versions in an open room', () => {
  it('the facilitator restores a theme a participant scattered; the participant sees it come back', async () => {
    const project = join(dir.path, 'atelier.tablee');
    const doc = newBoardDoc('Atelier', '2026-11-01T00:00:00.000Z');
    createItem(doc, { kind: 'frame', x: 0, y: 0, w: 700, h: 500, title: 'Mobilité' }, 'frame-mobility');
    createItem(doc, { kind: 'frame', x: 1000, y: 0, w: 700, h: 500, title: 'Santé' }, 'frame-health');
    createItem(doc, { kind: 'note', x: 380, y: 60, text: 'Pas de piste cyclable' }, 'note-bike');
    const now = '2026-11-01T00:00:00.000Z';
    writeFileSync(project, JSON.stringify(buildProjectFile(doc, { title: 'Atelier', createdAt: now, savedAt: now, app: 'Tablée' }, [])));
    const host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data'), password: 'tarte aux pommes' });
    hosts.push(host);

    const facilitatorBrowser = await launchBrowser();
    browsers.push(facilitatorBrowser);
    const facilitator = await openBoard(facilitatorBrowser, host.hostUrl, 'fr-FR');
    await facilitator.getByTestId('versions-button').click();
    await facilitator.getByTestId('version-name').fill('Avant l’atelier');
    await facilitator.getByTestId('version-save').click();
    await facilitator.getByTestId('version-row').waitFor();
    await facilitator.getByTestId('versions-close').click();

    const participantBrowser = await launchBrowser();
    browsers.push(participantBrowser);
    const participant = await newPage(participantBrowser, { locale: 'fr-FR' });
    await joinRoomInPage(participant, host.roomUrl, 'Awa', 'tarte aux pommes');
    expect(await participant.getByTestId('versions-button').count()).toBe(0);

    // The participant moves the bike into « Santé »; both boards show it there.
    await participant.evaluate(() => window.tablee!.setCamera(window.tablee!.fitCamera()));
    const bike = await participant.evaluate(() => {
      const s = window.tablee!.snapshot().items.find((i) => i.id === 'note-bike')!;
      return { x: s.x + s.w / 2, y: s.y + s.h / 2 };
    });
    await dragMouse(participant, await boardToScreen(participant, bike.x, bike.y), await boardToScreen(participant, 1350, 250));
    await expect.poll(() => parentIn(facilitator, 'note-bike'), { timeout: 15_000 }).toBe('frame-health');

    // The facilitator looks at the version and restores « Mobilité ».
    await facilitator.getByTestId('versions-button').click();
    await facilitator.getByTestId('version-look').click();
    await facilitator.getByTestId('version-summary').waitFor();
    await waitReady(facilitator);
    await facilitator.evaluate(() => window.tablee!.select(['frame-mobility']));
    await facilitator.getByTestId('version-restore-selection').click();
    await expect.poll(() => parentIn(participant, 'note-bike'), { timeout: 15_000 }).toBe('frame-mobility');
    await facilitator.getByTestId('version-back').click();
    await waitReady(facilitator);
    expect(await parentIn(facilitator, 'note-bike')).toBe('frame-mobility');
  });
});
