import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostCore } from '../../../electron/host/host-core';
import { readProject, readRegularFile } from '../../../electron/host/read-project';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

/** A named pipe with no writer: a blocking open of it waits forever. */
function fifo(dir: string): string {
  const path = join(dir, 'tube.tablee');
  execFileSync('mkfifo', [path]);
  return path;
}

describe('opening something that is not a regular file', () => {
  it.skipIf(process.platform === 'win32')('a FIFO is refused at once as not-a-file, and another project can still be opened', async () => {
    const dir = tempDir();
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: join(dir, 'a.tablee') });
    const refused = await host.api.openProject(fifo(dir));
    expect(refused.project).toBeNull();
    expect(refused.failure?.error.code).toBe('not-a-file');
    const reopened = await host.api.openProject(join(dir, 'a.tablee'));
    expect(reopened.project?.path).toBe(join(dir, 'a.tablee'));
    await host.close();
  });

  it.skipIf(!existsSync('/dev/zero'))('/dev/zero (size 0, endless) is refused without being read', async () => {
    const dir = tempDir();
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: '/dev/zero' });
    expect((await host.api.getSession()).failure?.error.code).toBe('not-a-file');
    await host.close();
  });

  it('a file over the size limit is refused as too-large, and left as it was', async () => {
    const dir = tempDir();
    const path = join(dir, 'gros.tablee');
    const bytes = `{"format":"tablee","padding":"${'x'.repeat(4000)}"}`;
    writeFileSync(path, bytes);
    const result = await readProject(path, 1000);
    expect(result.ok ? null : result.error.code).toBe('too-large');
    expect(readFileSync(path, 'utf8')).toBe(bytes);
  });

  it.skipIf(!existsSync('/proc/self/status'))('a file that says it is empty but is not (a /proc file) stops at the limit', async () => {
    const result = await readRegularFile('/proc/self/status', 100);
    expect(result.ok ? null : result.error.code).toBe('too-large');
  });
});
