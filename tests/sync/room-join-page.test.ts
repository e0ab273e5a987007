import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoomInput } from '@shared/room/room-code';
import { launchBrowser, newPage, openBoard, waitReady } from '../e2e/harness';
import { joinRoomInPage, startAppRoomHost, useAppRooms } from './helpers/app-room-host';
import { nodePeer } from './helpers/node-peer';

/**
 * Joining the room as people really do, and what they see when it ends: the password typed as a
 * phone capitalises it (accents come and go, spaces double), the colours by name, the list once
 * the room is closed. The real host command, real Chromium pages.
 */
const { dir, browsers, hosts } = useAppRooms();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A fresh participant's page types `password` in the join form; resolves with what happened. */
async function tryJoin(page: Page, roomUrl: string, name: string, password: string): Promise<'joined' | string> {
  await page.goto(roomUrl);
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-password').fill(password);
  await page.getByTestId('join-submit').click();
  const error = page.getByTestId('join-error');
  const outcome = await Promise.race([waitReady(page).then(() => 'joined' as const), error.waitFor().then(() => error.textContent())]);
  return outcome ?? '';
}

describe('joining the room, and the room closing', () => {
  it('read from TABLEE_ROOM_PASSWORD, opens to its capitalised, accented and spaced variants in the page, and still refuses a wrong one', async () => {
    const host = await startAppRoomHost({ project: join(dir.path, 'env.tablee'), dataDir: join(dir.path, 'data-env'), env: { TABLEE_ROOM_PASSWORD: 'cerise galet moulin' } });
    hosts.push(host);
    // Nothing to warn about: the password is not on the command line.
    expect(host.out.stderr).not.toMatch(/process list/);
    const browser = await launchBrowser();
    browsers.push(browser);

    const page = await newPage(browser, { locale: 'fr-FR' });
    await page.goto(host.roomUrl);
    // The join page says what does not count, before anyone gets it wrong.
    expect(await page.getByTestId('join-password-loose').textContent()).toMatch(/Majuscules, accents et espaces ne comptent pas/);
    for (const [i, typed] of ['Cerise Galet Moulin', '  cérise   GALET moulin ', 'Cerise-Galet-Moulin'].entries()) {
      const participant = i === 0 ? page : await newPage(browser, { locale: 'fr-FR' });
      expect(await tryJoin(participant, host.roomUrl, `Personne ${i}`, typed), typed).toBe('joined');
      await participant.context().close();
    }
    for (const wrong of ['cerise galet moulins', 'cerisegaletmoulin', 'moulin galet cerise']) {
      const intruder = await newPage(browser, { locale: 'fr-FR' });
      expect(await tryJoin(intruder, host.roomUrl, 'Intrus', wrong), wrong).toMatch(/Mot de passe incorrect/);
      await intruder.context().close();
    }
  });

  it('given with --password, warns that the process list shows it; both doors take their password as a phone types it', async () => {
    const host = await startAppRoomHost({ project: join(dir.path, 'flag.tablee'), dataDir: join(dir.path, 'data-flag'), password: 'Pomme Galet Nuage' });
    hosts.push(host);
    expect(host.out.stderr).toMatch(/warning: --password shows in the process list .*TABLEE_ROOM_PASSWORD/);
    const address = parseRoomInput(host.roomUrl)!;
    const room = { address: address.host, roomId: address.roomId };

    const participant = nodePeer(room, 'Awa', 'pomme galet nuage');
    cleanups.push(() => participant.room.leave());
    await participant.room.synced();
    expect(participant.room.role()).toBe('participant');

    // The facilitators' password as printed ("cerise-tilleul-galet-42"), read out and typed on a phone.
    const printed = /facilitators' password .*: (\S+)$/m.exec(host.out.stdout)![1]!;
    const spoken = printed.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    const colleague = nodePeer(room, 'Chloé', spoken, { door: 'facilitator' });
    cleanups.push(() => colleague.room.leave());
    await colleague.room.synced();
    expect(colleague.room.role()).toBe('facilitator');
  });

  it('the join page names each colour in the page’s language, to screen readers and on screen, never as its code', async () => {
    const host = await startAppRoomHost({ project: join(dir.path, 'colours.tablee'), dataDir: join(dir.path, 'data-colours'), password: 'tarte' });
    hosts.push(host);
    const browser = await launchBrowser();
    browsers.push(browser);
    for (const [locale, red, chosen] of [
      ['fr-FR', 'rouge', 'Votre couleur : rouge'],
      ['en-GB', 'red', 'Your colour: red'],
    ] as const) {
      const page = await newPage(browser, { locale });
      await page.goto(host.roomUrl);
      await page.getByTestId('join-name').waitFor();
      const swatches = page.getByRole('radio');
      const names = await swatches.evaluateAll((inputs) => inputs.map((i) => i.getAttribute('aria-label') ?? ''));
      expect(names).toHaveLength(8);
      expect(names.filter((n) => /#|^\s*$/.test(n))).toEqual([]);
      expect(new Set(names).size).toBe(8);
      await page.getByRole('radio', { name: red, exact: true }).check();
      expect(await page.getByTestId('join-colour-chosen').textContent()).toBe(chosen);
      await page.context().close();
    }
  });

  it('once the facilitator closes the room, a participant’s list no longer shows anyone as relayed: only themself', async () => {
    const host = await startAppRoomHost({ project: join(dir.path, 'close.tablee'), dataDir: join(dir.path, 'data-close'), password: 'tarte' });
    hosts.push(host);
    const browser = await launchBrowser();
    browsers.push(browser);
    const facilitator = await openBoard(browser, host.hostUrl, 'en-GB');
    await facilitator.getByTestId('room-button').click();
    // A browser without WebRTC: everyone reaches it through the HOST, so the facilitator is "relayed".
    const participant = await newPage(browser, { locale: 'en-GB' });
    await participant.addInitScript(() => Object.defineProperty(window, 'RTCPeerConnection', { value: undefined }));
    await joinRoomInPage(participant, host.roomUrl, 'Awa', 'Tarte');
    const links = (page: Page): Promise<string[]> => page.getByTestId('person').evaluateAll((li) => li.map((l) => l.getAttribute('data-link') ?? ''));
    // And someone in the room on another machine, who will not say goodbye when the room closes.
    const address = parseRoomInput(host.roomUrl)!;
    const other = nodePeer({ address: address.host, roomId: address.roomId }, 'Bastien', 'tarte');
    cleanups.push(() => other.room.leave());
    await other.room.synced();
    await expect.poll(() => links(participant), { timeout: 20_000 }).toEqual(['me', 'relayed', 'relayed']);

    await facilitator.getByTestId('room-close').click();
    await expect.poll(() => participant.getByTestId('room-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('closed');
    await expect.poll(() => links(participant), { timeout: 10_000 }).toEqual(['me']);
  });
});
