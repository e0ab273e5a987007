import { digest } from 'lib0/hash/sha256';

/**
 * Password proof for the room, in plain TypeScript so it runs where `crypto.subtle` does not:
 * a page served over http://<LAN IP> is not a secure context. The password never travels;
 * each side proves it knows a key derived from it, over nonces both sides chose.
 * See docs in room-security.md beside this file.
 */

/** PBKDF2 rounds: ~0.2 s of pure-JS SHA-256 on our machines, once per join. */
export const PBKDF2_ITERATIONS = 10_000;
const BLOCK = 64;
const encoder = new TextEncoder();

export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const k = key.length > BLOCK ? digest(key) : key;
  const inner = new Uint8Array(BLOCK + message.length);
  const outer = new Uint8Array(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    const b = k[i] ?? 0;
    inner[i] = b ^ 0x36;
    outer[i] = b ^ 0x5c;
  }
  inner.set(message, BLOCK);
  outer.set(digest(inner), BLOCK);
  return digest(outer);
}

/** PBKDF2-HMAC-SHA256 with a 32-byte output (one block). */
export function pbkdf2Sha256(password: Uint8Array, salt: Uint8Array, iterations: number): Uint8Array {
  const first = new Uint8Array(salt.length + 4);
  first.set(salt);
  first[salt.length + 3] = 1; // block index 1, big-endian
  let u = hmacSha256(password, first);
  const out = u.slice();
  for (let i = 1; i < iterations; i++) {
    u = hmacSha256(password, u);
    for (let j = 0; j < out.length; j++) out[j]! ^= u[j]!;
  }
  return out;
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return toHex(buf);
}

/** The room key: what both the HOST and a peer derive from the password. */
export function roomKey(password: string, roomId: string): Uint8Array {
  return pbkdf2Sha256(encoder.encode(password), encoder.encode(`tablee-room/${roomId}`), PBKDF2_ITERATIONS);
}

/** The proof one side sends: bound to the room, both nonces and the side, so it cannot be replayed or reflected. */
export function roomProof(key: Uint8Array, side: 'peer' | 'host', roomId: string, hostNonce: string, peerNonce: string): string {
  return toHex(hmacSha256(key, encoder.encode(`${side}|${roomId}|${hostNonce}|${peerNonce}`)));
}

/** Compares two hex strings in time that does not depend on where they differ. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
