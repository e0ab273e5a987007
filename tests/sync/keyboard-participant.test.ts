import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { writeGather } from '@shared/day/day-gather';
import { writeDayVote } from '@shared/day/day-vote';
import { launchBrowser, REPO, waitReady } from '../e2e/harness';
import { nodePeer, type NodePeer } from './helpers/node-peer';
import { SAMPLE_PROJECT, startRoomHost, until, type RoomHost } from './helpers/room-host';

/**
 * A participant who uses only the keyboard takes part through a real HOST: joins, writes a note,
 * finds a card and puts a dot on it, and hears (in the live region) when a facilitator brings
 * everyone to their view, then goes back with Escape.
 */
let room: RoomHost | undefined;
let facilitator: NodePeer | undefined;
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  facilitator?.room.leave();
  await room?.stop();
});

const activeTestId = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

async function tabTo(page: Page, testId: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await activeTestId(page)) === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} is not reachable with Tab`);
}

describe('the participant’s journey with the keyboard alone', () => {
  it('join, write a note, vote on a card found by search, hear the facilitator bring everyone', async () => {
    room = await startRoomHost({ password: null, project: SAMPLE_PROJECT, rendererDir: join(REPO, 'out', 'renderer') });
    facilitator = nodePeer(room, 'Fatou', room.status.facilitatorPassword, { door: 'facilitator' });
    await facilitator.room.synced();
    const cards = ['Jardin partagé', 'Bus du soir'].map((text, i) => createItem(facilitator!.doc, { kind: 'note', x: 50_000 + i * 260, y: 50_000, text }));
    writeDayVote(facilitator.doc, { id: 'vote:kbd00001', question: 'Par quoi commencer ?', scope: { kind: 'cards', ids: cards }, perPerson: 3, perCard: 2, endsAt: null, state: 'open' });

    browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
    await page.goto(room.status.url!);
    // Join: the name field, Enter.
    await tabTo(page, 'join-name');
    await page.keyboard.type('Awa');
    await page.keyboard.press('Enter');
    await waitReady(page);

    // A note: N, the words, Escape.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('n');
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('a bench by the door');
    await page.keyboard.press('Escape');
    await until('the note reached the facilitator', () => {
      let found = false;
      facilitator!.doc.getMap('items').forEach((m) => {
        if ((m as { get(k: string): unknown }).get('text')?.toString() === 'a bench by the door') found = true;
      });
      return found;
    });

    // A card found by search (Ctrl+F, its words, Enter), reached with Tab, a dot with Alt+D.
    await until('the vote reached the page', async () => (await page.evaluate(() => window.tablee!.workshop().vote))?.open === true);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Jardin');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.getAttribute('data-card-id') ?? null)) !== cards[0]; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-card-id'))).toBe(cards[0]);
    await expect.poll(() => page.getByTestId('live-region').innerText()).toBe('Note, outside the themes: Jardin partagé');
    await page.keyboard.press('Alt+D');
    await until('my dot', async () => (await page.evaluate(() => window.tablee!.workshop().vote))?.myVotes[cards[0]!] === 1);

    // The facilitator brings everyone to their view: the live region says so; Escape takes me back.
    const before = await page.evaluate(() => window.tablee!.camera());
    writeGather(facilitator.doc, { x: 0, y: 0, w: 2000, h: 1200 }, 'Fatou');
    await expect.poll(() => page.getByTestId('live-region').innerText(), { timeout: 10_000 }).toBe('A facilitator brought everyone to their view');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.tablee!.camera())).toEqual(before);
  });
});
