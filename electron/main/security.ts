import type { App, CommandLine, Session, WebContents } from 'electron';
import { isAppUrl, isVettedExternalUrl } from './app-url';

/**
 * Security baseline of the desktop app (Electron's security checklist): CSP, no navigation away from our
 * origin, no new windows, permissions denied by default. Electron objects are passed in, so
 * tests drive these functions with fakes.
 */

const CSP_DIRECTIVES: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval': the room's password exchange is WebAssembly (compiling it, never JavaScript eval).
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Konva and React set inline styles; no inline scripts are allowed.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  // ws: for the room: our own room server on the LAN address, and rooms of other machines.
  'connect-src': ["'self'", 'ws:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The renderer's Content-Security-Policy. `extraConnectSrc` is for the room later: the
 * signaling WebSocket of the HOST (e.g. `ws://127.0.0.1:4410`) is another origin.
 */
export function contentSecurityPolicy(extraConnectSrc: readonly string[] = []): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => [name, ...values, ...(name === 'connect-src' ? extraConnectSrc : [])].join(' '))
    .join('; ');
}

/** Electron peers must announce real LAN addresses: mDNS `.local` candidates silently never connect where multicast is filtered, as on most venue Wi-Fi. */
export function enableLanWebRtc(commandLine: Pick<CommandLine, 'appendSwitch'>): void {
  commandLine.appendSwitch('disable-features', 'WebRtcHideLocalIpsWithMdns');
}

/**
 * Permissions our own page may use: writing to the clipboard (copy of board items) and
 * fullscreen (projecting the board). Everything else — camera, microphone, geolocation,
 * notifications, devices… — is refused, and so is any permission asked by another origin.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/**
 * Permission *checks* (no prompt, no device opened) our page passes. Chromium gives WebRTC every
 * LAN interface only to a page whose media permission checks true; without it a room network
 * with no default route gets no direct links. Requests for camera/microphone stay refused.
 */
export function isPermissionCheckAllowed(permission: string, requestingOrigin: string | undefined): boolean {
  if (permission === 'media') return requestingOrigin !== undefined && isAppUrl(requestingOrigin);
  return isPermissionAllowed(permission, requestingOrigin);
}

type SessionLike = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> };

/** Permission handlers and CSP on a session (the default one is the only one we use). */
export function applySessionPolicy(session: SessionLike, csp: string = contentSecurityPolicy()): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, 'requestingUrl' in details ? details.requestingUrl : undefined));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionCheckAllowed(permission, requestingOrigin));
  // WebHID / WebUSB / Web Serial: never.
  session.setDevicePermissionHandler(() => false);
  // The app:// handler already sends the CSP; this covers any response that reaches a page
  // another way, so no document can run without it.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

type OpenExternal = (url: string) => Promise<void>;

/**
 * Navigation stays on app://tablee; window.open never opens a window (vetted http(s) links go
 * to the OS browser instead); <webview> cannot attach.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  const stayHome = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Hardens every webContents the app ever creates, including ones we did not create ourselves. */
export function hardenAllWebContents(app: Pick<App, 'on'>, openExternal: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
}
