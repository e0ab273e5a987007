import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostCore } from '../../../electron/host/host-core';
import { FOREIGN_STALE_MS, lockPathOf, lockProject } from '../../../electron/host/project-lock';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('one HOST per project file', () => {
  it('a project locked by a running process is refused, with who holds it', async () => {
    const project = join(tempDir(), 'a.tablee');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(lockPathOf(project), JSON.stringify({ pid: other.pid, since: '2026-12-07T10:00:00.000Z' }));
      const result = await lockProject(project);
      expect(result).toEqual({ ok: false, holder: { pid: other.pid, host: hostname(), since: '2026-12-07T10:00:00.000Z' } });
    } finally {
      other.kill();
    }
  });

  it('a lock left by a process that is gone is taken over, and released on close', async () => {
    const project = join(tempDir(), 'a.tablee');
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => gone.once('exit', r));
    writeFileSync(lockPathOf(project), JSON.stringify({ pid: gone.pid, since: '' }));
    const result = await lockProject(project);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(existsSync(lockPathOf(project))).toBe(true);
    await result.lock.release();
    expect(existsSync(lockPathOf(project))).toBe(false);
  });

  it('a lock of another machine holds while it is touched, and is taken over once it is not', async () => {
    const project = join(tempDir(), 'a.tablee');
    writeFileSync(lockPathOf(project), JSON.stringify({ pid: 4242, host: 'le-portable-de-nadia', since: '' }));
    expect(await lockProject(project)).toMatchObject({ ok: false, holder: { host: 'le-portable-de-nadia' } });
    // That machine stopped touching it (it crashed, or the USB key was pulled out).
    const old = new Date(Date.now() - FOREIGN_STALE_MS - 1000);
    utimesSync(lockPathOf(project), old, old);
    const result = await lockProject(project);
    expect(result.ok).toBe(true);
    if (result.ok) await result.lock.release();
  });

  it('a lock let go late never removes the lock that followed it', async () => {
    const project = join(tempDir(), 'a.tablee');
    const first = await lockProject(project);
    // The same HOST opens the project again: the new lock takes over the file.
    const second = await lockProject(project);
    if (!first.ok || !second.ok) throw new Error('both opens should hold the lock');
    await first.lock.release();
    expect(existsSync(lockPathOf(project))).toBe(true);
    await second.lock.release();
    expect(existsSync(lockPathOf(project))).toBe(false);
  });

  it('the HOST holds the lock of the project it has open, through a failed open and a reopen, and lets it go when it closes', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.tablee');
    const broken = join(dir, 'broken.tablee');
    writeFileSync(broken, '{ not json');
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: a });
    expect(existsSync(lockPathOf(a))).toBe(true);
    // A damaged file closes a; its lock goes with it.
    expect((await host.api.openProject(broken)).failure?.error.code).toBe('not-json');
    expect(existsSync(lockPathOf(a))).toBe(false);
    expect((await host.api.openProject(a)).project?.path).toBe(a);
    expect(JSON.parse(readFileSync(lockPathOf(a), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await host.close();
    expect(existsSync(lockPathOf(a))).toBe(false);
  });
});
