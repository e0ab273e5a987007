import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder, takeBackup } from '../../../electron/host/backups';
import { createHostCore } from '../../../electron/host/host-core';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample', 'residence-exemple.tablee');

/** The pid of a process that has already exited: the writer of a temp file killed mid-save. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid;

describe('temp files left by a save that was killed', () => {
  it('are removed beside the project when it opens; nothing else is', async () => {
    const dir = tempDir();
    const path = join(dir, 'atelier.tablee');
    copyFileSync(SAMPLE, path);
    const dead = deadPid();
    const stale = [`.atelier.tablee.${dead}.0a1b2c3d.tmp`, `.atelier.tablee.${dead}.ffffffff.tmp`];
    // A live writer's temp file (this process: a save in progress), and names that are not ours.
    const kept = [`.atelier.tablee.${process.pid}.12345678.tmp`, `.autre.tablee.${dead}.0a1b2c3d.tmp`, '.atelier.tablee.notes.tmp', 'atelier.tablee.tmp', 'brouillon.tmp'];
    for (const name of [...stale, ...kept]) writeFileSync(join(dir, name), 'x'.repeat(1000));

    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: path });
    expect((await host.api.getSession()).project?.path).toBe(path);
    await host.close();
    expect(readdirSync(dir).sort()).toEqual(['atelier.tablee', 'data', ...kept].sort());
  });

  it('an hour-old temp file is stale even when its pid now belongs to a live process', async () => {
    const dir = tempDir();
    const path = join(dir, 'atelier.tablee');
    copyFileSync(SAMPLE, path);
    const old = join(dir, `.atelier.tablee.${process.pid}.0a1b2c3d.tmp`);
    writeFileSync(old, 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: path });
    await host.close();
    expect(readdirSync(dir).sort()).toEqual(['atelier.tablee', 'data']);
  });

  it('are removed from the backup folder at the next backup', async () => {
    const dir = tempDir();
    const path = join(dir, 'atelier.tablee');
    copyFileSync(SAMPLE, path);
    const dataDir = join(dir, 'data');
    const first = await takeBackup(dataDir, path);
    const folder = backupFolder(dataDir, path);
    writeFileSync(join(folder, `.2026-11-21T23-40-05.123Z.tablee.${deadPid()}.0a1b2c3d.tmp`), 'x');
    const second = await takeBackup(dataDir, path, new Date(Date.now() + 1000));
    expect(readdirSync(folder).sort()).toEqual([first, second].map((p) => p!.slice(folder.length + 1)).sort());
  });
});
