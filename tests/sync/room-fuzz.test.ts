import { afterEach, describe, expect, it } from 'vitest';
import { KIND_YJS } from '@shared/room/hub-channel';
import { WebSocket } from 'ws';
import { HUB_PATH, ROOM_PROTOCOL_VERSION, SIGNAL_PATH, topicOf } from '@shared/room/protocol';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { loginRequest } from './helpers/hub-guess';
import { nodePeer, type NodePeer } from './helpers/node-peer';
import { rawMember } from './helpers/raw-member';
import { blast, fuzzAdmitted, fuzzApi, garbage, receivedOnlyWellFormed, rng } from './helpers/room-fuzzer';
import { startRoomHost, until, type RoomHost } from './helpers/room-host';

/** Malformed, oversized and unknown frames at the hub and at signaling: the offender goes, everyone else is served. */
let room: RoomHost | undefined;
const peers: NodePeer[] = [];
afterEach(async () => {
  for (const p of peers.splice(0)) p.room.leave();
  await room?.stop();
  room = undefined;
});

describe('room server under malformed input', () => {
  it('survives a fuzzed hub and signaling, and keeps serving the room', async () => {
    room = await startRoomHost({ password: 'p' });
    const a = nodePeer(room, 'Awa', 'p');
    const b = nodePeer(room, 'Bastien', 'p');
    peers.push(a, b);
    await Promise.all([a.room.synced(), b.room.synced()]);
    const state = a.room.state();
    if (state.kind !== 'joined') throw new Error('a is not in the room');
    const hubUrl = `ws://${room.address}${HUB_PATH}`;
    const signalUrl = `ws://${room.address}${SIGNAL_PATH}?token=${state.signal}`;
    const topic = topicOf(room.roomId);
    const validHub = [
      JSON.stringify({ t: 'hello', room: room.roomId, protocol: ROOM_PROTOCOL_VERSION, schema: SCHEMA_VERSION, door: 'participant', login: await loginRequest('p') }),
      JSON.stringify({ t: 'auth', login: 'AAAA' }),
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
    outcomes.push(await blast(`ws://${room.address}${SIGNAL_PATH}?token=nope`, ['{}']));
    outcomes.push(await blast(`ws://${room.address}/room/other`, ['{}']));
    expect(outcomes.filter((o) => o === 'closed').length).toBeGreaterThan(60);
    expect(room.host.rooms).toBeDefined();

    // An admitted participant sending bytes that are not Yjs is disconnected; the board is untouched.
    const before = (await room.savedFile()).snapshot.items.length;
    const member = await rawMember(room.address, room.roomId, 'p');
    member.send({ kind: KIND_YJS, bytes: new Uint8Array([0, 2, 9, 200, 1, 255, 7, 7, 7, 7, 7, 7]) });
    await member.closed;
    const refusal = member.controls.at(-1);
    expect(refusal).toMatchObject({ t: 'refused', reason: 'bad-frame' });

    // Admitted members sending garbage through their sealed channel, and malformed calls on /api.
    const observer = await rawMember(room.address, room.roomId, 'p');
    const dropped = await fuzzAdmitted(room.address, room.roomId, 'p', next, 30);
    expect(dropped).toBeGreaterThan(0);
    expect(await fuzzApi(room.address, next, 100)).toBeGreaterThan(50);
    expect(observer.ws.readyState).toBe(WebSocket.OPEN);

    // Everyone else is still served: edits flow, a newcomer joins.
    a.note('after the storm');
    await until('b sees it', () => b.texts().includes('after the storm'));
    const c = nodePeer(room, 'Chloé', 'p');
    peers.push(c);
    await c.room.synced();
    expect(c.texts()).toEqual(['after the storm']);
    expect((await room.savedFile()).snapshot.items.length).toBe(before + 1);
    // Whatever the HOST passed on to a member in all this was well-formed.
    await until('the observer has the edit', () => observer.messages.some((m) => m.kind === KIND_YJS));
    expect(receivedOnlyWellFormed(observer.messages)).toBe(true);
    observer.ws.close();
    expect(room.host.rooms).toBeDefined();
  });

  it('forwards signaling only within the room, to the addressee, under the sender’s own id', async () => {
    room = await startRoomHost({ password: null });
    const tickets: string[] = [];
    for (const name of ['x', 'y', 'z']) {
      const p = nodePeer(room, name, null);
      peers.push(p);
      await p.room.synced();
      const s = p.room.state();
      if (s.kind === 'joined') tickets.push(s.signal);
    }
    const topic = topicOf(room.roomId);
    const open = async (token: string): Promise<{ ws: WebSocket; got: unknown[] }> => {
      const ws = new WebSocket(`ws://${room!.address}${SIGNAL_PATH}?token=${token}`);
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
