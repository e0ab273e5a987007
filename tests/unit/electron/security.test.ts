import { EventEmitter } from 'node:events';
import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl, isVettedExternalUrl } from '../../../electron/main/app-url';
import {
  applySessionPolicy,
  contentSecurityPolicy,
  enableLanWebRtc,
  hardenAllWebContents,
  hardenWebContents,
  isPermissionAllowed,
} from '../../../electron/main/security';
import { FakeWebContents, navigate } from './fakes';

vi.mock('electron', () => {
  throw new Error('security.ts must not need electron at run time');
});

const asWebContents = (c: FakeWebContents) => c as unknown as WebContents;

function hardened() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  hardenWebContents(asWebContents(contents), openExternal);
  return { contents, openExternal };
}

describe('app origin', () => {
  it('recognises app://tablee and nothing else', () => {
    expect(isAppUrl('app://tablee/index.html')).toBe(true);
    expect(isAppUrl('app://tablee')).toBe(true);
    for (const url of ['app://evil/index.html', 'app://tablee.evil.com/', 'https://tablee/', 'file:///index.html', 'app://x@tablee/', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('vets only plain http(s) links for the OS browser', () => {
    expect(isVettedExternalUrl('https://example.org/page')).toBe(true);
    expect(isVettedExternalUrl('http://example.org')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'https://user:pw@example.org/', 'app://tablee/', `https://x.org/${'a'.repeat(3000)}`]) {
      expect(isVettedExternalUrl(url), url.slice(0, 40)).toBe(false);
    }
  });
});

describe('navigation and new windows', () => {
  it('prevents navigation to another origin and allows our own', () => {
    const { contents } = hardened();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://other/index.html')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://tablee/index.html')).toBe(false);
  });

  it('guards frame navigations and redirects too, and refuses <webview>', () => {
    const { contents } = hardened();
    expect(navigate(contents, 'will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'app://tablee/index.html')).toBe(false);
    expect(navigate(contents, 'will-attach-webview', 'app://tablee/index.html')).toBe(true);
  });

  it('denies every window.open; vetted http(s) links go to the OS browser', () => {
    const { contents, openExternal } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://tablee/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('a failing openExternal does not throw out of the handler', async () => {
    const contents = new FakeWebContents();
    hardenWebContents(asWebContents(contents), () => Promise.reject(new Error('no browser')));
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await Promise.resolve();
  });

  it('hardens every webContents the app creates', () => {
    const app = new EventEmitter();
    const openExternal = vi.fn(async () => undefined);
    hardenAllWebContents(app as unknown as App, openExternal);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('session policy', () => {
  function session() {
    const s = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    applySessionPolicy(s as never);
    return {
      request: s.setPermissionRequestHandler.mock.calls[0]?.[0] as (
        wc: unknown,
        permission: string,
        cb: (granted: boolean) => void,
        details: { requestingUrl?: string },
      ) => void,
      check: s.setPermissionCheckHandler.mock.calls[0]?.[0] as (wc: unknown, permission: string, origin: string) => boolean,
      device: s.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean,
      headers: s.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
        details: { responseHeaders?: Record<string, string[]> },
        cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void,
    };
  }

  const requestResult = (handler: ReturnType<typeof session>['request'], permission: string, requestingUrl: string) => {
    const cb = vi.fn();
    handler(null, permission, cb, { requestingUrl });
    return cb.mock.calls[0]?.[0] as boolean;
  };

  it('denies permission requests by default', () => {
    const { request } = session();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'midi', 'display-capture', 'unknown']) {
      expect(requestResult(request, permission, 'app://tablee/index.html'), permission).toBe(false);
    }
  });

  it('allows clipboard writes and fullscreen only to our own origin', () => {
    const { request, check } = session();
    expect(requestResult(request, 'clipboard-sanitized-write', 'app://tablee/index.html')).toBe(true);
    expect(requestResult(request, 'fullscreen', 'app://tablee/index.html')).toBe(true);
    expect(requestResult(request, 'fullscreen', 'https://evil.example/')).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://tablee')).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(isPermissionAllowed('fullscreen', undefined)).toBe(false);
  });

  it('passes the media permission check for our own page only (WebRTC LAN addresses), never a media request', () => {
    const { request, check } = session();
    expect(check(null, 'media', 'app://tablee')).toBe(true);
    expect(check(null, 'media', 'https://evil.example')).toBe(false);
    expect(requestResult(request, 'media', 'app://tablee/index.html')).toBe(false);
  });

  it('refuses device access', () => {
    expect(session().device({ deviceType: 'usb' })).toBe(false);
  });

  it('adds the CSP header to responses and keeps their own headers', () => {
    const { headers } = session();
    const cb = vi.fn();
    headers({ responseHeaders: { 'X-Other': ['1'] } }, cb);
    expect(cb).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy()] },
    });
  });
});

describe('CSP and command line', () => {
  it('is strict: own scripts only, no objects, no base, no framing', () => {
    const csp = contentSecurityPolicy();
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self' ws:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp.split('; ')).toContain(directive);
    }
    // WebAssembly may be compiled (the room's password exchange); JavaScript eval stays forbidden.
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('lets the page reach room WebSockets (ws:) but no http origin elsewhere', () => {
    const connect = contentSecurityPolicy().split('; ').find((d) => d.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self' ws:");
  });

  it('asks Chromium for real LAN addresses in WebRTC candidates', () => {
    const commandLine = { appendSwitch: vi.fn() };
    enableLanWebRtc(commandLine);
    expect(commandLine.appendSwitch).toHaveBeenCalledWith('disable-features', 'WebRtcHideLocalIpsWithMdns');
  });
});
