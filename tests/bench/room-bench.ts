/**
 * Room figures: edit-to-visible latency between two Chromium processes, direct and relayed; late
 * join of a 2 MB board; N Node peers (one process each, real WebRTC): how long the mesh takes to
 * form, time for one update to reach all, direct links and memory per peer.
 * Returns one JSON-ready object, every figure with its unit; tests/bench/room.bench.ts prints it
 * alone, tests/bench/run.ts adds it to its document under `room`. Never fails on a timing.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import { bytesToBase64 } from '../../shared/base64';
import { DEFAULT_MAX_CONNS } from '../../renderer/src/features/room/join-room';
import { bigBoardUpdate } from '../sync/helpers/big-board';
import { spawnPeer, type PeerProcess } from '../sync/helpers/peer-processes';
import { openRoomPage, type RoomBrowser } from '../sync/helpers/room-browser';
import { startRoomHost, until, type RoomHost } from '../sync/helpers/room-host';
import { buildRoomPage } from '../sync/helpers/room-page-build';

export interface RoomBenchOptions {
  /** Node peer counts, one room each (e.g. [5, 15, 35]); [] skips the Node part. */
  peers: number[];
  /** Edits timed per Chromium pair (direct, then relayed). */
  edits: number;
  /** Updates timed to reach every Node peer (default 10). */
  updates?: number;
  /** Late joins of the 2 MB board timed in Chromium (default 3). */
  lateJoins?: number;
  /** false: no Chromium part. */
  chromium?: boolean;
  /** A mesh not formed after this long is reported as null (default 120 s). */
  meshTimeoutMs?: number;
  /** The mesh has settled once no peer's direct links changed for this long (default 10 s). */
  settleQuietMs?: number;
  log: (line: string) => void;
}

/** Milliseconds or megabytes, as the canvas document gives them. */
export interface Figures<U extends string> {
  median: number;
  p95: number;
  max: number;
  unit: U;
  samples: number;
}

const round = (x: number): number => Math.round(x * 10) / 10;

function figures<U extends string>(xs: number[], unit: U): Figures<U> {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
  return { median: round(q(0.5)), p95: round(q(0.95)), max: round(s[s.length - 1] ?? 0), unit, samples: s.length };
}

async function joinPage(room: RoomHost, name: string, opts: { noWebrtc?: boolean } = {}): Promise<RoomBrowser> {
  const b = await openRoomPage(room.address, room.roomId);
  await b.page.evaluate((a) => window.roomTest.join(a), { name, password: 'p', noWebrtc: opts.noWebrtc ?? false });
  await b.page.evaluate(() => window.roomTest.synced());
  return b;
}

