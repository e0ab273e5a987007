import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/harness';

/**
 * What the desktop app sets for its Chromium: real host IPs instead of mDNS names, and
 * WebRTC on loopback-only machines. A plain browser has neither: launch it with `flags: []`.
 */
export const DESKTOP_WEBRTC_FLAGS = ['--disable-features=WebRtcHideLocalIpsWithMdns', '--allow-loopback-in-peer-connection'];
/**
 * Chromium offers WebRTC every network interface only to a page holding camera/microphone
 * permission; otherwise just the one carrying the default route, and a room network often has
 * none. The desktop app grants it to its own page; so do these desktop stand-ins.
 */
const DESKTOP_PERMISSIONS = ['camera', 'microphone'];

export interface RoomBrowser {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * A separate Chromium process (own profile) on the room test page of `address`: set up as the
 * desktop app's window (default), or as a plain browser (`desktop: false`).
 */
export async function openRoomPage(address: string, roomId: string, opts: { desktop?: boolean; wrap?: string } = {}): Promise<RoomBrowser> {
  const desktop = opts.desktop ?? true;
  const browser = await launchBrowser({ extraFlags: desktop ? DESKTOP_WEBRTC_FLAGS : [], ...(opts.wrap ? { executable: opts.wrap } : {}) });
  const page = await browser.newPage(desktop ? { permissions: DESKTOP_PERMISSIONS } : {});
  await page.goto(`http://${address}/?room=${roomId}`);
  await page.waitForFunction(() => typeof window.roomTest === 'object');
  return { browser, page, close: () => browser.close() };
}
