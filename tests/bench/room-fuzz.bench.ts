/**
 * The room's fuzz run at full size (tests/sync/room-fuzz.test.ts runs a small one):
 *   npx tsx tests/bench/room-fuzz.bench.ts [--frames 10000] [--seed 20261207]
 * Malformed frames on every socket of a real HOST: the hub before the password exchange,
 * signaling, admitted members' sealed channels, and /api. Then checks that two participants
 * still sync, a newcomer joins, and an observing member received only well-formed messages.
 * Prints one JSON document.
 */
import { parseArgs } from 'node:util';
import { KIND_YJS } from '@shared/room/hub-channel';
import { HUB_PATH, ROOM_PROTOCOL_VERSION, SIGNAL_PATH, topicOf } from '@shared/room/protocol';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { loginRequest } from '../sync/helpers/hub-guess';
import { nodePeer } from '../sync/helpers/node-peer';
import { rawMember } from '../sync/helpers/raw-member';
import { blast, fuzzAdmitted, fuzzApi, garbage, receivedOnlyWellFormed, rng } from '../sync/helpers/room-fuzzer';
import { startRoomHost, until } from '../sync/helpers/room-host';

const { values } = parseArgs({ options: { frames: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20261207' } } });
const total = Number(values.frames);
const seed = Number(values.seed);
const log = (line: string): boolean => process.stderr.write(`[bench] ${line}\n`);
const started = Date.now();
const room = await startRoomHost({ password: 'p' });
const a = nodePeer(room, 'Awa', 'p');
const b = nodePeer(room, 'Bastien', 'p');
await Promise.all([a.room.synced(), b.room.synced()]);
const state = a.room.state();
if (state.kind !== 'joined') throw new Error('Awa is not in the room');
const observer = await rawMember(room.address, room.roomId, 'p');
const next = rng(seed);
const hubUrl = `ws://${room.address}${HUB_PATH}`;
const signalUrl = `ws://${room.address}${SIGNAL_PATH}?token=${state.signal}`;
const topic = topicOf(room.roomId);
const validHub = [
  JSON.stringify({ t: 'hello', room: room.roomId, protocol: ROOM_PROTOCOL_VERSION, schema: SCHEMA_VERSION, door: 'participant', login: await loginRequest('p') }),
  JSON.stringify({ t: 'auth', login: 'AAAA' }),
  JSON.stringify({ t: 'join' }),
];
const validSignal = [JSON.stringify({ type: 'subscribe', topics: [topic] }), JSON.stringify({ type: 'publish', topic, data: { type: 'announce', from: 'fuzz' } }), JSON.stringify({ type: 'ping' })];

// Admitted members are few: most garbage gets a member dropped, and each new one runs the password exchange (~0.3–1 s).
const share = { hub: Math.round(total * 0.45), signal: Math.round(total * 0.33), admitted: Math.round(total * 0.02) };
const api = total - share.hub - share.signal - share.admitted;
const closed = { hub: 0, signal: 0 };
log(`${share.hub} frames at the hub before the exchange`);
for (let sent = 0; sent < share.hub; sent += 10) if ((await blast(hubUrl, Array.from({ length: 10 }, () => garbage(next, validHub)))) === 'closed') closed.hub++;
log(`${share.signal} frames at signaling`);
for (let sent = 0; sent < share.signal; sent += 10) if ((await blast(signalUrl, [validSignal[0]!, ...Array.from({ length: 10 }, () => garbage(next, validSignal))])) === 'closed') closed.signal++;
log(`${share.admitted} messages from admitted members`);
const membersDropped = await fuzzAdmitted(room.address, room.roomId, 'p', next, share.admitted);
log(`${api} frames at /api`);
const apiErrors = await fuzzApi(room.address, next, api);

a.note('after the storm');
await until('Bastien sees it', () => b.texts().includes('after the storm'), 60_000);
const c = nodePeer(room, 'Chloé', 'p');
await c.room.synced();
await until('the observer has it', () => observer.messages.some((m) => m.kind === KIND_YJS), 60_000);
const report = {
  seed,
  frames: total,
  hub: { frames: share.hub, socketsClosedByHost: closed.hub, socketsOpened: share.hub / 10 },
  signaling: { frames: share.signal, socketsClosedByHost: closed.signal, socketsOpened: share.signal / 10 },
  admitted: { messages: share.admitted, membersDropped },
  api: { frames: api, errorReplies: apiErrors },
  afterwards: {
    participantsSync: b.texts().includes('after the storm'),
    newcomerJoined: c.texts().includes('after the storm'),
    observerStillConnected: observer.ws.readyState === observer.ws.OPEN,
    observerReceivedOnlyWellFormed: receivedOnlyWellFormed(observer.messages),
  },
  seconds: Math.round((Date.now() - started) / 1000),
};
for (const p of [a, b, c]) p.room.leave();
observer.ws.close();
await room.stop();
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exit(0);
