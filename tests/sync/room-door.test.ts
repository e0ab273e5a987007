import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { HUB_PATH, SIGNAL_PATH } from '@shared/room/protocol';
import { GUESS_BURST, GUESS_RATE_PER_S } from '../../electron/host/room/guess-limiter';
import { MAX_PENDING_PER_ADDRESS, MAX_PENDING_SOCKETS } from '../../electron/host/room/hub-door';
import { MAX_SIGNAL_SOCKETS_PER_TICKET } from '../../electron/host/room/room-signaling';
import { guessOnce } from './helpers/hub-guess';
import { nodePeer, type NodePeer } from './helpers/node-peer';
import { startRoomHost, until, type RoomHost } from './helpers/room-host';

/**
 * A hostile neighbour on the room's network, before knowing the password: what the hub lets a
 * stranger hold (frames, sockets, time) and how many password guesses the room answers.
 */
let room: RoomHost | undefined;
const peers: NodePeer[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  for (const p of peers.splice(0)) p.room.leave();
  await room?.stop();
  room = undefined;
});

/** A hub socket from `from` (any 127.x address is this machine's loopback): 'open', or the HTTP status it was refused with. */
function stranger(from = '127.0.0.1'): Promise<{ ws: WebSocket; outcome: 'open' | number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${room!.address}${HUB_PATH}`, { localAddress: from });
    sockets.push(ws);
    ws.on('error', () => {});
    ws.on('open', () => resolve({ ws, outcome: 'open' }));
    ws.on('unexpected-response', (_req, res) => resolve({ ws, outcome: res.statusCode ?? 0 }));
  });
}

const closed = (ws: WebSocket): Promise<number> =>
  ws.readyState === WebSocket.CLOSED ? Promise.resolve(-1) : new Promise((resolve) => ws.once('close', (code) => resolve(code)));

describe('the hub before the password is proven', () => {
  it('closes a stranger sending a large frame before taking it in, and still takes a whole board from a participant', async () => {
    room = await startRoomHost({ password: 'pomme galet nuage' });
    const { ws } = await stranger();
    const code = closed(ws);
    ws.send(Buffer.alloc(1024 * 1024, 7));
    // 1009: "message too big", said by the HOST from the frame's header, before reading its bytes.
    expect(await code).toBe(1009);

    // Once admitted, a whole board goes up in one update (in pieces of the channel).
    const a = nodePeer(room, 'Awa', 'pomme galet nuage');
    peers.push(a);
    await a.room.synced();
    a.doc.transact(() => {
      for (let i = 0; i < 3000; i++) a.note(`« Citation ${i} : on ne sait pas toujours à quelle porte frapper, ni qui fait quoi ici. »`);
    });
    await until('the HOST has the whole board', async () => (await room!.savedFile()).snapshot.items.length === 3000);
  });

  it('caps the sockets still proving the password, per machine and in all', async () => {
    room = await startRoomHost({ password: 'pomme galet nuage' });
    const one = await Promise.all(Array.from({ length: MAX_PENDING_PER_ADDRESS + 10 }, () => stranger('127.0.0.2')));
    expect(one.filter((s) => s.outcome === 'open').length).toBe(MAX_PENDING_PER_ADDRESS);
    expect(one.filter((s) => s.outcome === 503).length).toBe(10);
    const machines = Array.from({ length: 12 }, (_, i) => `127.0.1.${i + 1}`);
    const many = await Promise.all(machines.flatMap((from) => Array.from({ length: MAX_PENDING_PER_ADDRESS }, () => stranger(from))));
    const open = [...one, ...many].filter((s) => s.outcome === 'open');
    expect(open.length).toBe(MAX_PENDING_SOCKETS);

    // Once the strangers go, a participant comes in as usual.
    for (const s of open) s.ws.terminate();
    const a = nodePeer(room, 'Awa', 'pomme galet nuage');
    peers.push(a);
    await a.room.synced();
  });

  it('lets one admitted member hold only a few signaling sockets', async () => {
    room = await startRoomHost({ password: 'pomme galet nuage' });
    const a = nodePeer(room, 'Awa', 'pomme galet nuage');
    peers.push(a);
    await a.room.synced();
    const state = a.room.state();
    if (state.kind !== 'joined') throw new Error('Awa is not in the room');
    const outcomes = await Promise.all(
      Array.from(
        { length: MAX_SIGNAL_SOCKETS_PER_TICKET + 6 },
        () =>
          new Promise<'open' | number>((resolve) => {
            const ws = new WebSocket(`ws://${room!.address}${SIGNAL_PATH}?token=${state.signal}`);
            sockets.push(ws);
            ws.on('error', () => {});
            ws.on('open', () => resolve('open'));
            ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
          }),
      ),
    );
    expect(outcomes.filter((o) => o === 'open').length).toBe(MAX_SIGNAL_SOCKETS_PER_TICKET);
    expect(outcomes.filter((o) => o === 503).length).toBe(6);
  });

  it('keeps serving when a stranger resets a socket the room refuses (no ticket, too many, unknown path)', async () => {
    room = await startRoomHost({ password: 'pomme galet nuage' });
    const [host, port] = room.address.split(':') as [string, string];
    const resetAfterAsking = (path: string): Promise<void> =>
      new Promise((resolve) => {
        const socket = connect(Number(port), host, () => {
          socket.write(`GET ${path} HTTP/1.1\r\nHost: ${room!.address}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
          // A reset (RST), as a peer that gives up or crashes sends, while the HOST answers the refusal.
          socket.once('data', () => {
            socket.resetAndDestroy();
            resolve();
          });
        });
        socket.on('error', () => {});
      });
    for (const path of [`${SIGNAL_PATH}?token=nope`, '/api', '/nowhere']) await resetAfterAsking(path);
    // The HOST survived them: a participant still comes in.
    const a = nodePeer(room, 'Awa', 'pomme galet nuage');
    peers.push(a);
    await a.room.synced();
  });

  it('closes a socket that does not finish the handshake in time', async () => {
    room = await startRoomHost({ password: 'pomme galet nuage' });
    const { ws, outcome } = await stranger();
    expect(outcome).toBe('open');
    await until('the idle socket is closed', () => ws.readyState === WebSocket.CLOSED, 20_000);
  }, 30_000);

  it('answers only so many password guesses for the whole room, however many sockets and machines ask', async () => {
    room = await startRoomHost({ password: 'pomme galet nuage' });
    const started = Date.now();
    const stopAt = started + 3000;
    let answered = 0;
    // 40 guessers on 10 machines, each trying again as soon as its try is answered or refused.
    const guesser = async (from: string): Promise<void> => {
      while (Date.now() < stopAt) if ((await guessOnce(room!.address, room!.roomId, from, stopAt)) === 'answered' && Date.now() <= stopAt) answered++;
    };
    await Promise.all(Array.from({ length: 40 }, (_, i) => guesser(`127.0.2.${(i % 10) + 1}`)));
    const seconds = (Math.min(Date.now(), stopAt) - started) / 1000;
    expect(answered).toBeLessThanOrEqual(GUESS_BURST + Math.ceil(GUESS_RATE_PER_S * seconds) + 1);

    // A participant who knows the password still comes in (the guessers have stopped).
    const a = nodePeer(room, 'Awa', 'pomme galet nuage');
    peers.push(a);
    await a.room.synced();
  }, 60_000);
});
