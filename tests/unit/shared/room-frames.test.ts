import { describe, expect, it } from 'vitest';
import { helloProtocol, MAX_IDS_PER_SOCKET, MAX_ROSTER, parseHostFrame, parsePeerFrame } from '@shared/room/hub-frames';
import { refusalText, schemaRefusal } from '@shared/room/schema-handshake';
import { parseSignalFrame } from '@shared/room/signal-frames';

/** What an exchange message looks like (base64url). */
const login = 'AbC-_9'.repeat(20);

describe('hub frames', () => {
  it('accepts the handshake a peer sends', () => {
    expect(parsePeerFrame(JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 3, schema: 2, door: 'participant', login }))).toMatchObject({ t: 'hello' });
    expect(parsePeerFrame(JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 3, schema: 2, door: 'participant', login: null }))).toMatchObject({ t: 'hello' });
    expect(parsePeerFrame(JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 3, schema: 2, door: 'facilitator', login }))).toMatchObject({ door: 'facilitator' });
    expect(parsePeerFrame(JSON.stringify({ t: 'auth', login }))).toMatchObject({ t: 'auth' });
    expect(parsePeerFrame(JSON.stringify({ t: 'join', ticket: 'c'.repeat(32) }))).toMatchObject({ t: 'join' });
    expect(parsePeerFrame(JSON.stringify({ t: 'links', direct: ['p1', 'p2'] }))).toMatchObject({ direct: ['p1', 'p2'] });
    expect(parsePeerFrame(JSON.stringify({ t: 'clock' }))).toEqual({ t: 'clock' });
  });

  it("reads the HOST's clock, and nothing else in its place", () => {
    expect(parseHostFrame(JSON.stringify({ t: 'clock', now: 1_796_671_214_225 }))).toEqual({ t: 'clock', now: 1_796_671_214_225 });
    for (const bad of [{ t: 'clock' }, { t: 'clock', now: -1 }, { t: 'clock', now: 1.5 }, { t: 'clock', now: '12' }]) expect(parseHostFrame(JSON.stringify(bad))).toBeNull();
    // A peer does not tell the HOST the time.
    expect(parsePeerFrame(JSON.stringify({ t: 'clock', now: 1 }))).toBeNull();
  });

  it('refuses anything else', () => {
    for (const bad of [
      'not json',
      'null',
      '[]',
      JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 3, schema: 2, door: 'participant', login: 'not base64url!' }),
      JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 3, schema: 2, door: 'participant', login, extra: 1 }),
      // No door, or a door that is not one: a peer never picks its role.
      JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 3, schema: 2, login }),
      JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 3, schema: 2, door: 'co-facilitator', login }),
      JSON.stringify({ t: 'auth', login: 'A'.repeat(2000) }),
      JSON.stringify({ t: 'join', ticket: 'short' }),
      JSON.stringify({ t: 'links', direct: Array.from({ length: 300 }, (_, i) => `p${i}`) }),
      JSON.stringify({ t: 'shutdown' }),
      JSON.stringify({ t: 'links', direct: ['x'.repeat(5000)] }),
    ]) {
      expect(parsePeerFrame(bad), bad.slice(0, 60)).toBeNull();
    }
    expect(parseHostFrame(JSON.stringify({ t: 'refused', reason: 'because' }))).toBeNull();
    // A hello of the first protocol (a nonce, no exchange) still says which protocol it speaks.
    expect(helloProtocol(JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 1, schema: 2, nonce: 'a'.repeat(32) }))).toBe(1);
    expect(helloProtocol('{"t":"auth"}')).toBeNull();
    expect(parseHostFrame(JSON.stringify({ t: 'refused', reason: 'schema-too-old', schema: 3 }))).toEqual({ t: 'refused', reason: 'schema-too-old', schema: 3 });
  });

  it('reads the role the HOST gives and its roster of a full room', () => {
    expect(parseHostFrame(JSON.stringify({ t: 'welcome', ticket: 'c'.repeat(32), signal: 'd'.repeat(32), schema: 2, role: 'co-facilitator' }))).toMatchObject({ role: 'co-facilitator' });
    expect(parseHostFrame(JSON.stringify({ t: 'welcome', ticket: 'c'.repeat(32), schema: 2 }))).toBeNull();
    const people = Array.from({ length: MAX_ROSTER }, (_, i) => ({ ids: Array.from({ length: MAX_IDS_PER_SOCKET }, (_, j) => 4_000_000_000 + i * 100 + j), role: 'participant' }));
    expect(parseHostFrame(JSON.stringify({ t: 'roster', people }))).toMatchObject({ t: 'roster' });
    expect(parseHostFrame(JSON.stringify({ t: 'roster', people: [{ ids: [1], role: 'host' }] }))).toBeNull();
    expect(parseHostFrame(JSON.stringify({ t: 'refused', reason: 'update-refused' }))).toEqual({ t: 'refused', reason: 'update-refused' });
  });
});

describe('signaling frames', () => {
  it('accepts what y-webrtc sends without a password', () => {
    expect(parseSignalFrame('{"type":"subscribe","topics":["tablee-room-1a2b3c4d"]}')).not.toBeNull();
    expect(parseSignalFrame('{"type":"ping"}')).not.toBeNull();
    expect(parseSignalFrame(JSON.stringify({ type: 'publish', topic: 't', data: { type: 'announce', from: 'p1' } }))).not.toBeNull();
    expect(parseSignalFrame(JSON.stringify({ type: 'publish', topic: 't', data: { type: 'signal', from: 'p1', to: 'p2', token: 1.5, signal: { type: 'offer', sdp: 'v=0' } } }))).not.toBeNull();
  });

  it('refuses malformed, unknown and oversized frames', () => {
    for (const bad of ['{', '{"type":"publish","topic":"t","data":"encrypted"}', '{"type":"subscribe","topics":"t"}', '{"type":"shout"}', JSON.stringify({ type: 'ping', pad: 'x'.repeat(70_000) })]) {
      expect(parseSignalFrame(bad)).toBeNull();
    }
  });
});

describe('schema handshake', () => {
  it('refuses an older or a newer peer with a clear reason', () => {
    expect(schemaRefusal(2, 2)).toBeNull();
    expect(schemaRefusal(1, 2)).toBe('schema-too-old');
    expect(schemaRefusal(3, 2)).toBe('schema-too-new');
    expect(refusalText('schema-too-old', 1, 2)).toMatch(/update Tablée to join/);
    expect(refusalText('schema-too-new', 3, 2)).toMatch(/facilitator must update/);
  });
});