/** Edits in `from`, each timed until `to` has it (both clocks are this machine's). */
async function latency(from: RoomBrowser, to: RoomBrowser, label: string, edits: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < edits; i++) {
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

async function chromiumFigures(opts: RoomBenchOptions) {
  opts.log('room: building the room page');
  const pageDir = await buildRoomPage();
  const room = await startRoomHost({ password: 'p', rendererDir: pageDir });
  const board = bigBoardUpdate();
  await room.host.api.pushUpdate(bytesToBase64(board));
  const browsers: RoomBrowser[] = [];
  try {
    opts.log('room: three Chromium peers (two direct, one relayed)');
    const a = await joinPage(room, 'A');
    const b = await joinPage(room, 'B');
    const r = await joinPage(room, 'R', { noWebrtc: true });
    browsers.push(a, b, r);
    await until('direct link', async () => (await a.page.evaluate(() => window.roomTest.people())).includes('B:direct'), 30_000);
    const direct = await latency(a, b, 'direct', opts.edits);
    const relayed = await latency(a, r, 'relayed', opts.edits);
    // Join to synced, in the page (browser start-up excluded), with three peers already in the room.
    const lateJoin: number[] = [];
    let largest = 0;
    for (let i = 0; i < (opts.lateJoins ?? 3); i++) {
      opts.log(`room: late join ${i + 1}`);
      const late = await openRoomPage(room.address, room.roomId);
      try {
        lateJoin.push(
          await late.page.evaluate(async (name) => {
            const t0 = performance.now();
            window.roomTest.join({ name, password: 'p' });
            await window.roomTest.synced();
            return performance.now() - t0;
          }, `late${i}`),
        );
        largest = Math.max(largest, (await late.page.evaluate(() => window.roomTest.stats())).channels.largest);
      } finally {
        await late.close();
      }
    }
    if (largest > 256 * 1024) throw new Error('a data-channel message over 256 KiB');
    return {
      board: { notes: 7_000, yjs_state_bytes: board.byteLength, unit: 'bytes', what: 'held by the HOST before anyone joins' },
      edit_to_visible: {
        direct: { ...figures(direct, 'ms'), what: 'note created in A → seen in B, linked directly (every edit goes through the HOST since protocol 3; the link carries presence)' },
        relayed: { ...figures(relayed, 'ms'), what: 'note created in A → seen in R, which has no WebRTC (the HOST relays)' },
      },
      late_join_to_synced: { ...figures(lateJoin, 'ms'), what: 'join → the HOST’s copy of the board applied, in the page (browser start-up excluded), three peers already in' },
      largest_data_channel_message: { value: largest, unit: 'bytes', what: 'largest message a late joiner handed a data channel (the limit is 256 KiB)' },
    };
  } finally {
    for (const b of browsers) await b.close();
    await room.stop();
    rmSync(pageDir, { recursive: true, force: true });
  }
}

interface PeerStats {
  rss: number;
  cpuMs: number;
  direct: string[];
}

const SETTLE_POLL_MS = 500;

/**
 * Watches every peer's direct links until none changed for `quietMs`: returns when the last
 * change was (ms after `start`), or null if they still changed at `timeoutMs`.
 */
async function settled(stats: () => Promise<PeerStats[]>, start: number, quietMs: number, timeoutMs: number): Promise<number | null> {
  let last = '';
  let lastChange = start;
  for (;;) {
    const now = performance.now();
    const links = (await stats()).map((s) => [...s.direct].sort().join(',')).join(';');
    if (links !== last) {
      last = links;
      lastChange = now;
    } else if (now - lastChange >= quietMs) return round(lastChange - start);
    if (now - start > timeoutMs) return null;
    await new Promise((r) => setTimeout(r, SETTLE_POLL_MS));
  }
}

async function nodeFigures(n: number, opts: RoomBenchOptions) {
  const room = await startRoomHost({ password: 'p' });
  const peers: PeerProcess[] = [];
  const stats = (): Promise<PeerStats[]> => Promise.all(peers.map((p) => p.call<PeerStats>('stats')));
  try {
    opts.log(`room: ${n} Node peers joining`);
    const t0 = performance.now();
    peers.push(...(await Promise.all(Array.from({ length: n }, (_, i) => spawnPeer(room, `n${i}`, 'p')))));
    await Promise.all(peers.map((p) => p.call('synced')));
    const startupMs = performance.now() - t0;
    // Let the mesh form before timing. On a crowded machine some peers may never get a direct
    // link: they are relayed by the HOST, which is what the room does then; say so and measure anyway.
    const meshStart = performance.now();
    let meshFormedMs: number | null = null;
    try {
      await until('mesh', async () => (await stats()).every((s) => s.direct.length >= Math.min(n - 1, 1)), opts.meshTimeoutMs ?? 120_000);
      meshFormedMs = round(performance.now() - meshStart);
    } catch {
      meshFormedMs = null;
    }
    opts.log(`room: ${n} Node peers, mesh ${meshFormedMs === null ? 'not formed' : `formed in ${meshFormedMs} ms`}`);
    const quietMs = opts.settleQuietMs ?? 10_000;
    const meshSettledMs = await settled(stats, meshStart, quietMs, (opts.meshTimeoutMs ?? 120_000) + quietMs);
    const settledStats = await stats();
    opts.log(`room: ${n} Node peers, links ${meshSettledMs === null ? 'still changing' : `settled after ${meshSettledMs} ms`}`);
    const reachAll: number[] = [];
    for (let i = 0; i < (opts.updates ?? 10); i++) {
      const text = `update ${i}`;
      const sender = peers[i % n]!;
      const sentAt = Date.now();
      await sender.call('note', text);
      await until(text, async () => (await Promise.all(peers.map((p) => p.call<number | null>('seenAt', text)))).every((t) => t !== null), 60_000);
      const seen = await Promise.all(peers.map((p) => p.call<number>('seenAt', text)));
      reachAll.push(Math.max(...seen) - sentAt);
    }
    const end = await stats();
    const links = end.map((s) => s.direct.length);
    return {
      peers: n,
      startup: { value: round(startupMs), unit: 'ms', what: 'processes started → every peer has the HOST’s copy of the board' },
      mesh_formed: { value: meshFormedMs, unit: 'ms', what: 'then → every peer has at least one direct link; null: not within the time limit (those peers are relayed by the HOST)' },
      mesh_settled: { value: meshSettledMs, unit: 'ms', what: `then → the last change of any peer's direct links, once none changed for ${quietMs / 1000} s; null: still changing at the time limit` },
      peer_cpu_until_settled: { ...figures(settledStats.map((s) => s.cpuMs / 1000), 's'), what: 'CPU time (user + system) of one peer process from its start (Node and tsx start-up included) to the mesh settled' },
      one_update_reaches_all: { ...figures(reachAll, 'ms'), what: 'a note created in one peer → seen by every peer (Date.now of each process)' },
      direct_links_per_peer: { ...figures(links, 'links'), min: Math.min(...links), cap: DEFAULT_MAX_CONNS, what: 'open data channels per peer after the updates' },
      pairs_relayed_by_host: { value: Math.max(0, Math.round((n * (n - 1)) / 2 - links.reduce((a, b) => a + b, 0) / 2)), unit: 'pairs', what: 'pairs of peers without a direct link, after the updates: the HOST carries their presence (edits always go through it)' },
      rss_per_peer: { ...figures(end.map((s) => s.rss / 1e6), 'MB'), what: 'resident memory of one peer process (Node, sync module, @roamhq/wrtc)' },
    };
  } finally {
    for (const p of peers) p.kill();
    await room.stop();
  }
}

export async function runRoomBench(opts: RoomBenchOptions) {
  const loadBefore = os.loadavg()[0]!;
  const chromium = opts.chromium === false ? null : await chromiumFigures(opts);
  const nodePeers = [];
  for (const n of opts.peers) nodePeers.push(await nodeFigures(n, opts));
  return {
    benchmark: 'tablee room',
    conditions: {
      machine: `Node ${process.version}, ${os.cpus().length} cores`,
      load_average_1min: { before: round(loadBefore), after: round(os.loadavg()[0]!) },
      host: 'the HOST core and its server (signaling, hub, relay) in the benchmark process, on 127.0.0.1, password set',
      chromium_peers: 'Debian Chromium, headless, one process each, desktop WebRTC flags; the sync module on a bare page (tests/sync/browser)',
      node_peers: 'one Node process each running the renderer’s sync module with @roamhq/wrtc: all of them share this machine’s cores, where a workshop has a laptop each',
      max_direct_links: { value: DEFAULT_MAX_CONNS, unit: 'links', what: 'beyond it the HOST relays presence' },
      edits_per_pair: opts.edits,
      updates_per_room: opts.updates ?? 10,
    },
    chromium: chromium ?? 'not measured (chromium: false)',
    node_peers: nodePeers,
  };
}
