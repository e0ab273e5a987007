/**
 * Room figures: edit-to-visible latency between two Chromium processes, direct and relayed; late
 * join of a 2 MB board; N Node peers (one process each): time for one update to reach all, and
 * memory per peer.
 *   npx tsx tests/bench/room.bench.ts [--peers 5,15,35] [--edits 40]
 * Prints one JSON document. Not a test: it never fails on a timing.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bytesToBase64 } from '../../shared/base64';
import { bigBoardUpdate } from '../sync/helpers/big-board';
import { spawnPeer, type PeerProcess } from '../sync/helpers/peer-processes';
import { openRoomPage, type RoomBrowser } from '../sync/helpers/room-browser';
import { startRoomHost, until, type RoomHost } from '../sync/helpers/room-host';
import { buildRoomPage } from '../sync/helpers/room-page-build';

const { values } = parseArgs({ options: { peers: { type: 'string', default: '5,15' }, edits: { type: 'string', default: '40' } } });
const PEER_COUNTS = values.peers.split(',').map(Number);
const EDITS = Number(values.edits);

const pct = (xs: number[], p: number): number => Math.round([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]! * 10) / 10;
const summary = (xs: number[]) => ({ median: pct(xs, 0.5), p95: pct(xs, 0.95), n: xs.length });

async function joinPage(room: RoomHost, name: string, opts: { noWebrtc?: boolean } = {}): Promise<RoomBrowser> {
  const b = await openRoomPage(room.address, room.roomId);
  await b.page.evaluate((a) => window.roomTest.join(a), { name, password: 'p', noWebrtc: opts.noWebrtc ?? false });
  await b.page.evaluate(() => window.roomTest.synced());
  return b;
}

/** Edits in `from`, each timed until `to` has it (both clocks are this machine's). */
async function latency(from: RoomBrowser, to: RoomBrowser, label: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const text = `${label} ${i}`;
    const t0 = await from.page.evaluate((t) => {
      const now = window.roomTest.now();
      window.roomTest.note(t);
      return now;
    }, text);
    await until(text, () => to.page.evaluate((t) => window.roomTest.has(t), text));
    out.push((await to.page.evaluate((t) => window.roomTest.seenAt(t), text))! - t0);
  }
  return out;
}

const largestSent = (s: { channels: { largest: number } }): number => s.channels.largest;

async function chromiumFigures() {
  const pageDir = await buildRoomPage();
  const room = await startRoomHost({ password: 'p', rendererDir: pageDir });
  await room.host.api.pushUpdate(bytesToBase64(bigBoardUpdate()));
  const browsers: RoomBrowser[] = [];
  try {
    const a = await joinPage(room, 'A');
    const b = await joinPage(room, 'B');
    const r = await joinPage(room, 'R', { noWebrtc: true });
    browsers.push(a, b, r);
    await until('direct link', async () => (await a.page.evaluate(() => window.roomTest.people())).includes('B:direct'), 30_000);
    const direct = await latency(a, b, 'direct');
    const relayed = await latency(a, r, 'relayed');
    // Join to synced, in the page (browser start-up excluded), with three peers already in the room.
    const lateJoin: number[] = [];
    for (let i = 0; i < 3; i++) {
      const late = await openRoomPage(room.address, room.roomId);
      lateJoin.push(
        await late.page.evaluate(async (name) => {
          const t0 = performance.now();
          window.roomTest.join({ name, password: 'p' });
          await window.roomTest.synced();
          return performance.now() - t0;
        }, `late${i}`),
      );
      if (largestSent(await late.page.evaluate(() => window.roomTest.stats())) > 256 * 1024) throw new Error('a data-channel message over 256 KiB');
      await late.close();
    }
    return { board: '7,000 notes, 2.1 MB of Yjs state', editToVisibleMs: { direct: summary(direct), relayed: summary(relayed) }, lateJoinToSyncedMs: summary(lateJoin) };
  } finally {
    for (const b of browsers) await b.close();
    await room.stop();
    rmSync(pageDir, { recursive: true, force: true });
  }
}

async function nodeFigures(n: number) {
  const room = await startRoomHost({ password: 'p' });
  const peers: PeerProcess[] = [];
  try {
    const t0 = performance.now();
    peers.push(...(await Promise.all(Array.from({ length: n }, (_, i) => spawnPeer(room, `n${i}`, 'p')))));
    await Promise.all(peers.map((p) => p.call('synced')));
    const startupMs = performance.now() - t0;
    // Let the mesh form before timing. On a crowded machine some peers may never get a direct
    // link: they are relayed by the HOST, which is what the room does then; say so and measure anyway.
    const meshStart = performance.now();
    let meshFormedMs: number | null = null;
    try {
      await until('mesh', async () => (await Promise.all(peers.map((p) => p.call<{ direct: string[] }>('stats')))).every((s) => s.direct.length >= Math.min(n - 1, 1)), 120_000);
      meshFormedMs = Math.round(performance.now() - meshStart);
    } catch {
      meshFormedMs = null;
    }
    const reachAll: number[] = [];
    for (let i = 0; i < 10; i++) {
      const text = `update ${i}`;
      const sender = peers[i % n]!;
      const sentAt = Date.now();
      await sender.call('note', text);
      await until(text, async () => (await Promise.all(peers.map((p) => p.call<number | null>('seenAt', text)))).every((t) => t !== null), 60_000);
      const seen = await Promise.all(peers.map((p) => p.call<number>('seenAt', text)));
      reachAll.push(Math.max(...seen) - sentAt);
    }
    const stats = await Promise.all(peers.map((p) => p.call<{ rss: number; direct: string[] }>('stats')));
    return {
      peers: n,
      startupMs: Math.round(startupMs),
      /** null: after 120 s some peer still had no direct link (relayed by the HOST). */
      meshFormedMs,
      oneUpdateReachesAllMs: summary(reachAll),
      rssMBPerPeer: summary(stats.map((s) => s.rss / 1e6)),
      directLinksPerPeer: summary(stats.map((s) => s.direct.length)),
    };
  } finally {
    for (const p of peers) p.kill();
    await room.stop();
  }
}

const result: Record<string, unknown> = { machine: { cores: (await import('node:os')).cpus().length, node: process.version } };
result.chromium = await chromiumFigures();
result.nodePeers = [];
for (const n of PEER_COUNTS) (result.nodePeers as unknown[]).push(await nodeFigures(n));
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
process.exit(0);
