import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathOf, lockProject } from '../../../electron/host/project-lock';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('one HOST per project file', () => {
  it('a project locked by a running process is refused, with who holds it', async () => {
    const project = join(tempDir(), 'a.tablee');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(lockPathOf(project), JSON.stringify({ pid: other.pid, since: '2026-12-07T10:00:00.000Z' }));
      const result = await lockProject(project);
      expect(result).toEqual({ ok: false, holder: { pid: other.pid, since: '2026-12-07T10:00:00.000Z' } });
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
});
