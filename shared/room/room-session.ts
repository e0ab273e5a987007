import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { base64ToBytes } from '../base64';
import type { Sealer } from './hub-channel';

/**
 * The hub's frames once the password exchange (OPAQUE, see room-security.md) gave both sides the
 * same 64-byte session key: each direction has its own half of it as an XChaCha20-Poly1305 key,
 * and numbers its frames from 0. The nonce is that number, never sent: a frame replayed, dropped,
 * reordered or changed on the way does not open, and the socket is dropped.
 */

export type Side = 'peer' | 'host';
const KEY_BYTES = 32;
const NONCE_BYTES = 24;

/** A session key as the exchange gives it (base64url) to bytes. */
export function sessionKeyBytes(key: string): Uint8Array {
  const base64 = key.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = base64ToBytes(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  if (bytes.length !== 2 * KEY_BYTES) throw new Error(`a session key has ${2 * KEY_BYTES} bytes, not ${bytes.length}`);
  return bytes;
}

/** The sealer of one side: seals with its own direction's key, opens with the other's. */
export function sessionSealer(sessionKey: Uint8Array, side: Side): Sealer {
  const peerToHost = sessionKey.subarray(0, KEY_BYTES);
  const hostToPeer = sessionKey.subarray(KEY_BYTES, 2 * KEY_BYTES);
  const sendKey = side === 'peer' ? peerToHost : hostToPeer;
  const receiveKey = side === 'peer' ? hostToPeer : peerToHost;
  let sent = 0;
  let received = 0;
  return {
    seal: (plain) => xchacha20poly1305(sendKey, nonceOf(sent++)).encrypt(plain),
    open: (frame) => {
      try {
        const plain = xchacha20poly1305(receiveKey, nonceOf(received)).decrypt(frame);
        received++;
        return plain;
      } catch {
        return null;
      }
    },
  };
}

/** Frame number n as a nonce: little-endian in the first 8 bytes (2^53 frames is more than a room ever sends). */
function nonceOf(n: number): Uint8Array {
  const nonce = new Uint8Array(NONCE_BYTES);
  const view = new DataView(nonce.buffer);
  view.setUint32(0, n >>> 0, true);
  view.setUint32(4, Math.floor(n / 2 ** 32), true);
  return nonce;
}
