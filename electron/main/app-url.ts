/**
 * Where the renderer lives: a custom `app://tablee/` origin instead of `file://`, so the page
 * has a real origin (CSP 'self', sender checks) and a secure context (crypto.subtle for
 * y-webrtc's password). Pure: no electron import.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tablee';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for URLs of our own origin. Compares scheme and host, not `URL.origin`: Node gives
 * `"null"` as the origin of any scheme it does not know.
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** Longest link we hand to the OS; longer ones are more likely tricks than references. */
const MAX_EXTERNAL_URL = 2048;

/** Links we let the OS open: plain http(s), with a host, no credentials. */
export function isVettedExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL) return false;
  const u = parse(url);
  if (u === null) return false;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  return u.hostname !== '' && u.username === '' && u.password === '';
}
