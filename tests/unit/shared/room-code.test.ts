import { describe, expect, it } from 'vitest';
import { decodeRoomCode, encodeRoomCode, parseRoomInput, roomQrUrl, roomUrl } from '@shared/room/room-code';

describe('room code', () => {
  it('carries an IPv4 address, a port and the room id in 16 characters', () => {
    const code = encodeRoomCode('192.168.1.20', 4747, '1a2b3c4d');
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(decodeRoomCode(code!)).toEqual({ host: '192.168.1.20:4747', roomId: '1a2b3c4d' });
  });

  it('round-trips the extremes', () => {
    for (const [ip, port, id] of [
      ['0.0.0.1', 1, '00000000'],
      ['255.255.255.255', 65535, 'ffffffff'],
      ['10.0.0.2', 80, 'deadbeef'],
    ] as const) {
      expect(decodeRoomCode(encodeRoomCode(ip, port, id)!)).toEqual({ host: `${ip}:${port}`, roomId: id });
    }
  });

  it('forgives case, spaces and letters people confuse with digits', () => {
    const code = encodeRoomCode('172.20.10.3', 4747, '00ff00ff')!;
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeRoomCode(sloppy)).toEqual(decodeRoomCode(code));
  });

  it('refuses what is not a code', () => {
    for (const bad of ['', 'ABCD', 'ABCD-EFGH-JKMN-PQRU', 'ABCD-EFGH-JKMN-PQRS-TVWX', '0000-0000-0000-0000']) expect(decodeRoomCode(bad)).toBeNull();
    expect(encodeRoomCode('::1', 4747, '1a2b3c4d')).toBeNull();
    expect(encodeRoomCode('10.0.0.1', 0, '1a2b3c4d')).toBeNull();
    expect(encodeRoomCode('10.0.0.1', 4747, 'nothex!!')).toBeNull();
  });
});

describe('room URL', () => {
  it('keeps the password in the fragment of the QR URL only', () => {
    expect(roomUrl('10.0.0.2:4747', 'deadbeef')).toBe('http://10.0.0.2:4747/?room=deadbeef');
    expect(roomQrUrl('10.0.0.2:4747', 'deadbeef', 'tarte aux pommes')).toBe('http://10.0.0.2:4747/?room=deadbeef#key=tarte%20aux%20pommes');
    expect(roomQrUrl('10.0.0.2:4747', 'deadbeef', null)).toBe('http://10.0.0.2:4747/?room=deadbeef');
  });

  it('reads a pasted URL or a typed code', () => {
    expect(parseRoomInput(' http://10.0.0.2:4747/?room=deadbeef#key=tarte%20aux%20pommes ')).toEqual({
      host: '10.0.0.2:4747',
      roomId: 'deadbeef',
      password: 'tarte aux pommes',
    });
    expect(parseRoomInput('http://[fe80::1]:4747/?room=deadbeef')).toEqual({ host: '[fe80::1]:4747', roomId: 'deadbeef' });
    expect(parseRoomInput(encodeRoomCode('10.0.0.2', 4747, 'deadbeef')!)).toEqual({ host: '10.0.0.2:4747', roomId: 'deadbeef' });
    for (const bad of ['https://10.0.0.2/?room=deadbeef', 'http://10.0.0.2/?room=nope', 'http://', 'hello']) expect(parseRoomInput(bad)).toBeNull();
  });
});
