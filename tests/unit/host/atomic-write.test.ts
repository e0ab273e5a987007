import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/host/atomic-write';
import { hostWithRenderer, mountTinyDisk, useTempDir } from './helpers';

const tempDir = useTempDir();

describe('atomic write', () => {
  afterEach(() => vi.restoreAllMocks());

  it('replaces the file and leaves no temp file behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.tablee');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['p.tablee']);
  });

  it('fsyncs the data before the rename, and the folder after it', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.tablee');
    const events: string[] = [];
    const realOpen = fsp.open;
    const probe = await realOpen(path, 'w');
    const FileHandle = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    const realSync = FileHandle.sync;
    vi.spyOn(FileHandle, 'sync').mockImplementation(async function (this: unknown) {
      events.push('sync');
      return realSync.call(this);
    });
    const realRename = fsp.rename;
    const renameSpy = vi.spyOn(fsp, 'rename');
    renameSpy.mockImplementation(async (a, b) => {
      events.push('rename');
      return realRename(a, b);
    });
    await writeFileAtomic(path, 'data');
    expect(events).toEqual(['sync', 'rename', 'sync']);
  });

  it('a failed write leaves the previous file intact', async () => {
    const dir = tempDir();
    const path = join(dir, 'sub', 'p.tablee');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(path, 'précieux');
    vi.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('EIO'), { code: 'EIO' }));
    await expect(writeFileAtomic(path, 'nouveau')).rejects.toThrow('EIO');
    expect(readFileSync(path, 'utf8')).toBe('précieux');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['p.tablee']);
  });
});


describe('read-only folder', () => {
  it('reports read-only, keeps the last good file, and saves once the folder is writable again', async (ctx) => {
    const dir = tempDir();
    const { disk, readOnly, unmount } = mountTinyDisk(ctx, dir, '512k');
    try {
      const path = join(disk, 'atelier.tablee');
      const { host, renderer: r } = await hostWithRenderer(dir, path);
      r.addNote('avant');
      await host.api.pushUpdate(r.updates[0]!);
      expect((await host.api.flush()).state).toBe('saved');
      const good = readFileSync(path, 'utf8');

      // As root, permissions do not stop a write: a read-only mount does.
      readOnly(true);
      r.addNote('pendant');
      await host.api.pushUpdate(r.updates[1]!);
      const failed = await host.api.flush();
      expect(failed.error?.code).toBe('read-only');
      expect(readFileSync(path, 'utf8')).toBe(good);

      readOnly(false);
      expect((await host.api.flush()).state).toBe('saved');
      expect(readFileSync(path, 'utf8')).toContain('pendant');
      await host.close();
    } finally {
      unmount();
    }
  });
});

describe('full disk', () => {
  it('reports disk-full, keeps the last good file, and saves once space is freed', async (ctx) => {
    const dir = tempDir();
    const { disk, unmount } = mountTinyDisk(ctx, dir, '512k');
    try {
      const path = join(disk, 'atelier.tablee');
      const { host, renderer: r } = await hostWithRenderer(dir, path);
      r.addNote('première note');
      await host.api.pushUpdate(r.updates[0]!);
      expect((await host.api.flush()).state).toBe('saved');
      const good = readFileSync(path, 'utf8');

      // Fill the disk, then make an edit that needs room.
      const filler = join(disk, 'filler.bin');
      try {
        writeFileSync(filler, Buffer.alloc(1024 * 1024));
      } catch {
        // ENOSPC is the point: the filler takes what room there was.
      }
      for (let i = 0; i < 10; i++) r.addNote('x'.repeat(10_000));
      for (const u of r.updates.slice(1)) await host.api.pushUpdate(u);
      const failed = await host.api.flush();
      expect(failed.state).toBe('error');
      expect(failed.error?.code).toBe('disk-full');
      expect(readFileSync(path, 'utf8')).toBe(good);
      expect(readdirSync(disk).filter((n) => n.endsWith('.tmp'))).toEqual([]);

      await fsp.rm(filler);
      const saved = await host.api.flush();
      expect(saved.state).toBe('saved');
      expect(readFileSync(path, 'utf8')).not.toBe(good);
      await host.close();
    } finally {
      unmount();
    }
  });
});
