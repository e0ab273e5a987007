import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '@shared/board/records';
import { boardToScreen, dragMouse, launchBrowser, newPage, openBoard, snapshot, waitReady } from '../e2e/harness';
import { startAppRoomHost, joinRoomInPage, useAppRooms } from './helpers/app-room-host';
import { SAMPLE_PROJECT, until } from './helpers/room-host';

/**
 * Roles in the page, with the real app in two Chromium processes: the facilitator's board on the
 * host machine and a participant who joins from the room's address. The participant's page has
 * no research tools at all, and refuses what the facilitator locked.
 */
const { dir, browsers, hosts } = useAppRooms();

const items = async (page: Page): Promise<ItemRecord[]> => (await snapshot(page)).items;
const item = async (page: Page, id: string): Promise<ItemRecord | undefined> => (await items(page)).find((i) => i.id === id);

async function at(page: Page, board: { x: number; y: number }): Promise<{ x: number; y: number }> {
  return boardToScreen(page, board.x, board.y);
}

describe('roles in the room’s pages', () => {
  it('a participant has no interviews, traces or lock, and cannot move what is locked nor drop into a locked frame', async () => {
    const host = await startAppRoomHost({ project: join(dir.path, 'atelier.tablee'), dataDir: join(dir.path, 'data'), password: 'tarte aux pommes' });
    hosts.push(host);

    const facilitatorBrowser = await launchBrowser();
    browsers.push(facilitatorBrowser);
    const facilitator = await openBoard(facilitatorBrowser, host.hostUrl, 'fr-FR');
    // A frame (F, then a drag), a note in it and a note outside it.
    const box = (await facilitator.getByTestId('board-canvas').boundingBox())!;
    await facilitator.mouse.move(box.x + 640, box.y + 400);
    await facilitator.keyboard.press('f');
    await dragMouse(facilitator, { x: box.x + 100, y: box.y + 150 }, { x: box.x + 600, y: box.y + 600 });
    await facilitator.keyboard.press('Escape');
    await facilitator.mouse.dblclick(box.x + 300, box.y + 400);
    await facilitator.keyboard.type('dans le thème');
    await facilitator.keyboard.press('Escape');
    await facilitator.mouse.dblclick(box.x + 950, box.y + 400);
    await facilitator.keyboard.type('libre');
    await facilitator.keyboard.press('Escape');
    const made = await items(facilitator);
    const frame = made.find((i) => i.kind === 'frame')!;
    const held = made.find((i) => i.kind === 'note' && i.text === 'dans le thème')!;
    const free = made.find((i) => i.kind === 'note' && i.text === 'libre')!;
    expect(held.parentId).toBe(frame.id);
    await facilitator.evaluate((id) => window.tablee!.select([id]), frame.id);
    await facilitator.keyboard.press('Control+Shift+L');
    await until('the frame is locked', async () => (await item(facilitator, frame.id))?.locked === true);
    expect(await facilitator.getByTestId('open-interviews').count()).toBe(1);

    const participantBrowser = await launchBrowser();
    browsers.push(participantBrowser);
    const participant = await newPage(participantBrowser, { locale: 'fr-FR' });
    await joinRoomInPage(participant, host.roomUrl, 'Awa', 'tarte aux pommes');
    await until('the participant sees the locked frame', async () => (await item(participant, frame.id))?.locked === true);

    // No research tools and no lock: no button, no key, not in the shortcuts list.
    expect(await participant.getByTestId('open-interviews').count()).toBe(0);
    expect(await participant.getByTestId('lock').count()).toBe(0);
    await participant.mouse.move(box.x + 900, box.y + 700);
    await participant.keyboard.press('i');
    await participant.keyboard.press('?');
    await participant.getByTestId('shortcuts-panel').waitFor();
    expect(await participant.locator('tr[data-action="zoom-fit"]').count()).toBe(1);
    expect(await participant.locator('tr[data-action="interviews"]').count()).toBe(0);
    expect(await participant.locator('tr[data-action="lock"]').count()).toBe(0);
    expect(await participant.locator('tr[data-action="timer-start-pause"]').count()).toBe(0);
    expect(await participant.getByTestId('side-panel').count()).toBe(0);
    await participant.getByTestId('shortcuts-close').click();

    // The facilitators' timer: no buttons on the participant's page, but the bar, with the same time left.
    expect(await participant.getByTestId('timer-controls').count()).toBe(0);
    await facilitator.getByTestId('timer-start-pause').click();
    await participant.getByTestId('timer-bar').waitFor();
    await facilitator.getByTestId('timer-start-pause').click();
    await expect.poll(async () => (await participant.getByTestId('timer-bar').getAttribute('class')) ?? '').toMatch(/paused/);
    expect(await participant.getByTestId('timer-bar').textContent()).toBe(await facilitator.getByTestId('timer-bar').textContent());

    // The note in the locked frame stays where it is, and the participant is told why.
    await dragMouse(participant, await at(participant, { x: held.x + 20, y: held.y + 20 }), await at(participant, { x: held.x + 400, y: held.y + 300 }));
    await expect.poll(() => participant.getByTestId('toast').last().textContent()).toMatch(/Verrouillé par l’équipe d’animation/);
    expect(await item(participant, held.id)).toMatchObject({ x: held.x, y: held.y, parentId: frame.id });

    // The free note dropped into the locked frame goes back; dropped elsewhere, it moves.
    await dragMouse(participant, await at(participant, { x: free.x + 20, y: free.y + 20 }), await at(participant, { x: frame.x + 60, y: frame.y + 80 }));
    expect(await item(participant, free.id)).toMatchObject({ x: free.x, y: free.y, parentId: null });
    await dragMouse(participant, await at(participant, { x: free.x + 20, y: free.y + 20 }), await at(participant, { x: free.x + 60, y: free.y + 100 }));
    await until('the facilitator sees the free note moved', async () => (await item(facilitator, free.id))?.y === free.y + 80);
    expect(await item(facilitator, free.id)).toMatchObject({ parentId: null });
    expect(await item(facilitator, held.id)).toMatchObject({ x: held.x, y: held.y, parentId: frame.id });
  });

  it('on the sample: a participant gets the quotes as published and the counts, not the research; a hostile edit is refused, logged, and the page starts over; the facilitators’ door gives the research', async () => {
    const project = join(dir.path, 'exemple.tablee');
    copyFileSync(SAMPLE_PROJECT, project);
    const host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data-sample'), password: 'tarte aux pommes' });
    hosts.push(host);
    const browser = await launchBrowser();
    browsers.push(browser);
    const facilitator = await openBoard(browser, host.hostUrl, 'fr-FR');
    await facilitator.getByTestId('room-button').click();
    const facilitatorPassword = (await facilitator.getByTestId('facilitator-password').textContent())!;
    expect(facilitatorPassword).toMatch(/\S/);
    expect(facilitatorPassword).not.toBe('tarte aux pommes');
    expect(await facilitator.getByTestId('facilitator-door').textContent()).toMatch(/entretiens, transcriptions, notes/);

    // A theme with quotes, locked by the facilitator; one of its cards.
    const board = await items(facilitator);
    const theme = board.find((f) => f.kind === 'frame' && board.some((c) => c.kind === 'quote' && c.parentId === f.id))!;
    const held = board.find((c) => c.kind === 'quote' && c.parentId === theme.id)!;
    await facilitator.evaluate((id) => window.tablee!.select([id]), theme.id);
    const counts = await facilitator.getByTestId('theme-counts').textContent();
    await facilitator.keyboard.press('Control+Shift+L');
    await until('the theme is locked', async () => (await item(facilitator, theme.id))?.locked === true);

    const participant = await newPage(browser, { locale: 'fr-FR' });
    await joinRoomInPage(participant, host.roomUrl, 'Awa', 'tarte aux pommes');
    await until('the participant sees the locked theme', async () => (await item(participant, theme.id))?.locked === true);
    const seen = await snapshot(participant);
    expect(seen.interviews).toEqual([]);
    expect(seen.quotes.length).toBeGreaterThan(0);
    // Quotes as published: no interview, a credit (what the card shows under the words).
    expect(seen.quotes.every((q) => q.interviewId === null && q.credit !== undefined && q.text !== '')).toBe(true);
    expect(await participant.getByTestId('open-interviews').count()).toBe(0);
    // The theme's counts are the ones the HOST published: the same sentence as the facilitator's.
    await participant.evaluate((id) => window.tablee!.select([id]), theme.id);
    await expect.poll(() => participant.getByTestId('theme-counts').textContent()).toBe(counts);
    // Roles from the HOST's roster.
    await expect.poll(() => participant.locator('[data-testid="person"][data-role="facilitator"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await participant.locator('[data-testid="person"][data-link="me"]').getAttribute('data-role')).toBe('participant');
    await expect.poll(() => facilitator.locator('[data-testid="room-person"][data-role="participant"]').textContent(), { timeout: 10_000 }).toMatch(/Awa/);

    // A modified client writes into the locked theme's card: the HOST refuses, the page starts
    // over from the HOST's copy at once (same person, no form) and says why; the log names Awa.
    await participant.evaluate((id) => {
      const doc = window.tablee!.doc as { getMap(name: string): { get(id: string): { set(k: string, v: unknown): void } } };
      doc.getMap('items').get(id).set('x', 12345);
    }, held.id);
    await expect.poll(() => participant.getByTestId('toast').allTextContents(), { timeout: 15_000 }).toContainEqual(expect.stringMatching(/Votre dernière modification a été annulée/));
    await expect.poll(() => participant.getByTestId('room-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('joined');
    await waitReady(participant);
    await until('the participant’s board is the HOST’s again', async () => (await item(participant, held.id))?.x === held.x);
    expect(await participant.getByTestId('join-screen').count()).toBe(0);
    expect((await item(facilitator, held.id))?.x).toBe(held.x);
    await expect.poll(() => facilitator.getByTestId('room-refusal').first().textContent(), { timeout: 10_000 }).toMatch(/Awa/);

    // A locked proposal opens for reading: its fields cannot be changed.
    const proposal = board.find((c) => c.kind === 'proposal')!;
    await facilitator.evaluate((id) => window.tablee!.select([id]), proposal.id);
    await facilitator.keyboard.press('Control+Shift+L');
    await until('the participant sees the locked proposal', async () => (await item(participant, proposal.id))?.locked === true);
    await participant.evaluate((id) => window.tablee!.select([id]), proposal.id);
    await participant.mouse.move(5, 400);
    await participant.keyboard.press('Enter');
    await participant.getByTestId('locked-card').waitFor();
    expect(await participant.getByTestId('proposal-title').isDisabled()).toBe(true);
    expect(await participant.getByTestId('proposal-body').isEditable()).toBe(false);

    // The facilitators' door, from the join page: the research material and its tools.
    const colleague = await newPage(browser, { locale: 'fr-FR' });
    await colleague.goto(host.roomUrl);
    await colleague.getByTestId('join-name').fill('Chloé');
    await colleague.getByTestId('join-as-facilitator').click();
    await colleague.getByTestId('join-facilitator-password').fill(facilitatorPassword);
    await colleague.getByTestId('join-submit').click();
    await waitReady(colleague);
    await until('the colleague has the interviews', async () => (await snapshot(colleague)).interviews.length > 0);
    expect(await colleague.getByTestId('open-interviews').count()).toBe(1);
    expect(await colleague.getByTestId('lock').count()).toBe(1);
  });
});
