/**
 * What a stranger on the room's network can make the HOST hold before proving the password:
 *   npx tsx tests/bench/room-door.bench.ts [--sockets 2000] [--big 12] [--guess-seconds 10] [--wait-idle 65]
 * A HOST in a process of its own opens a password-protected room; then, with its resident memory
 * (RSS) read from /proc after each step: `--sockets` idle hub sockets from 200 loopback addresses,
 * `--big` frames of 60 MB sent before the handshake, password guesses from one client and from 40
 * sockets on 10 addresses. Prints one JSON document; never fails on a figure.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { HUB_PATH } from '@shared/room/protocol';
import { GUESS_BURST } from '../../electron/host/room/guess-limiter';
import { guessOnce } from '../sync/helpers/hub-guess';

const { values } = parseArgs({
  options: {
    sockets: { type: 'string', default: '2000' },
    big: { type: 'string', default: '12' },
    'guess-seconds': { type: 'string', default: '10' },
    'wait-idle': { type: 'string', default: '65' },
  },
});
const log = (line: string): boolean => process.stderr.write(`[bench] ${line}\n`);
const dir = mkdtempSync(join(tmpdir(), 'tablee-door-'));
mkdirSync(join(dir, 'renderer'));
writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Tablée</title>');

const host = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'sync', 'helpers', 'host-process.ts')], {
  env: { ...process.env, TABLEE_RENDERER: join(dir, 'renderer'), TABLEE_PASSWORD: 'pomme galet nuage' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [address, roomId] = await new Promise<[string, string]>((resolve) => {
  let out = '';
  host.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const m = /READY (\S+) (\S+)/.exec(out);
    if (m) resolve([m[1]!, m[2]!]);
  });
});
const rssMb = (): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${host.pid}/status`, 'utf8'))![1]) / 1024;
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function open(from: string): Promise<WebSocket | null> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${address}${HUB_PATH}`, { localAddress: from });
    ws.on('error', () => resolve(null));
    ws.on('unexpected-response', () => resolve(null));
    ws.on('open', () => resolve(ws));
  });
}

const report: Record<string, unknown> = { hostRssMbAtStart: Math.round(rssMb()) };

const count = Number(values.sockets);
log(`${count} idle sockets`);
const idle = (await Promise.all(Array.from({ length: count }, (_, i) => open(`127.0.${10 + Math.floor(i / 200)}.${(i % 200) + 1}`)))).filter((w) => w !== null);
await pause(1000);
report.idleSockets = { asked: count, accepted: idle.length, hostRssMb: Math.round(rssMb()) };
const waitIdle = Number(values['wait-idle']);
if (waitIdle > 0) {
  log(`waiting ${waitIdle} s`);
  await pause(waitIdle * 1000);
  (report.idleSockets as Record<string, unknown>)[`stillOpenAfter${waitIdle}s`] = idle.filter((w) => w.readyState === WebSocket.OPEN).length;
}
for (const w of idle) w.terminate();

const big = Number(values.big);
log(`${big} frames of 60 MB before the handshake`);
let peakMb = rssMb();
const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb())), 50);
const frame = Buffer.alloc(60 * 1024 * 1024, 7);
const closes = await Promise.all(
  Array.from({ length: big }, async (_, i) => {
    const ws = await open(`127.0.5.${i + 1}`);
    if (!ws) return 'refused';
    return new Promise<string>((resolve) => {
      ws.on('close', (code) => resolve(String(code)));
      ws.send(frame, () => {});
    });
  }),
);
await pause(1000);
clearInterval(sampler);
report.bigFramesBeforeProof = { frames: big, closeCodes: [...new Set(closes)], hostPeakRssMb: Math.round(peakMb), hostRssMbAfter: Math.round(rssMb()) };

const seconds = Number(values['guess-seconds']);
/** Guesses a second the room answers once its bucket is empty (the first GUESS_BURST go at once and are not counted). */
async function guessRate(guessers: number, addresses: number): Promise<number> {
  for (let i = 0; i < GUESS_BURST; i++) await guessOnce(address, roomId, '127.0.7.1');
  const start = Date.now();
  const stopAt = start + seconds * 1000;
  let answered = 0;
  await Promise.all(
    Array.from({ length: guessers }, async (_, i) => {
      while (Date.now() < stopAt) if ((await guessOnce(address, roomId, `127.0.6.${(i % addresses) + 1}`, stopAt)) === 'answered') answered++;
    }),
  );
  return Math.round((answered / ((Date.now() - start) / 1000)) * 10) / 10;
}
log('guesses from one client');
const oneClient = await guessRate(1, 1);
await pause(25_000); // the room's guess bucket fills again
log('guesses from 40 sockets on 10 addresses');
const manyClients = await guessRate(40, 10);
report.passwordGuessesPerSecond = { seconds, oneClient, fortySocketsTenAddresses: manyClients, note: `after the first ${GUESS_BURST}, answered at once` };

host.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exit(0);
