import { isRoomId } from './protocol';

/**
 * How a participant finds a room.
 *   URL  http://192.168.1.20:4747/?room=1a2b3c4d       what a browser opens (the HOST serves the app)
 *   QR   the URL + #key=<password>                     the fragment never reaches any server
 *   code 4K2M-9XQ7-ZB3T-1PV8                           typed into the desktop app: IPv4, port and room id
 *                                                      in 16 Crockford base-32 characters
 */

export interface RoomAddress {
  /** host:port as it appears in a URL (IPv6 in brackets). */
  host: string;
  roomId: string;
  /** Only when the QR code's fragment carried it. */
  password?: string;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function roomUrl(host: string, roomId: string): string {
  return `http://${host}/?room=${roomId}`;
}

/** The URL a QR code carries: the password rides in the fragment, which browsers never send. */
export function roomQrUrl(host: string, roomId: string, password: string | null): string {
  return password ? `${roomUrl(host, roomId)}#key=${encodeURIComponent(password)}` : roomUrl(host, roomId);
}

/** The short code, or null where the address is not IPv4 (a code only has room for 4 bytes). */
export function encodeRoomCode(ipv4: string, port: number, roomId: string): string | null {
  const parts = ipv4.split('.').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return null;
  if (!Number.isInteger(port) || port < 1 || port > 65535 || !isRoomId(roomId)) return null;
  let bits = 0n;
  for (const n of parts) bits = (bits << 8n) | BigInt(n);
  bits = (bits << 16n) | BigInt(port);
  bits = (bits << 32n) | BigInt(parseInt(roomId, 16));
  let out = '';
  for (let i = 15; i >= 0; i--) out += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return out.match(/.{4}/g)!.join('-');
}

/** Reads a typed code, forgiving case, spaces, dashes and the letters people confuse with digits. */
export function decodeRoomCode(typed: string): RoomAddress | null {
  const clean = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (clean.length !== 16) return null;
  let bits = 0n;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    bits = (bits << 5n) | BigInt(v);
  }
  const roomId = Number(bits & 0xffffffffn).toString(16).padStart(8, '0');
  const port = Number((bits >> 32n) & 0xffffn);
  const ip = [24n, 16n, 8n, 0n].map((s) => Number((bits >> (48n + s)) & 0xffn)).join('.');
  if (port === 0) return null;
  return { host: `${ip}:${port}`, roomId };
}

/** What a participant pasted or typed: a room URL (with or without the QR fragment) or a code. */
export function parseRoomInput(input: string): RoomAddress | null {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    const roomId = url.searchParams.get('room');
    if (!isRoomId(roomId) || url.protocol !== 'http:') return null;
    const key = new URLSearchParams(url.hash.slice(1)).get('key');
    return { host: url.host, roomId, ...(key ? { password: key } : {}) };
  }
  return decodeRoomCode(text);
}
