import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { HUB_PATH, ROOM_PROTOCOL_VERSION, SIGNAL_PATH, topicOf } from '@shared/room/protocol';
import { randomHex, roomKey, roomProof } from '@shared/room/room-auth';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { useRoomPerTest } from './helpers/room-fixture';
import { until } from './helpers/room-host';

/** Malformed, oversized and unknown frames at the hub and at signaling: the offender goes, everyone else is served. */
const rooms = useRoomPerTest();

/** Deterministic, so a failure replays. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function garbage(next: () => number, valid: string[]): string | Buffer {
  const r = next();
  const pick = valid[Math.floor(next() * valid.length)]!;
  if (r < 0.2) return Buffer.from(Array.from({ length: Math.floor(next() * 64) }, () => Math.floor(next() * 256)));
  if (r < 0.4) {
    // A valid frame with a few characters changed.
    const chars = pick.split('');
    for (let i = 0; i < 3; i++) chars[Math.floor(next() * chars.length)] = String.fromCharCode(32 + Math.floor(next() * 95));
    return chars.join('');
  }
  if (r < 0.5) return pick.slice(0, Math.floor(next() * pick.length));
  if (r < 0.6) return JSON.stringify({ ...JSON.parse(pick), extra: 'x'.repeat(Math.floor(next() * 100_000)) });
  if (r < 0.7) return JSON.stringify([1, null, { type: 'publish' }]);
  if (r < 0.8) return 'null';
  if (r < 0.9) return JSON.stringify({ type: 'publish', topic: 'tablee-room-ffffffff', data: { type: 'announce', from: 'x' } });
  return JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 'one', schema: -1, nonce: 'zz' });
}

/** Opens a socket, sends frames (the server may close it at any point), resolves when closed or after the frames were sent. */
function blast(url: string, frames: (string | Buffer)[]): Promise<'closed' | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('error', () => {});
    ws.on('unexpected-response', () => resolve('closed'));
    ws.on('close', () => resolve('closed'));
    ws.on('open', () => {
      for (const f of frames) if (ws.readyState === ws.OPEN) ws.send(f);
      setTimeout(() => {
        resolve(ws.readyState === ws.OPEN ? 'open' : 'closed');
        ws.terminate();
      }, 200);
    });
  });
}

