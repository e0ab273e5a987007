import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProjectText } from '@shared/project-file/load';
import { decodeRoomCode, parseRoomInput } from '@shared/room/room-code';
import { readItems } from '@shared/board/doc';
import { exitOf, REPO } from '../e2e/harness';
import { useTempDir } from '../helpers/use-temp-dir';
import { startAppRoomHost } from './helpers/app-room-host';
import { nodePeer } from './helpers/node-peer';
import { until } from './helpers/room-host';

const temp = useTempDir();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('npm run host -- --room', () => {
  it('opens the room at start, prints where, and saves what participants write', async () => {
    const dir = temp();
    const project = join(dir, 'atelier.tablee');
    const { proc, out, kill } = await startAppRoomHost({ project, dataDir: join(dir, 'data'), password: 'tarte aux pommes', timeoutMs: 60_000 });
    cleanups.push(kill);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Tablée ready at http:\/\/127\.0\.0\.1:\d+\/$/);
    const m = /^Tablée room open at (http:\/\/\S+) \(code ([0-9A-Z-]+)\)$/.exec(lines[1]!);
    expect(m, lines[1]).not.toBeNull();
    const fromUrl = parseRoomInput(m![1]!)!;
    expect(decodeRoomCode(m![2]!)).toEqual(fromUrl);
    const facilitators = /^Tablée facilitators' password \(for a co-facilitator only: it gives the interviews too\): (\S.*)$/.exec(lines[2]!)?.[1];
    expect(facilitators, lines[2]).toMatch(/^\S+-\S+-\S+-\d\d$/);
    // On loopback the facilitator is told how to let others in (stderr may arrive after stdout).
    await until('the --bind hint on stderr', () => /--bind/.test(out.stderr), 10_000);

    const peer = nodePeer({ address: fromUrl.host, roomId: fromUrl.roomId }, 'Awa', 'tarte aux pommes');
    cleanups.push(() => peer.room.leave());
    await peer.room.synced();
    peer.note('écrit par une participante');
    // A second participant receiving it from the HOST proves the HOST holds it.
    const witness = nodePeer({ address: fromUrl.host, roomId: fromUrl.roomId }, 'Bastien', 'tarte aux pommes');
    cleanups.push(() => witness.room.leave());
    await witness.room.synced();
    await until('the HOST has it', () => witness.texts().includes('écrit par une participante'));
    // The printed facilitators' password opens the facilitators' door (from this machine: the facilitator's role).
    const colleague = nodePeer({ address: fromUrl.host, roomId: fromUrl.roomId }, 'Chloé', facilitators!, { door: 'facilitator' });
    cleanups.push(() => colleague.room.leave());
    await colleague.room.synced();
    expect(colleague.room.role()).toBe('facilitator');
    proc.kill('SIGTERM');
    expect(await exitOf(proc)).toBe(0);
    const saved = loadProjectText(readFileSync(project, 'utf8'));
    if (!saved.ok) throw new Error(saved.error.detail);
    expect(readItems(saved.value.doc).map((i) => ('text' in i ? i.text : ''))).toEqual(['écrit par une participante']);
  });

  // `script` gives the host command a terminal, as a facilitator's would be.
  it.skipIf(process.platform !== 'linux')('asks for the room password on a terminal, without showing it, and the room takes it as typed on a phone', async () => {
    const dir = temp();
    const command = [process.execPath, '--import', 'tsx', join(REPO, 'electron', 'host', 'cli.ts'), '--port', '0', '--data-dir', join(dir, 'data'), '--project', join(dir, 'atelier.tablee'), '--room'];
    const proc = spawn('script', ['-qec', command.map((a) => `'${a}'`).join(' '), '/dev/null'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    cleanups.push(() => void proc.kill('SIGKILL'));
    let seen = '';
    proc.stdout.on('data', (c: Buffer) => (seen += c.toString()));
    await until('the password prompt', () => /Room password \(capitals, accents and spaces do not count/.test(seen), 60_000);
    proc.stdin.write('Cerise Galet Moulin\r');
    await until('the room line', () => /Tablée room open at (\S+)/.test(seen), 60_000);
    // The terminal never showed it, and no warning: it is not on the command line.
    expect(seen).not.toMatch(/Cerise/);
    expect(seen).not.toMatch(/process list/);
    const address = parseRoomInput(/Tablée room open at (\S+)/.exec(seen)![1]!)!;
    const peer = nodePeer({ address: address.host, roomId: address.roomId }, 'Awa', 'cerise galet moulin');
    cleanups.push(() => peer.room.leave());
    await peer.room.synced();
    expect(peer.room.role()).toBe('participant');
  });
});
