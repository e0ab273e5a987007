import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { isAbsolute, join, relative as relativePath } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { DEFAULT_PORT } from '../../electron/host/cli-args';
import { isAlive } from '../../electron/host/process-alive';
import { loadProjectText } from '@shared/project-file/load';
import { canMountSmallDisk, folderOn, mountSmallDisk } from '../unit/host/small-disk';
import { useTempDir } from '../helpers/use-temp-dir';
import { exitOf, REPO, spawnHost, startHost } from './harness';

const temp = useTempDir();

/** Every process under `pid`, children first found first. */
function descendants(pid: number): number[] {
  let children: number[];
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    children = []; // ps exits 1 when there is none
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

describe('host command', () => {
  it('prints exactly one ready line, serves the app, and exits 0 on SIGTERM with the save flushed', async () => {
    const dir = temp();
    const host = await startHost({ dataDir: join(dir, 'data') });
    expect(host.stdout()).toMatch(/^Tablée ready at http:\/\/127\.0\.0\.1:\d+\/\n$/);
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');
    expect(await host.stop()).toBe(0);
    // Without --project: the sample residency, copied into the data folder.
    const sample = loadProjectText(readFileSync(join(dir, 'data', 'projects', 'residence-exemple.tablee'), 'utf8'));
    expect(sample.ok).toBe(true);
  });

  it('exits 0 on SIGINT too', async () => {
    const dir = temp();
    const host = await startHost({ dataDir: join(dir, 'data'), project: join(dir, 'new.tablee') });
    host.proc.kill('SIGINT');
    expect(await exitOf(host.proc)).toBe(0);
    expect(loadProjectText(readFileSync(join(dir, 'new.tablee'), 'utf8')).ok).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('keeps serving through a SIGHUP when it does not read from a terminal (as under nohup), and still stops on SIGTERM', async () => {
    const dir = temp();
    const host = await startHost({ dataDir: join(dir, 'data'), project: join(dir, 'nohup.tablee') });
    // The harness gives it no terminal on stdin, as nohup does: the hangup is not the end of its terminal.
    host.proc.kill('SIGHUP');
    // Time for a stop under way to close the server, had the hangup started one.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(host.proc.exitCode).toBeNull();
    expect((await fetch(host.url)).status).toBe(200);
    expect(await host.stop()).toBe(0);
  });

  it.skipIf(process.platform === 'win32')('SIGTERM to `npm run host` stops the HOST under it too, with the save flushed: no process is left', async () => {
    const dir = temp();
    const project = join(dir, 'npm.tablee');
    const npm = spawn('npm', ['run', '--silent', 'host', '--', '--port', '0', '--data-dir', join(dir, 'data'), '--project', project], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    npm.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    onTestFinished(() => void npm.kill('SIGKILL'));
    await expect.poll(() => stdout, { timeout: 60_000 }).toMatch(/Tablée ready at/);
    const tree = descendants(npm.pid!);
    expect(tree.length).toBeGreaterThan(0);
    onTestFinished(() => tree.forEach((pid) => isAlive(pid) && process.kill(pid, 'SIGKILL')));

    npm.kill('SIGTERM');
    await expect.poll(() => tree.filter(isAlive), { timeout: 20_000 }).toEqual([]);
    expect(loadProjectText(readFileSync(project, 'utf8')).ok).toBe(true);
  });

  it('opens a --project given relative to the folder the command runs in, and the page gets its absolute path', async () => {
    const dir = temp();
    // The host command runs in the repository: this path climbs from there to the temporary folder.
    const relative = relativePath(REPO, join(dir, 'relatif.tablee'));
    expect(isAbsolute(relative)).toBe(false);
    const host = await startHost({ dataDir: join(dir, 'data'), project: relative });
    const ws = new WebSocket(host.url.replace('http', 'ws') + 'api');
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const answer = new Promise<{ result?: { project?: { path?: string } } }>((resolve) =>
      ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        // Events (save status…) may come first: wait for the answer to this call.
        const message = JSON.parse(data.toString()) as { id?: number };
        if (message.id === 1) resolve(message as never);
      }),
    );
    ws.send(JSON.stringify({ id: 1, method: 'getSession', args: [] }));
    expect((await answer).result?.project?.path).toBe(join(dir, 'relatif.tablee'));
    ws.close();
    expect(await host.stop()).toBe(0);
    expect(loadProjectText(readFileSync(join(dir, 'relatif.tablee'), 'utf8')).ok).toBe(true);
  });

  it('under npm run host, takes a relative --project from the folder the command was typed in (npm gives it as INIT_CWD)', async () => {
    const dir = temp();
    // Where the file would land if INIT_CWD were ignored: never left behind.
    onTestFinished(() => rmSync(join(REPO, 'atelier.tablee'), { force: true }));
    const { proc, out } = spawnHost(['--port', '0', '--data-dir', join(dir, 'data'), '--project', 'atelier.tablee'], { INIT_CWD: dir });
    await expect.poll(() => out.stdout, { timeout: 60_000 }).toMatch(/Tablée ready at/);
    proc.kill('SIGTERM');
    expect(await exitOf(proc)).toBe(0);
    expect(existsSync(join(REPO, 'atelier.tablee'))).toBe(false);
    expect(loadProjectText(readFileSync(join(dir, 'atelier.tablee'), 'utf8')).ok).toBe(true);
  });

  it.each([
    [['--port', 'abc'], /--port/],
    [['--bind', 'nowhere'], /--bind/],
    [['--frobnicate'], /frobnicate/],
  ])('refuses %j with a clear message and a non-zero exit', async (args, message) => {
    const { proc, out } = spawnHost(args);
    expect(await exitOf(proc)).not.toBe(0);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });

  it('on a corrupt project, says which file and why, leaves its bytes unchanged, and stays up to serve the failure screen', async () => {
    const dir = temp();
    const path = join(dir, 'abîmé.tablee');
    const bytes = '{"format":"tablee","formatVersion":1,"schemaVersion":2,"yjsSta';
    writeFileSync(path, bytes);
    const mtime = statSync(path).mtimeMs;
    const host = await startHost({ project: path, dataDir: join(dir, 'data') });
    expect(host.stderr()).toContain(path);
    expect(host.stderr()).toMatch(/not-json/);
    expect(host.stderr()).toMatch(/left untouched/);
    // No backup of a file this data folder never saw: the page offers other ways forward.
    expect(host.stderr()).toMatch(/no backup of it opens/);
    expect((await fetch(host.url)).status).toBe(200);
    expect(await host.stop()).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(bytes);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it.skipIf(process.platform === 'win32')('takes a FIFO or a device as not-a-file instead of waiting on it forever', async () => {
    const dir = temp();
    const pipe = join(dir, 'tube.tablee');
    execFileSync('mkfifo', [pipe]);
    for (const path of [pipe, '/dev/zero']) {
      const host = await startHost({ project: path, dataDir: join(dir, 'data') });
      expect(host.stderr()).toContain(path);
      expect(host.stderr()).toMatch(/not-a-file/);
      expect(await host.stop()).toBe(0);
    }
  });

  // Needs permission to mount a small tmpfs (root on Linux) to make the data folder really read-only.
  it.skipIf(!canMountSmallDisk)('starts on a project when the data folder is read-only, and says that backups are off', async () => {
    const dir = temp();
    const disk = mountSmallDisk(64);
    onTestFinished(() => disk.unmount());
    const dataDir = folderOn(disk, 'data');
    disk.readOnly();
    copyFileSync(join(REPO, 'resources', 'sample', 'residence-exemple.tablee'), join(dir, 'atelier.tablee'));
    const host = await startHost({ dataDir, project: join(dir, 'atelier.tablee') });
    await expect.poll(() => host.stderr()).toMatch(/no backup could be made in .*data.*the project still saves/);
    expect(await host.stop()).toBe(0);
    expect(loadProjectText(readFileSync(join(dir, 'atelier.tablee'), 'utf8')).ok).toBe(true);
  });

  it('without --port, takes another free port when the default one is busy; an explicit busy --port is a clear error', async () => {
    const dir = temp();
    // Hold the default port (unless something else already does: it is busy either way).
    const blocker = createServer();
    await new Promise<void>((done) => blocker.once('error', () => done()).listen(DEFAULT_PORT, '127.0.0.1', () => done()));
    onTestFinished(() => void blocker.close());

    const { proc, out } = spawnHost(['--data-dir', join(dir, 'data'), '--project', join(dir, 'a.tablee')]);
    await expect.poll(() => out.stdout, { timeout: 60_000 }).toMatch(/Tablée ready at http:\/\/127\.0\.0\.1:\d+\/\n/);
    const url = /ready at (\S+)/.exec(out.stdout)![1]!;
    expect(url).not.toContain(`:${DEFAULT_PORT}/`);
    expect((await fetch(url)).status).toBe(200);
    proc.kill('SIGTERM');
    expect(await exitOf(proc)).toBe(0);

    const explicit = spawnHost(['--port', String(DEFAULT_PORT), '--data-dir', join(dir, 'data'), '--project', join(dir, 'a.tablee')]);
    expect(await exitOf(explicit.proc)).toBe(1);
    expect(explicit.out.stderr).toMatch(new RegExp(`port ${DEFAULT_PORT} is already in use`));
  });

  it('takes a project path that is a folder as is-directory, and writes nothing there', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'folder.tablee'));
    const host = await startHost({ project: join(dir, 'folder.tablee'), dataDir: join(dir, 'data') });
    expect(host.stderr()).toMatch(/is-directory/);
    expect(await host.stop()).toBe(0);
    expect(readdirSync(join(dir, 'folder.tablee'))).toEqual([]);
  });
});
