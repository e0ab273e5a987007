import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { HELD_MAP } from '@shared/day/day-round';
import { loadProjectText } from '@shared/project-file/load';
import { exitOf, launchBrowser, openBoard, tempDir } from '../e2e/harness';
import { startAppRoomHost, type AppRoomHost } from './helpers/app-room-host';
import { joinAsParticipant, type ParticipantPage } from './helpers/participant-page';
import { SAMPLE_PROJECT } from './helpers/room-host';

/**
 * Write alone, then reveal, in the real app: the facilitator's board and two participants, each in
 * a Chromium process of its own, through a real HOST (a room without password, so the frames each
 * page receives can be searched for words). Until the reveal, nobody's page holds another's card
 * (not its DOM, its doc, nor any frame it was sent); after it, every page has both cards. A card
 * still held when the HOST stops is in the project file, in the facilitators-only map.
 */
const dir = tempDir();
const browsers: Browser[] = [];
const people: ParticipantPage[] = [];
const hosts: AppRoomHost[] = [];
afterAll(async () => {
  for (const p of people) await p.close().catch(() => {});
  for (const b of browsers) await b.close().catch(() => {});
  for (const h of hosts) h.kill();
  dir.remove();
});

/** Where the round's frame is: far from the sample's cards. */
const FRAME = { x: 100_000, y: 100_000, w: 800, h: 500 };
const CAMERA = { x: -FRAME.x + 100, y: -FRAME.y + 100, zoom: 1 };

const screenOf = (page: Page, x: number, y: number) => page.evaluate(([bx, by]) => window.tablee!.boardToScreen(bx!, by!), [x, y]);
const noteTexts = (page: Page) => page.evaluate(() => window.tablee!.snapshot().items.flatMap((i) => (i.kind === 'note' ? [i.text] : [])));
const madeBy = (page: Page, text: string) =>
  page.evaluate((t) => {
    const doc = window.tablee!.doc as { getMap(n: string): { get(k: string): unknown } };
    const note = window.tablee!.snapshot().items.find((i) => i.kind === 'note' && i.text === t);
    const person = note ? doc.getMap('madeBy').get(note.id) : undefined;
    return person === undefined ? null : ((doc.getMap('people').get(person as string) as { name?: string } | undefined)?.name ?? '?');
  }, text);

/** Writes a held card: double-click in the frame, type, Enter; the card is mine, marked private. */
async function write(page: Page, at: { x: number; y: number }, text: string): Promise<void> {
  await page.evaluate((c) => window.tablee!.setCamera(c), CAMERA);
  const p = await screenOf(page, at.x, at.y);
  await page.mouse.dblclick(p.x, p.y);
  const field = page.getByTestId('held-card-text');
  await field.waitFor();
  await field.fill(text);
  await field.press('Enter');
  await expect.poll(() => page.getByTestId('held-card').filter({ hasText: text }).count()).toBe(1);
}

/** Everything a participant's page holds or was sent, as text to search. */
async function everythingIn(p: ParticipantPage): Promise<string> {
  return [await p.page.content(), (await p.docState()).toString('latin1'), Buffer.concat(p.frames()).toString('latin1'), await p.docJson()].join('\n');
}

async function openRound(facilitator: Page, frameId: string, anonymous: boolean): Promise<void> {
  await facilitator.evaluate((id) => window.tablee!.select([id]), frameId);
  await facilitator.getByTestId('private-round-open').click();
  const box = facilitator.getByTestId('private-round-anonymous');
  if ((await box.isChecked()) !== anonymous) await box.click();
  await facilitator.getByTestId('private-round-start').click();
}

