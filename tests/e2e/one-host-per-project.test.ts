import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitOf, spawnHost, startHost, tempDir, type RunningHost } from './harness';

/** Two HOSTs on one file would each save their whole board over the other's: the second is refused. */
describe('one HOST per project file', () => {
  const dir = tempDir();
  const hosts: RunningHost[] = [];
  afterAll(async () => {
    for (const h of hosts) await h.stop();
    dir.remove();
  });

  it('a second host command on a project already open exits with a clear error, and may open it once the first is gone', async () => {
    const project = join(dir.path, 'atelier.tablee');
    const first = await startHost({ project, dataDir: join(dir.path, 'data-a') });
    hosts.push(first);
    const second = spawnHost(['--port', '0', '--project', project, '--data-dir', join(dir.path, 'data-b')]);
    expect(await exitOf(second.proc)).not.toBe(0);
    expect(second.out.stderr).toMatch(/in-use|already open/);

    await first.stop();
    hosts.splice(0);
    const third = await startHost({ project, dataDir: join(dir.path, 'data-b') });
    hosts.push(third);
    expect(third.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});
