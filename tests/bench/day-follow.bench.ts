/**
 * Presence traffic of following, at workshop size:
 *   npx tsx tests/bench/day-follow.bench.ts [--peers 35] [--followers 5] [--seconds 10]
 * Node peers join one real HOST without WebRTC (so every byte of presence goes through the HOST,
 * the heaviest case) and move their pointers at the page's rate (one update per 80 ms each) while
 * their view pans. Measured: bytes the HOST sends each peer per second, first with nobody
 * following, then with `followers` peers each following another (and one more following a
 * follower: a chain), views published by the page's own publisher (features/follow/view-publisher.ts).
 * Prints one JSON document on stdout, progress on stderr. Not a test: it never fails on a figure.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { ViewRect } from '@shared/day/day-follow';
import { publishViewWhileFollowed, VIEW_THROTTLE_MS } from '../../renderer/src/features/follow/view-publisher';
import { nodePeer, type NodePeer } from '../sync/helpers/node-peer';
import { startRoomHost, until } from '../sync/helpers/room-host';
import { figures } from './room-bench';

const { values } = parseArgs({
  options: { peers: { type: 'string', default: '35' }, followers: { type: 'string', default: '5' }, seconds: { type: 'string', default: '10' } },
});
const peers = Number(values.peers);
const followers = Number(values.followers);
const seconds = Number(values.seconds);
if (!Number.isInteger(peers) || peers < 2 || !Number.isInteger(followers) || followers < 0 || followers * 2 + 1 > peers || !(seconds > 0)) {
  process.stderr.write('usage: day-follow.bench.ts [--peers N≥2] [--followers F, 2F+1 ≤ N] [--seconds S]\n');
  process.exit(2);
}
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);
/** The page's pointer rate (features/room/RemotePresence.tsx). */
const CURSOR_EVERY_MS = 80;

/** One peer's moving view: pans a little at every pointer step, as someone exploring the board. */
function movingView(i: number) {
  let t = 0;
  const listeners = new Set<() => void>();
  return {
    view: (): ViewRect => ({ x: i * 100 + t * 7.3, y: t * 3.1, w: 1280 / 0.8, h: 800 / 0.8 }),
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    step(): void {
      t++;
      for (const l of listeners) l();
    },
  };
}

const loadBefore = os.loadavg()[0]!;
const room = await startRoomHost({ password: 'bench follow' });
log(`${peers} Node peers join`);
const all: NodePeer[] = [];
for (let i = 0; i < peers; i++) all.push(nodePeer(room, `p${i}`, 'bench follow'));
await Promise.all(all.map((p) => p.room.synced()));
await until('everyone sees everyone', () => all.every((p) => p.room.awareness.getStates().size === peers), 60_000);

/** Presence bytes each peer publishes (its own awareness updates, as encoded for the wire). */
const published = all.map(() => ({ bytes: 0, messages: 0 }));
all.forEach((p, i) => {
  const { awareness } = p.room;
  awareness.on('update', (_: unknown, origin: unknown) => {
    if (origin !== 'local') return;
    published[i]!.bytes += awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]).byteLength;
    published[i]!.messages++;
  });
});

const views = all.map((_, i) => movingView(i));
const stops = all.map((p, i) => publishViewWhileFollowed(p.room, views[i]!));
let tick = 0;
const mover = setInterval(() => {
  tick++;
  all.forEach((p, i) => {
    p.room.setPresence({ cursor: { x: Math.round(400 + 300 * Math.cos(tick / 7 + i)), y: Math.round(300 + 200 * Math.sin(tick / 5 + i)) } });
    views[i]!.step();
  });
}, CURSOR_EVERY_MS);

/**
 * Over `seconds` (after a second to settle): presence each peer publishes per second (bytes and
 * messages), and bytes the HOST sends each peer per second. On a small machine the HOST and 35 peers
 * in one process cannot keep the page's pointer rate (`pointerRoundsPerSecond` says what they
 * kept), so `atPageRate` also gives the figures at the page's rates, from the measured message
 * sizes and the hub's overhead (bytes the HOST sent over presence bytes published times the others).
 */
