import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readItems } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { readFileSync } from 'node:fs';
import { listBackups } from '../../../electron/host/backups';
import { defaultDataDir } from '../../../electron/host/data-dir';
import { createHostCore } from '../../../electron/host/host-core';
import { rendererDoc, useTempDir } from './helpers';
import { canMountSmallDisk, folderOn, mountSmallDisk, type SmallDisk } from './small-disk';

const tempDir = useTempDir();
const disks: SmallDisk[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const d of disks.splice(0)) d.unmount();
});

function smallDisk(): SmallDisk {
  const disk = mountSmallDisk(64);
  disks.push(disk);
  return disk;
}

const notesOnDisk = (path: string): string[] => {
  const loaded = loadProjectText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`${path}: ${loaded.error.code}`);
  return readItems(loaded.value.doc).flatMap((i) => (i.kind === 'note' ? [i.text] : []));
};

/** A project on the healthy disk with one note, written by a first HOST that had a healthy data folder. */
async function projectWithANote(dir: string, name = 'atelier.tablee'): Promise<string> {
  const path = join(dir, name);
  const host = await createHostCore({ dataDir: join(dir, 'first-data'), host: 'browser', projectPath: path });
  const r = rendererDoc((await host.api.getSession()).project!.state);
  r.addNote(`dans ${name}`);
  await host.api.pushUpdate(r.updates[0]!);
  await host.close();
  return path;
}

async function pushNote(host: Awaited<ReturnType<typeof createHostCore>>, text: string): Promise<void> {
  const r = rendererDoc((await host.api.getSession()).project!.state);
  r.addNote(text);
  for (const u of r.updates) await host.api.pushUpdate(u);
}

// Needs permission to mount a small tmpfs (root on Linux) to make the data folder really full or read-only.
describe.skipIf(!canMountSmallDisk)('a full or read-only data folder never stops the project', () => {
  it.each([
    ['full', 'disk-full', (d: SmallDisk) => d.fill()],
    ['read-only', 'read-only', (d: SmallDisk) => d.readOnly()],
  ] as const)('the HOST starts on a project when the data folder is %s, says so, and saves', async (_, code, breakDisk) => {
    const dir = tempDir();
    const path = await projectWithANote(dir);
    const disk = smallDisk();
    const dataDir = folderOn(disk, 'data');
    breakDisk(disk);
    const host = await createHostCore({ dataDir, host: 'browser', projectPath: path });
    const session = await host.api.getSession();
    expect(session.project?.path).toBe(path);
    expect(session.project?.saveStatus.backupError?.code, session.project?.saveStatus.backupError?.detail).toBe(code);
    await pushNote(host, 'malgré tout');
    expect((await host.api.flush()).state).toBe('saved');
    expect(notesOnDisk(path)).toEqual(['dans atelier.tablee', 'malgré tout']);
    await host.close();
  });

  it('when the 10-minute backup is due on a full data folder, the project still saves, and the backup is taken once there is room', async () => {
    const dir = tempDir();
    const path = await projectWithANote(dir);
    const disk = smallDisk();
    const dataDir = folderOn(disk, 'data');
    vi.useFakeTimers({ toFake: ['Date'] });
    const host = await createHostCore({ dataDir, host: 'browser', projectPath: path });
    expect(await listBackups(dataDir, path)).toHaveLength(1);

    disk.fill();
    vi.setSystemTime(Date.now() + 11 * 60 * 1000);
    await pushNote(host, 'après dix minutes');
    const status = await host.api.flush();
    expect(status).toMatchObject({ state: 'saved', error: null, backupError: { code: 'disk-full' } });
    expect(notesOnDisk(path)).toContain('après dix minutes');

    disk.free();
    vi.setSystemTime(Date.now() + 2 * 60 * 1000);
    await pushNote(host, 'de la place');
    expect(await host.api.flush()).toMatchObject({ state: 'saved', backupError: null });
    expect(await listBackups(dataDir, path)).toHaveLength(2);
    await host.close();
  });

  it('opening another project with a full data folder opens it, never leaving none open', async () => {
    const dir = tempDir();
    const a = await projectWithANote(dir, 'a.tablee');
    const b = await projectWithANote(dir, 'b.tablee');
    const disk = smallDisk();
    const dataDir = folderOn(disk, 'data');
    const host = await createHostCore({ dataDir, host: 'browser', projectPath: a });
    disk.fill();
    const opened = await host.api.openProject(b);
    expect(opened.project?.path).toBe(b);
    await pushNote(host, 'dans b, disque de données plein');
    expect((await host.api.flush()).state).toBe('saved');
    expect(notesOnDisk(b)).toContain('dans b, disque de données plein');
    await host.close();
  });

  it('without a project, a read-only data folder is a clear failure, not a crash', async () => {
    const disk = smallDisk();
    const dataDir = folderOn(disk, 'data');
    disk.readOnly();
    const host = await createHostCore({ dataDir, host: 'browser' });
    const session = await host.api.getSession();
    expect(session.project).toBeNull();
    // Its own code, worded as what it is (not "the file cannot be read").
    expect(session.failure?.error.code).toBe('data-folder-unwritable');
    await host.close();
  });
});

describe('the data folder on Linux', () => {
  it.each([[''], ['relatif/config']])('ignores XDG_CONFIG_HOME=%j (not absolute), as the XDG rules say', (value) => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: value }, 'linux')).toBe(join(homedir(), '.config', 'Tablée'));
  });

  it('uses an absolute XDG_CONFIG_HOME', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/config' }, 'linux')).toBe(join('/srv/config', 'Tablée'));
  });
});
