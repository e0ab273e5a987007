import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The same policy as the desktop window. A participant's page (`/?room=…`) talks only to the
 * HOST that served it (its own origin: the hub and signaling sockets); the facilitator's page
 * also reaches its room under the LAN address and rooms of other machines ("Join a room"),
 * which are plain ws: (a room on the LAN has no TLS).
 */
function contentSecurityPolicy(participant: boolean): string {
  return [
    "default-src 'self'",
    // The room's password exchange is WebAssembly: compiling it is allowed, JavaScript eval is not.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    participant ? "connect-src 'self'" : "connect-src 'self' ws:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const isParticipantPage = (urlPath: string): boolean => new URLSearchParams(urlPath.split('?')[1] ?? '').has('room');

/** Serves a file of the built renderer; anything outside `root` is a 404. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return send(res, 400, 'bad path');
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const full = normalize(join(root, rel));
  if (!full.startsWith(root + sep) || rel.includes('\0')) return send(res, 404, 'not found');
  const info = await stat(full).catch(() => null);
  if (!info?.isFile()) return send(res, 404, 'not found');
  const body = await readFile(full);
  res.writeHead(200, {
    'Content-Type': TYPES[extname(full)] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy(isParticipantPage(urlPath)),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  res.end(body);
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
