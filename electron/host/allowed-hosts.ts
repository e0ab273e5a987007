import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/**
 * Which `Host` headers the HTTP server answers. A browser sends the name it resolved, so a page
 * from a name its owner later points at this machine (DNS rebinding) would otherwise be
 * same-origin with itself while it drives the HOST. Only names that cannot be rebound are
 * taken: `localhost`, loopback addresses, and the addresses this server listens on — all of
 * this machine's addresses when it listens on every interface (the room's URL is one of them).
 */

const WILDCARDS: ReadonlySet<string> = new Set(['0.0.0.0', '::']);

/** "name" or "[v6]" then an optional port; nothing else (no user part, no path). */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/;

/** The host name of a Host header as it would appear in a URL, lower-cased; null when malformed. */
function parseHostHeader(header: string | undefined): { name: string; port: number | null } | null {
  const m = header === undefined ? null : HOST_HEADER.exec(header.toLowerCase());
  if (!m) return null;
  return { name: m[1]!, port: m[2] === undefined ? null : Number(m[2]) };
}

const bracketed = (address: string): string => (isIP(address) === 6 ? `[${address}]` : address);

function isLoopbackName(name: string): boolean {
  if (name === 'localhost' || name === '[::1]') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}

/** This machine's addresses as they appear in a URL (read per request: a Wi-Fi may join later). */
function localAddresses(): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) out.add(bracketed(a.address.split('%')[0]!));
  }
  return out;
}

/** True when `header` names this server: an allowed name and the port it listens on. */
export function isAllowedHost(header: string | undefined, listening: { bind: string; port: number }): boolean {
  const host = parseHostHeader(header);
  if (!host) return false;
  if ((host.port ?? 80) !== listening.port) return false;
  if (isLoopbackName(host.name)) return true;
  if (WILDCARDS.has(listening.bind)) return localAddresses().has(host.name);
  return host.name === bracketed(listening.bind);
}
