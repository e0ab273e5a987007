import { createHmac, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256, pbkdf2Sha256, randomHex, roomKey, roomProof, sameHex, toHex } from '@shared/room/room-auth';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('room password proof (pure TypeScript, for pages without crypto.subtle)', () => {
  it('computes HMAC-SHA256 and PBKDF2 exactly as Node does', () => {
    for (const key of ['', 'k', 'x'.repeat(64), 'y'.repeat(200)]) {
      expect(toHex(hmacSha256(utf8(key), utf8('message')))).toBe(createHmac('sha256', key).update('message').digest('hex'));
    }
    expect(toHex(pbkdf2Sha256(utf8('mot de passe'), utf8('sel'), 1000))).toBe(pbkdf2Sync('mot de passe', 'sel', 1000, 32, 'sha256').toString('hex'));
  });

  it('binds a proof to the password, the room, both nonces and the side', () => {
    const key = roomKey('tarte', '1a2b3c4d');
    const [h, p] = [randomHex(16), randomHex(16)];
    const proof = roomProof(key, 'peer', '1a2b3c4d', h, p);
    expect(proof).toMatch(/^[0-9a-f]{64}$/);
    expect(roomProof(roomKey('tarte', '1a2b3c4d'), 'peer', '1a2b3c4d', h, p)).toBe(proof);
    expect(roomProof(roomKey('Tarte', '1a2b3c4d'), 'peer', '1a2b3c4d', h, p)).not.toBe(proof);
    expect(roomProof(roomKey('tarte', '1a2b3c4e'), 'peer', '1a2b3c4e', h, p)).not.toBe(proof);
    expect(roomProof(key, 'host', '1a2b3c4d', h, p)).not.toBe(proof);
    expect(roomProof(key, 'peer', '1a2b3c4d', randomHex(16), p)).not.toBe(proof);
  });

  it('compares hex without short-cutting', () => {
    expect(sameHex('ab12', 'ab12')).toBe(true);
    expect(sameHex('ab12', 'ab13')).toBe(false);
    expect(sameHex('ab12', 'ab1')).toBe(false);
  });
});