describe('a private writing round in the room', () => {
  it('each card is its author’s alone until the reveal, then on every page; a held card outlives the HOST in the file', async () => {
    const project = join(dir.path, 'atelier.tablee');
    copyFileSync(SAMPLE_PROJECT, project);
    const dataDir = join(dir.path, 'data');
    const host = await startAppRoomHost({ project, dataDir });
    hosts.push(host);
    const browser = await launchBrowser();
    browsers.push(browser);
    const facilitator = await openBoard(browser, host.hostUrl, 'en-US');
    const awa = await joinAsParticipant(host.roomUrl, 'Awa');
    people.push(awa);
    const ben = await joinAsParticipant(host.roomUrl, 'Ben');
    people.push(ben);

    // The facilitator draws the round's frame (F, then a drag) and opens an anonymous round on it.
    await facilitator.evaluate((c) => window.tablee!.setCamera(c), CAMERA);
    const from = await screenOf(facilitator, FRAME.x, FRAME.y);
    const to = await screenOf(facilitator, FRAME.x + FRAME.w, FRAME.y + FRAME.h);
    await facilitator.mouse.move(from.x, from.y);
    await facilitator.keyboard.press('f');
    await facilitator.mouse.down();
    await facilitator.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await facilitator.mouse.move(to.x, to.y, { steps: 8 });
    await facilitator.mouse.up();
    await facilitator.keyboard.press('Escape');
    const frame = (await facilitator.evaluate(() => window.tablee!.snapshot().items)).find((i) => i.kind === 'frame' && i.x >= 99_000)!;
    expect(frame).toBeDefined();
    // The round's form is a panel like the others: Escape closes it.
    await facilitator.getByTestId('private-round-open').click();
    await expect.poll(() => facilitator.locator('.private-round-form').count()).toBe(1);
    await facilitator.keyboard.press('Escape');
    await expect.poll(() => facilitator.locator('.private-round-form').count()).toBe(0);
    await openRound(facilitator, frame.id, true);
    await expect.poll(() => awa.page.getByTestId('private-round-banner').count()).toBe(1);
    await expect.poll(() => ben.page.getByTestId('private-round-banner').count()).toBe(1);

    const awaWords = 'Awa veut un jardin partagé';
    const benWords = 'Ben propose une cantine ouverte';
    await write(awa.page, { x: FRAME.x + 150, y: FRAME.y + 200 }, awaWords);
    await write(ben.page, { x: FRAME.x + 550, y: FRAME.y + 200 }, benWords);
    await expect.poll(() => facilitator.getByTestId('private-round-count').textContent()).toBe('2 cards written by 2 people');
    // Ben writes another card, rewrites it in place (double-click), then deletes it (Delete): it is gone from the HOST too.
    await write(ben.page, { x: FRAME.x + 550, y: FRAME.y + 380 }, 'Ben hésite');
    await expect.poll(() => facilitator.getByTestId('private-round-count').textContent()).toBe('3 cards written by 2 people');
    const second = ben.page.getByTestId('held-card').filter({ hasText: 'Ben hésite' });
    await second.dblclick();
    await ben.page.getByTestId('held-card-text').fill('Ben se ravise');
    await ben.page.getByTestId('held-card-text').press('Enter');
    const rewritten = ben.page.getByTestId('held-card').filter({ hasText: 'Ben se ravise' });
    await expect.poll(() => rewritten.count()).toBe(1);
    await rewritten.focus();
    await ben.page.keyboard.press('Delete');
    await expect.poll(() => facilitator.getByTestId('private-round-count').textContent()).toBe('2 cards written by 2 people');
    expect(await ben.page.getByTestId('held-card').count()).toBe(1);

    // Before the reveal: each sees their own card, nobody's page holds the other's words, the board neither.
    expect(await awa.page.getByTestId('held-card').count()).toBe(1);
    expect(await ben.page.getByTestId('held-card').count()).toBe(1);
    const awaHas = await everythingIn(awa);
    const benHas = await everythingIn(ben);
    expect(awaHas).toContain(awaWords);
    expect(awaHas).not.toContain(benWords);
    expect(benHas).toContain(benWords);
    expect(benHas).not.toContain(awaWords);
    for (const page of [facilitator, awa.page, ben.page]) {
      expect(await noteTexts(page)).not.toContain(awaWords);
      expect(await noteTexts(page)).not.toContain(benWords);
      expect(await noteTexts(page)).not.toContain('Ben se ravise');
    }

    // The reveal: both cards on every page, in the frame, made by nobody; no held card left on screen.
    await facilitator.getByTestId('private-round-reveal').click();
    for (const page of [facilitator, awa.page, ben.page]) {
      await expect.poll(() => noteTexts(page)).toEqual(expect.arrayContaining([awaWords, benWords]));
      expect(await madeBy(page, awaWords)).toBeNull();
      expect(await madeBy(page, benWords)).toBeNull();
      expect(await noteTexts(page)).not.toContain('Ben se ravise');
    }
    await expect.poll(() => awa.page.getByTestId('held-card').count()).toBe(0);
    await expect.poll(() => awa.page.getByTestId('private-round-banner').count()).toBe(0);

    // A named round: Awa's card is still held when the HOST stops; the file keeps it, in the facilitators' map only.
    await facilitator.getByTestId('private-round-end').click();
    await openRound(facilitator, frame.id, false);
    await expect.poll(() => awa.page.getByTestId('private-round-banner').count()).toBe(1);
    const kept = 'Awa garde cette idée pour plus tard';
    await write(awa.page, { x: FRAME.x + 150, y: FRAME.y + 350 }, kept);
    await expect.poll(() => facilitator.getByTestId('private-round-count').textContent()).toBe('1 card written by 1 person');
    expect(await everythingIn(ben)).not.toContain(kept);
    // Awa reloads her page and joins again: the HOST knows her (her tab kept its ticket) and shows her card again.
    await awa.page.reload();
    await awa.page.getByTestId('join-name').fill('Awa');
    await awa.page.getByTestId('join-submit').click();
    await expect.poll(() => awa.page.getByTestId('held-card').filter({ hasText: kept }).count(), { timeout: 15_000 }).toBe(1);

    host.proc.kill('SIGTERM');
    expect(await exitOf(host.proc)).toBe(0);
    const saved = loadProjectText(readFileSync(project, 'utf8'));
    if (!saved.ok) throw new Error(saved.error.detail);
    const held = JSON.stringify(saved.value.doc.getMap(HELD_MAP).toJSON());
    expect(held).toContain(kept);
    expect(JSON.stringify(saved.value.doc.getMap('items').toJSON())).not.toContain(kept);

    // The room opens again with the project: the round is still open, and its reveal puts Awa's card on the board under her name.
    const again = await startAppRoomHost({ project, dataDir });
    hosts.push(again);
    const board = await openBoard(browser, again.hostUrl, 'en-US');
    await expect.poll(() => board.getByTestId('private-round-count').textContent()).toBe('1 card written by 1 person');
    await board.getByTestId('private-round-reveal').click();
    await expect.poll(() => noteTexts(board)).toContain(kept);
    expect(await madeBy(board, kept)).toBe('Awa');
  }, 240_000);
});
