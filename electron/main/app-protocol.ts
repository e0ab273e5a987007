import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-url';
import { contentSecurityPolicy } from './security';

/**
 * Serves the built renderer (out/renderer) at app://tablee/. Every path is checked to stay
 * inside that folder: a page, a link or a crafted URL must not read other files.
 */

/** Must run before `app.whenReady()`: a standard + secure scheme gives a real origin and a secure context. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

const URL_RE = new RegExp(`^${APP_SCHEME}://${APP_HOST}(/[^?#]*)?(?:[?#].*)?$`, 'i');

/**
 * The file a URL names inside `rootDir`, or null if the URL is not ours or tries to leave
 * the folder. Works on the raw URL, before any normalisation, so `..`, `%2e%2e`, `%2f` and
 * backslashes are refused rather than silently resolved.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  const match = URL_RE.exec(url);
  if (!match) return null;
  const segments: string[] = [];
  for (const raw of (match[1] ?? '/').split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const file = join(rootDir, ...(segments.length === 0 ? ['index.html'] : segments));
  return isInside(rootDir, file) ? file : null;
}

function isInside(rootDir: string, file: string): boolean {
  const rel = relative(rootDir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function textResponse(status: number, text: string, csp: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp },
  });
}

/** The app:// request handler; `rootDir` is the built renderer folder. */
export function createAppProtocolHandler(
  rootDir: string,
  csp: string = contentSecurityPolicy(),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed', csp);
    const file = resolveAppFile(rootDir, request.url);
    if (file === null) return textResponse(403, 'Forbidden', csp);
    let body: Uint8Array<ArrayBuffer>;
    try {
      // A symlink inside the folder must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(file)]);
      if (!isInside(realRoot, realFile)) return textResponse(403, 'Forbidden', csp);
      body = new Uint8Array(await readFile(realFile));
    } catch {
      return textResponse(404, 'Not found', csp);
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'content-type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}

export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, csp?: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir, csp));
}
