/**
 * How long a participant takes to join a password-protected room (the password exchange, the
 * sealed channel, a small board):
 *   npx tsx tests/bench/room-join.bench.ts [--joins 7]
 * Joins from Node and from Chromium; Chromium loads the page over plain http on this machine's
 * network address when it has one (not a secure context: no crypto.subtle there), as a
 * participant's browser does. Prints one JSON document; never fails on a figure.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lanInterfaces } from '../../electron/host/room/lan-interfaces';
import { nodePeer } from '../sync/helpers/node-peer';
import { openRoomPage } from '../sync/helpers/room-browser';
import { startRoomHost } from '../sync/helpers/room-host';
import { buildRoomPage } from '../sync/helpers/room-page-build';

const { values } = parseArgs({ options: { joins: { type: 'string', default: '7' } } });
const joins = Number(values.joins);
const log = (line: string): boolean => process.stderr.write(`[bench] ${line}\n`);
const PASSWORD = 'pomme galet nuage';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const pageDir = await buildRoomPage();
const bind = lanInterfaces()[0]?.address ?? '127.0.0.1';
const room = await startRoomHost({ password: PASSWORD, rendererDir: pageDir, bind });
const a = nodePeer(room, 'Awa', PASSWORD);
await a.room.synced();
for (let i = 0; i < 50; i++) a.note(`note ${i}`);

log(`${joins} joins from Node`);
const node: number[] = [];
for (let i = 0; i < joins; i++) {
  const start = performance.now();
  const p = nodePeer(room, `Node ${i}`, PASSWORD);
  await p.room.synced();
  node.push(Math.round(performance.now() - start));
  p.room.leave();
}

log(`${joins} joins from Chromium at http://${room.address}/`);
const chromium: number[] = [];
let page: { secureContext: boolean; subtle: boolean } | null = null;
for (let i = 0; i < joins; i++) {
  const browser = await openRoomPage(room.address, room.roomId);
  page ??= await browser.page.evaluate(() => ({ secureContext: window.isSecureContext, subtle: !!globalThis.crypto?.subtle }));
  const ms = await browser.page.evaluate(async (password) => {
    const start = performance.now();
    window.roomTest.join({ name: 'Chromium', password, noWebrtc: true });
    await window.roomTest.synced();
    return performance.now() - start;
  }, PASSWORD);
  chromium.push(Math.round(ms));
  await browser.close();
}

a.room.leave();
await room.stop();
rmSync(pageDir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ address: room.address, board: '50 notes', joins, joinMs: { node: { median: median(node), all: node }, chromium: { median: median(chromium), all: chromium, page } } }, null, 2)}\n`,
);
process.exit(0);
