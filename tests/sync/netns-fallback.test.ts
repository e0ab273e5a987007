import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../e2e/harness';
import { makeNetPair, netnsUnavailable, type NetPair } from './helpers/netns';
import { openRoomPage, type RoomBrowser } from './helpers/room-browser';
import { until } from './helpers/room-host';
import { buildRoomPage } from './helpers/room-page-build';

/**
 * Two "laptops" in network namespaces joined by a veth pair, with no default route and UDP 5353
 * dropped: Chromium's mDNS host candidates cannot resolve, so a plain browser's WebRTC silently
 * never connects and the room falls back to the HOST's relay; a desktop peer (real host IPs,
 * as Electron sets) still links directly.
 */
const why = netnsUnavailable();
let net: NetPair | null = null;
let host: ChildProcess | null = null;
let pageDir = '';
const browsers: RoomBrowser[] = [];

afterAll(async () => {
  for (const b of browsers) await b.close().catch(() => {});
  host?.kill('SIGTERM');
  net?.remove();
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
});

async function startHostIn(ns: string, bind: string): Promise<{ address: string; roomId: string }> {
  const proc = spawn('ip', ['netns', 'exec', ns, process.execPath, '--import', 'tsx', join(import.meta.dirname, 'helpers', 'host-process.ts')], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, TABLEE_BIND: bind, TABLEE_RENDERER: pageDir, TABLEE_PASSWORD: 'p' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  host = proc;
  let out = '';
  let err = '';
  proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^READY (\S+) (\S+)$/m.exec(out);
      if (m) resolve({ address: m[1]!, roomId: m[2]! });
    });
    proc.once('exit', (code) => reject(new Error(`host exited with ${code}: ${err}`)));
  });
}

describe('room across network namespaces', () => {
  it('falls back to the relay where mDNS is dropped and there is no route, and stays direct for desktop peers', async (ctx) => {
    if (why) {
      console.log(`netns test skipped: ${why}`);
      ctx.skip(why);
      return;
    }
    net = makeNetPair();
    console.log(`netns test: mDNS blocked by ${net.mdnsBlockedBy}`);
    pageDir = await buildRoomPage();
    const room = await startHostIn(net.ns[0], net.ip[0]);
    const open = async (i: 0 | 1, name: string, desktop: boolean): Promise<RoomBrowser> => {
      const b = await openRoomPage(room.address, room.roomId, { desktop, wrap: net!.chromiumIn(i, CHROMIUM) });
      browsers.push(b);
      await b.page.evaluate((n) => window.roomTest.join({ name: n, password: 'p' }), name);
      await b.page.evaluate(() => window.roomTest.synced());
      return b;
    };
    const people = (b: RoomBrowser): Promise<string[]> => b.page.evaluate(() => window.roomTest.people());
    const has = (b: RoomBrowser, t: string): Promise<boolean> => b.page.evaluate((x) => window.roomTest.has(x), t);

    // Plain browsers, one per namespace: mDNS names only, which nobody can resolve here.
    const a = await open(0, 'Awa', false);
    const b = await open(1, 'Bastien', false);
    await until('each sees the other as relayed', async () => (await people(a)).includes('Bastien:relayed') && (await people(b)).includes('Awa:relayed'), 30_000);
    await a.page.evaluate(() => window.roomTest.note('Awa: sans route'));
    await b.page.evaluate(() => window.roomTest.note('Bastien: sans mDNS'));
    await until('edits cross through the relay', async () => (await has(b, 'Awa: sans route')) && (await has(a, 'Bastien: sans mDNS')));
    expect((await b.page.evaluate(() => window.roomTest.stats())).direct).toEqual([]);

    // Desktop peers (real host IPs, every interface): direct across the same network.
    const c = await open(0, 'Chloé', true);
    const d = await open(1, 'Dalia', true);
    await until('desktop peers link directly', async () => (await people(c)).includes('Dalia:direct'), 30_000);
    await d.page.evaluate(() => window.roomTest.note('Dalia: en direct'));
    await until('everyone sees it', async () => (await has(a, 'Dalia: en direct')) && (await has(c, 'Dalia: en direct')));
  });
});
