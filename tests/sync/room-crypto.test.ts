import { createConnection, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { createItem } from '@shared/board/commands';
import { KIND_YJS } from '@shared/room/hub-channel';
import { MESSAGE_SYNC } from '@shared/room/protocol';
import { nodePeer, type NodePeer } from './helpers/node-peer';
import { rawMember } from './helpers/raw-member';
import { startRoomHost, until, type RoomHost } from './helpers/room-host';

/**
 * Someone on an open Wi-Fi records a participant joining: the recording must give away neither
 * the board nor anything to try passwords against; and frames replayed or reordered by someone on
 * the path are refused.
 */
const PASSWORD = 'pomme galet nuage';
let room: RoomHost | undefined;
let proxy: Server | undefined;
const peers: NodePeer[] = [];
afterEach(async () => {
  for (const p of peers.splice(0)) p.room.leave();
  proxy?.close();
  await room?.stop();
  room = proxy = undefined;
});

/** A TCP relay in front of the HOST that keeps every byte going either way, as a Wi-Fi eavesdropper would. */
async function recordingRelay(target: string): Promise<{ address: string; recorded: () => Buffer }> {
  const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  const chunks: Buffer[] = [];
  let relayPort = 0;
  proxy = createServer((client) => {
    const upstream = createConnection({ host, port });
    let first = true;
    client.on('data', (d: Buffer) => {
      chunks.push(d);
      // The HOST answers only its own names (no DNS rebinding): the request goes on naming it.
      const out = first ? Buffer.from(d.toString('latin1').replace(`Host: 127.0.0.1:${relayPort}`, `Host: ${target}`), 'latin1') : d;
      first = false;
      upstream.write(out);
    });
    upstream.on('data', (d: Buffer) => chunks.push(d));
    upstream.pipe(client);
    client.on('end', () => upstream.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => proxy!.listen(0, '127.0.0.1', r));
  relayPort = (proxy.address() as { port: number }).port;
  return { address: `127.0.0.1:${relayPort}`, recorded: () => Buffer.concat(chunks) };
}

describe('the hub link on a network anyone can listen to', () => {
  it('shows a recorded join neither the board nor the password', async () => {
    room = await startRoomHost({ password: PASSWORD });
    const a = nodePeer(room, 'Awa', PASSWORD);
    peers.push(a);
    await a.room.synced();
    a.note('Entretien confidentiel : ne pas citer');
    const relay = await recordingRelay(room.address);
    const b = nodePeer({ address: relay.address, roomId: room.roomId }, 'Bastien', PASSWORD);
    peers.push(b);
    await b.room.synced();
    expect(b.texts()).toEqual(['Entretien confidentiel : ne pas citer']);
    b.note('Réponse de Bastien');
    await until('Awa sees it', () => a.texts().includes('Réponse de Bastien'));
    a.note('Relais vers Bastien');
    await until('Bastien sees it', () => b.texts().includes('Relais vers Bastien'));

    const recorded = relay.recorded();
    expect(recorded.length).toBeGreaterThan(0);
    for (const secret of ['Entretien confidentiel', 'Relais vers Bastien', 'Bastien', PASSWORD]) {
      expect(recorded.includes(Buffer.from(secret)), secret).toBe(false);
    }
  });

  it('refuses a frame replayed by someone on the path, and keeps the board as it was', async () => {
    room = await startRoomHost({ password: PASSWORD });
    const member = await rawMember(room.address, room.roomId, PASSWORD);
    const sent: Uint8Array[] = [];
    const realSend = member.ws.send.bind(member.ws);
    member.ws.send = ((data: Uint8Array) => {
      sent.push(data);
      realSend(data);
    }) as typeof member.ws.send;
    // One real edit: a note, as a Yjs update message.
    const doc = new Y.Doc();
    let update: Uint8Array | null = null;
    doc.on('update', (u: Uint8Array) => (update = u));
    createItem(doc, { kind: 'note', x: 0, y: 0, text: 'une seule fois' });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update!);
    member.send({ kind: KIND_YJS, bytes: encoding.toUint8Array(encoder) });
    await until('the HOST has the note', async () => (await room!.savedFile()).snapshot.items.length === 1);
    // The same frame again, byte for byte: it does not open any more, and the socket goes.
    member.sendRaw(sent.at(-1)!);
    expect(await member.closed).toBe(1008);
    expect((await room.savedFile()).snapshot.items.length).toBe(1);

    // Everyone else is served as before.
    const b = nodePeer(room, 'Bastien', PASSWORD);
    peers.push(b);
    await b.room.synced();
    expect(b.texts()).toEqual(['une seule fois']);
  });
});
