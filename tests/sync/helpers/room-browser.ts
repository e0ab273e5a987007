import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../e2e/harness';

/**
 * What the desktop app sets for its Chromium (FACTS.md): real host IPs instead of mDNS names, and
 * WebRTC on loopback-only machines. A plain browser has neither: launch it with `flags: []`.
 */
export const DESKTOP_WEBRTC_FLAGS = ['--disable-features=WebRtcHideLocalIpsWithMdns', '--allow-loopback-in-peer-connection'];

export interface RoomBrowser {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** A separate Chromium process (own profile) on the room test page of `address`. */
export async function openRoomPage(address: string, roomId: string, opts: { flags?: string[]; wrap?: string } = {}): Promise<RoomBrowser> {
  const browser = await chromium.launch({
    executablePath: opts.wrap ?? CHROMIUM,
    args: [...CHROMIUM_FLAGS, ...(opts.flags ?? DESKTOP_WEBRTC_FLAGS)],
    headless: true,
  });
  const page = await browser.newPage();
  await page.goto(`http://${address}/?room=${roomId}`);
  await page.waitForFunction(() => typeof window.roomTest === 'object');
  return { browser, page, close: () => browser.close() };
}
