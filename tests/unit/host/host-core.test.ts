import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readItems } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { BACKUPS_KEPT, takeBackup, listBackups } from '../../../electron/host/backups';
import { createHostCore, sampleCopyPath } from '../../../electron/host/host-core';
import { hostWithRenderer, rendererDoc, useTempDir } from './helpers';

const tempDir = useTempDir();

const textsOnDisk = (path: string): string[] => {
  const loaded = loadProjectText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`${path}: ${loaded.error.code}`);
  return readItems(loaded.value.doc).flatMap((i) => (i.kind === 'note' ? [i.text] : []));
};

describe('HOST project store', () => {
  it('on first run copies the sample residency into the data folder and opens it', async () => {
    const dataDir = tempDir();
    const host = await createHostCore({ dataDir, host: 'browser' });
    const session = await host.api.getSession();
    expect(session.failure).toBeNull();
    expect(session.project?.path).toBe(sampleCopyPath(dataDir));
    expect(session.project?.title).toMatch(/Résidence/);
    expect(existsSync(sampleCopyPath(dataDir))).toBe(true);
    await host.close();
  });

  it('a --project path that does not exist yet becomes a new, empty project on disk, folders included', async () => {
    const dir = tempDir();
    const path = join(dir, 'résidences', '2026', 'atelier.tablee');
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: path });
    const session = await host.api.getSession();
    expect(session.project?.path).toBe(path);
    expect(textsOnDisk(path)).toEqual([]);
    await host.close();
  });

  it('saves what the renderer pushed, and a reopened host finds it', async () => {
    const dir = tempDir();
    const path = join(dir, 'atelier.tablee');
    const { host, renderer } = await hostWithRenderer(dir, path);
    renderer.addNote('« On ne sait pas qui fait quoi. »');
    for (const u of renderer.updates) await host.api.pushUpdate(u);
    const status = await host.api.flush();
    expect(status).toMatchObject({ state: 'saved', savedSeq: status.receivedSeq, error: null });
    expect(textsOnDisk(path)).toEqual(['« On ne sait pas qui fait quoi. »']);
    await host.close();

    const { host: again, renderer: reloaded } = await hostWithRenderer(dir, path);
    expect(readItems(reloaded.doc).map((i) => (i.kind === 'note' ? i.text : ''))).toEqual(['« On ne sait pas qui fait quoi. »']);
    await again.close();
  });

  it('autosaves within a second without being asked', async () => {
    const dir = tempDir();
    const path = join(dir, 'atelier.tablee');
    const { host, renderer } = await hostWithRenderer(dir, path);
    const statuses: string[] = [];
    host.onEvent((e) => e.type === 'save-status' && statuses.push(e.status.state));
    renderer.addNote('autosave');
    await host.api.pushUpdate(renderer.updates[0]!);
    await new Promise((r) => setTimeout(r, 1200));
    expect(textsOnDisk(path)).toEqual(['autosave']);
    expect(statuses.at(-1)).toBe('saved');
    expect(statuses).toContain('saving');
    await host.close();
  });

  it('refuses an edit meant for another project, so it never lands in the wrong file', async () => {
    const dir = tempDir();
    const { host, renderer: r } = await hostWithRenderer(dir, join(dir, 'a.tablee'));
    r.addNote('pour a');
    await host.api.createProject(join(dir, 'b.tablee'), 'B');
    await expect(host.api.pushUpdate(r.updates[0]!, join(dir, 'a.tablee'))).rejects.toThrow(/belongs to/);
    await host.api.pushUpdate(r.updates[0]!, join(dir, 'b.tablee'));
    expect(textsOnDisk(join(dir, 'a.tablee'))).toEqual([]);
    await host.close();
  });

  it('refuses updates that are not Yjs updates, and keeps serving', async () => {
    const dir = tempDir();
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: join(dir, 'p.tablee') });
    await expect(host.api.pushUpdate(btoa('garbage garbage garbage'))).rejects.toThrow(/not a board update/);
    expect((await host.api.flush()).state).toBe('saved');
    await host.close();
  });

  it.each([
    ['empty', ''],
    ['not-json', '{"format":"tablee","formatVer'],
    ['not-tablee', '{"hello":"world"}'],
    ['format-too-new', '{"format":"tablee","formatVersion":7,"schemaVersion":1}'],
  ])('a %s file is reported, never overwritten, and the newest good backup is offered', async (code, bytes) => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const path = join(dir, 'residence.tablee');
    // A good version of the file, backed up when it was opened.
    const first = await createHostCore({ dataDir, host: 'browser', projectPath: path });
    const r = rendererDoc((await first.api.getSession()).project!.state);
    r.addNote('avant la panne');
    await first.api.pushUpdate(r.updates[0]!);
    await first.api.flush();
    await first.close();
    await takeBackup(dataDir, path);
    writeFileSync(path, bytes);
    const before = statSync(path).mtimeMs;

    const host = await createHostCore({ dataDir, host: 'browser', projectPath: path });
    const session = await host.api.getSession();
    expect(session.project).toBeNull();
    expect(session.failure).toMatchObject({ path, error: { code } });
    expect(session.failure?.backup?.path).toBeTruthy();
    await host.close();
    expect(readFileSync(path, 'utf8')).toBe(bytes);
    expect(statSync(path).mtimeMs).toBe(before);

    // Restoring opens a copy beside the original; the broken file stays as it was.
    const again = await createHostCore({ dataDir, host: 'browser', projectPath: path });
    const restored = await again.api.restoreBackup(session.failure!.backup!.path);
    expect(restored.project?.path).not.toBe(path);
    expect(restored.project?.path).toMatch(/residence \(restored .*\)\.tablee$/);
    expect(textsOnDisk(restored.project!.path)).toEqual(['avant la panne']);
    expect(readFileSync(path, 'utf8')).toBe(bytes);
    await again.close();
  });

  it('a file that is not UTF-8 text is refused, and left as it was', async () => {
    const dir = tempDir();
    const path = join(dir, 'latin1.tablee');
    const bytes = Buffer.from('{"format":"tablee","title":"R\xe9sidence"}', 'latin1');
    writeFileSync(path, bytes);
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: path });
    const failure = (await host.api.getSession()).failure;
    expect(failure?.error).toMatchObject({ code: 'not-json', detail: expect.stringMatching(/UTF-8/) });
    await host.close();
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('a project path that is a folder is a clear failure', async () => {
    const dir = tempDir();
    const folder = join(dir, 'not-a-file.tablee');
    mkdirSync(folder);
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: folder });
    expect((await host.api.getSession()).failure?.error.code).toBe('is-directory');
    await host.close();
  });

  it('only restores backups of the current project', async () => {
    const dir = tempDir();
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: join(dir, 'a.tablee') });
    writeFileSync(join(dir, 'evil.tablee'), '{}');
    await expect(host.api.restoreBackup(join(dir, 'evil.tablee'))).rejects.toThrow(/not a backup/);
    await expect(host.api.restoreBackup(join(dir, 'data', 'backups', '..', '..', 'evil.tablee'))).rejects.toThrow(/not a backup/);
    await host.close();
  });

  it('new, save as and recent projects', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const host = await createHostCore({ dataDir, host: 'browser', projectPath: join(dir, 'a.tablee') });
    await expect(host.api.createProject(join(dir, 'a.tablee'), 'Doublon')).rejects.toThrow(/already exists/);
    const created = await host.api.createProject(join(dir, 'b'), 'Atelier du 12');
    expect(created.project).toMatchObject({ path: join(dir, 'b.tablee'), title: 'Atelier du 12' });
    const r = rendererDoc(created.project!.state);
    r.addNote('note de b');
    await host.api.pushUpdate(r.updates[0]!);
    const saved = await host.api.saveProjectAs(join(dir, 'c.tablee'));
    expect(saved.project?.path).toBe(join(dir, 'c.tablee'));
    expect(textsOnDisk(join(dir, 'c.tablee'))).toEqual(['note de b']);
    expect((await host.api.listRecent()).map((p) => p.path)).toEqual([join(dir, 'c.tablee'), join(dir, 'b.tablee'), join(dir, 'a.tablee')]);
    await host.close();
  });
});

describe('backups', () => {
  it('are timestamped, listed newest first, and rotate beyond the limit', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.tablee');
    writeFileSync(path, 'v0');
    const start = Date.parse('2026-11-01T10:00:00.000Z');
    for (let i = 0; i < BACKUPS_KEPT + 5; i++) {
      writeFileSync(path, `v${i}`);
      await takeBackup(join(dir, 'data'), path, new Date(start + i * 60_000));
    }
    const list = await listBackups(join(dir, 'data'), path);
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]!.takenAt).toBe(new Date(start + (BACKUPS_KEPT + 4) * 60_000).toISOString());
    expect(readFileSync(list[0]!.path, 'utf8')).toBe(`v${BACKUPS_KEPT + 4}`);
    expect(readFileSync(list.at(-1)!.path, 'utf8')).toBe('v5');
    expect(readdirSync(join(list[0]!.path, '..')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
