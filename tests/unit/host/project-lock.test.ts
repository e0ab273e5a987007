import { spawn } from 'node:child_process';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
      expect(result).toMatchObject({ ok: false, holder: { pid: other.pid, since: '2026-12-07T10:00:00.000Z' } });
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
});