async function measure(followed: ReadonlySet<number> = new Set()) {
  await new Promise((r) => setTimeout(r, 1000));
  const before = all.map((p, i) => ({ from: p.room.stats().fromHost, ...published[i]! }));
  const tick0 = tick;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const elapsed = (performance.now() - t0) / 1000;
  const sent = published.map((p, i) => (p.bytes - before[i]!.bytes) / elapsed);
  const messages = published.map((p, i) => (p.messages - before[i]!.messages) / elapsed);
  const received = all.map((p, i) => (p.room.stats().fromHost - before[i]!.from) / elapsed);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const bytesPerMessage = (pick: (i: number) => boolean): number => {
    const idx = all.map((_, i) => i).filter(pick);
    return sum(idx.map((i) => published[i]!.bytes - before[i]!.bytes)) / Math.max(1, sum(idx.map((i) => published[i]!.messages - before[i]!.messages)));
  };
  const overhead = sum(received) / Math.max(1, sum(sent) * (peers - 1));
  // At the page's rates (a pointer update per 80 ms; a view per VIEW_THROTTLE_MS while panning), from the measured message sizes.
  const other = (1000 / CURSOR_EVERY_MS) * bytesPerMessage((i) => !followed.has(i));
  const lead = followed.size > 0 ? (1000 / CURSOR_EVERY_MS + 1000 / VIEW_THROTTLE_MS) * bytesPerMessage((i) => followed.has(i)) : 0;
  const round = (x: number): number => Math.round(x);
  const atPageRate = {
    publishedPerOtherPeer: round(other),
    ...(followed.size > 0 ? { publishedPerFollowedPeer: round(lead) } : {}),
    receivedFromHostPerPeer: round(((peers - 1 - followed.size) * other + followed.size * lead) * overhead),
    unit: 'bytes/s',
  };
  return {
    publishedPerPeer: figures(sent, 'bytes/s'),
    ...(followed.size > 0
      ? {
          publishedPerFollowedPeer: figures(sent.filter((_, i) => followed.has(i)), 'bytes/s'),
          publishedPerOtherPeer: figures(sent.filter((_, i) => !followed.has(i)), 'bytes/s'),
        }
      : {}),
    publishedMessagesPerPeer: figures(messages, 'messages/s'),
    receivedFromHostPerPeer: figures(received, 'bytes/s'),
    hostSentTotalPerSecond: Math.round(sum(received)),
    pointerRoundsPerSecond: Math.round(((tick - tick0) / elapsed) * 10) / 10,
    bytesPerMessage: { followed: followed.size > 0 ? round(bytesPerMessage((i) => followed.has(i))) : null, others: round(bytesPerMessage((i) => !followed.has(i))) },
    hubOverhead: Math.round(overhead * 100) / 100,
    atPageRate,
  };
}

log(`nobody follows: ${seconds} s`);
const withoutFollowing = await measure();
const publishing = (): number => all.filter((p) => p.room.awareness.getLocalState()?.view).length;
const viewsWithoutFollowing = publishing();

// Peers 0..F-1 follow peers F..2F-1; peer 2F follows peer 0 (a chain: its leader is a follower).
for (let i = 0; i < followers; i++) all[i]!.room.setPresence({ following: `user-p${followers + i}` });
if (followers > 0) all[2 * followers]!.room.setPresence({ following: 'user-p0' });
const leaders = followers > 0 ? followers + 1 : 0;
await until('the followed publish their view', () => publishing() === leaders, 10_000);
log(`${followers} follow, plus one chained: ${seconds} s`);
const followedPeers = new Set([...Array.from({ length: followers }, (_, i) => followers + i), ...(followers > 0 ? [0] : [])]);
const withFollowing = await measure(followedPeers);

clearInterval(mover);
for (const p of all) p.room.setPresence({ following: null });
await until('views cleared once nobody follows', () => publishing() === 0, 10_000).catch(() => log('some views were not cleared'));
const viewsAfter = publishing();
stops.forEach((s) => s());
for (const p of all) p.room.leave();
await room.stop();

process.stdout.write(
  `${JSON.stringify(
    {
      peers,
      transport: 'hub only (no WebRTC): every presence byte through the HOST',
      pointerEveryMs: CURSOR_EVERY_MS,
      viewThrottleMs: VIEW_THROTTLE_MS,
      seconds,
      withoutFollowing: { ...withoutFollowing, peersPublishingView: viewsWithoutFollowing },
      withFollowing: { followers: followers + (followers > 0 ? 1 : 0), ...withFollowing, peersPublishingView: leaders },
      peersPublishingViewAfterUnfollow: viewsAfter,
      loadAverageBefore: loadBefore,
      cpus: os.cpus().length,
    },
    null,
    2,
  )}\n`,
);
// y-webrtc's module-level timers would keep Node up.
process.exit(0);