describe('room server under malformed input', () => {
  it('survives a fuzzed hub and signaling, and keeps serving the room', async () => {
    const room = await rooms.start({ password: 'p' });
    const [a, b] = await rooms.joinSynced('p', ['Awa', 'Bastien']);
    const state = a.room.state();
    if (state.kind !== 'joined') throw new Error('a is not in the room');
    const hubUrl = `ws://${room.address}${HUB_PATH}`;
    const signalUrl = `ws://${room.address}${SIGNAL_PATH}?ticket=${state.ticket}`;
    const topic = topicOf(room.roomId);
    const validHub = [
      JSON.stringify({ t: 'hello', room: room.roomId, protocol: ROOM_PROTOCOL_VERSION, schema: SCHEMA_VERSION, nonce: randomHex(16) }),
      JSON.stringify({ t: 'auth', proof: randomHex(32) }),
      JSON.stringify({ t: 'links', direct: ['p'] }),
    ];
    const validSignal = [
      JSON.stringify({ type: 'subscribe', topics: [topic] }),
      JSON.stringify({ type: 'publish', topic, data: { type: 'announce', from: 'fuzz' } }),
      JSON.stringify({ type: 'ping' }),
    ];
    const next = rng(20261122);
    const outcomes: string[] = [];
    for (let round = 0; round < 40; round++) {
      const frames = Array.from({ length: 10 }, () => garbage(next, validHub));
      outcomes.push(await blast(hubUrl, frames));
      const sframes = Array.from({ length: 10 }, () => garbage(next, validSignal));
      outcomes.push(await blast(signalUrl, [validSignal[0]!, ...sframes]));
    }
    // Oversized: past the signaling frame limit, the socket is closed by the server.
    outcomes.push(await blast(signalUrl, ['x'.repeat(100 * 1024)]));
    // Binary before the handshake; a hub socket for a room never opened; a bad ticket; an unknown path.
    outcomes.push(await blast(hubUrl, [Buffer.from([0, 0, 1, 2, 3])]));
    outcomes.push(await blast(`ws://${room.address}${SIGNAL_PATH}?ticket=nope`, ['{}']));
    outcomes.push(await blast(`ws://${room.address}/room/other`, ['{}']));
    expect(outcomes.filter((o) => o === 'closed').length).toBeGreaterThan(60);
    expect(room.host.rooms).toBeDefined();

    // An admitted participant sending bytes that are not Yjs is disconnected; the board is untouched.
    const before = (await room.savedFile()).snapshot.items.length;
    const refusal = await new Promise<unknown>((resolve) => {
      const ws = new WebSocket(hubUrl);
      const nonce = randomHex(16);
      ws.on('error', () => {});
      ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', room: room.roomId, protocol: ROOM_PROTOCOL_VERSION, schema: SCHEMA_VERSION, nonce })));
      ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        const frame = JSON.parse(data.toString()) as { t: string; nonce?: string };
        if (frame.t === 'challenge') ws.send(JSON.stringify({ t: 'auth', proof: roomProof(roomKey('p', room.roomId), 'peer', room.roomId, frame.nonce!, nonce) }));
        if (frame.t === 'welcome') ws.send(Buffer.from([0, 2, 9, 200, 1, 255, 7, 7, 7, 7, 7, 7]));
        if (frame.t === 'refused') resolve(frame);
      });
    });
    expect(refusal).toMatchObject({ t: 'refused', reason: 'bad-frame' });

    // Everyone else is still served: edits flow, a newcomer joins.
    a.note('after the storm');
    await until('b sees it', () => b.texts().includes('after the storm'));
    const c = rooms.join('Chloé', 'p');
    await c.room.synced();
    expect(c.texts()).toEqual(['after the storm']);
    expect((await room.savedFile()).snapshot.items.length).toBe(before + 1);
    expect(room.host.rooms).toBeDefined();
  });

  it('forwards signaling only within the room, to the addressee, under the sender’s own id', async () => {
    const room = await rooms.start({ password: null });
    const tickets: string[] = [];
    for (const name of ['x', 'y', 'z']) {
      const p = rooms.join(name, null);
      await p.room.synced();
      const s = p.room.state();
      if (s.kind === 'joined') tickets.push(s.ticket);
    }
    const topic = topicOf(room.roomId);
    const open = async (ticket: string): Promise<{ ws: WebSocket; got: unknown[] }> => {
      const ws = new WebSocket(`ws://${room.address}${SIGNAL_PATH}?ticket=${ticket}`);
      const got: unknown[] = [];
      ws.on('message', (d) => got.push(JSON.parse(d.toString())));
      await new Promise((r) => ws.on('open', r));
      ws.send(JSON.stringify({ type: 'subscribe', topics: [topic, 'tablee-room-ffffffff'] }));
      return { ws, got };
    };
    const [x, y, z] = [await open(tickets[0]!), await open(tickets[1]!), await open(tickets[2]!)];
    const publish = (from: { ws: WebSocket }, data: object, t = topic): void => from.ws.send(JSON.stringify({ type: 'publish', topic: t, data }));
    publish(x, { type: 'announce', from: 'peer-x' });
    publish(y, { type: 'announce', from: 'peer-y' });
    publish(z, { type: 'announce', from: 'peer-z' });
    await until('announces spread', () => x.got.length === 2 && y.got.length === 2 && z.got.length === 2);
    publish(x, { type: 'signal', from: 'peer-x', to: 'peer-y', signal: { type: 'offer', sdp: 'v=0' } });
    await until('y gets the offer', () => y.got.length === 3);
    publish(x, { type: 'announce', from: 'peer-x' }, 'tablee-room-ffffffff');
    // The server handles x's frames in order: once z has x's next frame, the one for another room
    // would have come before it.
    publish(x, { type: 'signal', from: 'peer-x', to: 'peer-z', signal: { type: 'offer', sdp: 'v=0' } });
    await until('z gets the offer', () => z.got.length === 3);
    expect(z.got[2]).toMatchObject({ data: { type: 'signal', to: 'peer-z' } });
    // x speaking as y is a spoof: x's socket is closed, y and z stay.
    const closed = new Promise((r) => x.ws.on('close', r));
    publish(x, { type: 'announce', from: 'peer-y' });
    await closed;
    publish(y, { type: 'announce', from: 'peer-y' });
    await until('z still served', () => z.got.length === 4);
    expect(y.ws.readyState).toBe(WebSocket.OPEN);
    for (const s of [y, z]) s.ws.close();
  });
});
