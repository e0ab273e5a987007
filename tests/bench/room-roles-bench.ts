/**
 * What the room's roles cost a participant, in an open room (no password: frames in clear):
 * - bytes a participant receives from the HOST to join the sample residency, and a 2 MB board
 *   (a Node participant without WebRTC, so everything comes over the hub: RoomStats.fromHost);
 * - edit-to-visible between two participants, each in its own Chromium process, on the sample;
 * - a consent withdrawn by a co-facilitator → the quote's cards gone from a participant's board
 *   (Node peers in this process: one clock).
 * Returns one JSON-ready object; tests/bench/room-roles.bench.ts prints it. Never fails on a figure.
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import * as Y from 'yjs';
import { bytesToBase64 } from '../../shared/base64';
import { loadProjectText } from '../../shared/project-file/load';
import { updateInterview } from '../../shared/residency/commands';
import { bigBoardUpdate } from '../sync/helpers/big-board';
import { nodePeer } from '../sync/helpers/node-peer';
import { openRoomPage, type RoomBrowser } from '../sync/helpers/room-browser';
import { startRoomHost, until, type RoomHost } from '../sync/helpers/room-host';
import { buildRoomPage } from '../sync/helpers/room-page-build';
import { SAMPLE_PROJECT } from '../sync/helpers/sample-secrets';
import { figures, latency } from './room-bench';

/** Bytes the HOST sent one participant until it had the board and nothing more came for a second. */
async function joinBytes(room: RoomHost, name: string): Promise<number> {
  const peer = nodePeer(room, name, null);
  try {
    await peer.room.synced();
    let last = -1;
    for (;;) {
      const now = peer.room.stats().fromHost;
      if (now === last) return now;
      last = now;
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    peer.room.leave();
  }
}

/** For each interview whose quotes are on the board: its consent withdrawn, timed until a participant no longer has their cards. */
async function withdrawalFigures(room: RoomHost): Promise<number[]> {
  const status = await room.host.api.roomStatus();
  const co = nodePeer(room, 'co', status.facilitatorPassword, { door: 'facilitator' });
  const watcher = nodePeer(room, 'watcher', null);
  try {
    await co.room.synced();
    await watcher.room.synced();
    const cardsOf = (doc: Y.Doc, quotes: Set<string>): number => [...doc.getMap<Y.Map<unknown>>('items').values()].filter((m) => m.get('kind') === 'quote' && quotes.has(m.get('quoteId') as string)).length;
    const out: number[] = [];
    for (const [id, interview] of co.doc.getMap<Y.Map<unknown>>('interviews')) {
      if (interview.get('consent') === 'none') continue;
      const quotes = new Set([...co.doc.getMap<Y.Map<unknown>>('quotes')].filter(([, q]) => q.get('interviewId') === id).map(([q]) => q));
      if (cardsOf(watcher.doc, quotes) === 0) continue;
      const gone = new Promise<number>((resolve) => {
        const check = (): void => {
          if (cardsOf(watcher.doc, quotes) > 0) return;
          watcher.doc.off('update', check);
          resolve(performance.now());
        };
        watcher.doc.on('update', check);
      });
      const t0 = performance.now();
      updateInterview(co.doc, id, { consent: 'none' });
      out.push((await gone) - t0);
    }
    return out;
  } finally {
    co.room.leave();
    watcher.room.leave();
  }
}

async function joinFigures(what: string, room: RoomHost, joins: number) {
  const bytes: number[] = [];
  for (let i = 0; i < joins; i++) bytes.push(await joinBytes(room, `${what}-${i}`));
  return figures(bytes, 'bytes');
}

export interface RoomRolesBenchOptions {
  /** Edits timed between the two Chromium participants. */
  edits: number;
  /** Joins whose bytes are counted, per board. */
  joins: number;
  log: (line: string) => void;
}

export async function runRoomRolesBench({ edits, joins, log }: RoomRolesBenchOptions) {
  const loadBefore = os.loadavg()[0]!;

  const sampleState = (() => {
    const loaded = loadProjectText(readFileSync(SAMPLE_PROJECT, 'utf8'));
    if (!loaded.ok) throw new Error(`the sample does not load: ${loaded.error.detail}`);
    return Y.encodeStateAsUpdate(loaded.value.doc).byteLength;
  })();

  log('bytes to join the sample');
  let room = await startRoomHost({ password: null, project: SAMPLE_PROJECT });
  const sampleJoin = await joinFigures('sample', room, joins);
  await room.stop();

  log('consent withdrawn → its cards gone from a participant');
  room = await startRoomHost({ password: null, project: SAMPLE_PROJECT });
  const withdrawal = await withdrawalFigures(room);
  await room.stop();

  log('bytes to join a 2 MB board');
  const board = bigBoardUpdate();
  room = await startRoomHost({ password: null });
  await room.host.api.pushUpdate(bytesToBase64(board));
  const bigJoin = await joinFigures('big', room, joins);
  await room.stop();

  log(`edit to visible, two Chromium participants on the sample, ${edits} edits`);
  const pageDir = await buildRoomPage();
  room = await startRoomHost({ password: null, project: SAMPLE_PROJECT, rendererDir: pageDir });
  const browsers: RoomBrowser[] = [];
  let editToVisible: number[];
  let directLink: boolean;
  try {
    for (const name of ['A', 'B']) {
      const b = await openRoomPage(room.address, room.roomId);
      browsers.push(b);
      await b.page.evaluate((n) => window.roomTest.join({ name: n, password: null }), name);
      await b.page.evaluate(() => window.roomTest.synced());
    }
    const [a, b] = browsers as [RoomBrowser, RoomBrowser];
    // Timed once the two have their data channel, when they get one (the room works without).
    directLink = await until('direct link', async () => (await a.page.evaluate(() => window.roomTest.people())).includes('B:direct'), 15_000).then(
      () => true,
      () => false,
    );
    editToVisible = await latency(a, b, 'edit', edits);
  } finally {
    for (const b of browsers) await b.close();
    await room.stop();
    rmSync(pageDir, { recursive: true, force: true });
  }

  return {
    benchmark: 'tablee room roles',
    conditions: {
      machine: `Node ${process.version}, ${os.cpus().length} cores, shared with other work while measured: compare runs on the same machine only`,
      load_average_1min: { before: Math.round(loadBefore * 10) / 10, after: Math.round(os.loadavg()[0]! * 10) / 10 },
      room: 'open room (no password) on 127.0.0.1, the HOST core and its server in the benchmark process',
    },
    join_bytes: {
      sample: { ...sampleJoin, project_yjs_state_bytes: sampleState, what: 'bytes a participant (Node, no WebRTC) received from the HOST to join the sample residency, until a second passed with nothing more' },
      board_2mb: { ...bigJoin, project_yjs_state_bytes: board.byteLength, what: 'the same, on a board of 7,000 notes' },
    },
    consent_withdrawn_to_gone: {
      ...figures(withdrawal, 'ms'),
      what: "a co-facilitator sets an interview's consent to “not to be quoted” → the last card of its quotes leaves a participant's board (both Node peers in this process, through the HOST's workshop doc)",
    },
    edit_to_visible: {
      ...figures(editToVisible, 'ms'),
      direct_link: directLink,
      what: 'note created in participant A → seen in participant B (two Chromium processes, the sample board)',
    },
  };
}
