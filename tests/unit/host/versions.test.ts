import { readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { base64ToBytes } from '@shared/base64';
import { LOCAL_ORIGIN, readItems } from '@shared/board/doc';
import { writeAgenda, writeCurrentStep } from '@shared/day/day-agenda';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { backupFolder } from '../../../electron/host/backups';
import { createHostCore } from '../../../electron/host/host-core';
import type { HostCore } from '../../../electron/host/host-core-types';
import { AUTO_VERSIONS_KEPT, saveVersion, VERSION_EXTENSION, versionFolder } from '../../../electron/host/versions';
import { hostWithRenderer, rendererDoc, useTempDir } from './helpers';
import { canMountSmallDisk, folderOn, mountSmallDisk, type SmallDisk } from './small-disk';

const tempDir = useTempDir();
const hosts: HostCore[] = [];
const disks: SmallDisk[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  for (const d of disks.splice(0)) d.unmount();
});

async function open(dir: string): Promise<Awaited<ReturnType<typeof hostWithRenderer>>> {
  const opened = await hostWithRenderer(dir, join(dir, 'atelier.tablee'));
  hosts.push(opened.host);
  return opened;
}

async function addNote(host: HostCore, renderer: ReturnType<typeof rendererDoc>, text: string): Promise<void> {
  renderer.updates.length = 0;
  renderer.addNote(text);
  for (const u of renderer.updates) await host.api.pushUpdate(u);
}

const notesOf = (update: string): string[] => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base64ToBytes(update));
  return readItems(doc).flatMap((i) => (i.kind === 'note' ? [i.text] : []));
};

describe('versions of the open project (HOST)', () => {
  it('saves named versions, lists them newest first with name, date and author, and reads each back as it was', async () => {
    const dir = tempDir();
    const { host, renderer } = await open(dir);
    await addNote(host, renderer, 'mur après immersion');
    const first = await host.api.saveVersion({ name: 'Après l’immersion', by: 'Camille' });
    await addNote(host, renderer, 'thème de la veille');
    const second = await host.api.saveVersion({ name: 'Veille de l’atelier', by: 'Noé', auto: false });

    const list = await host.api.listVersions();
    expect(list.map((v) => [v.name, v.by, v.auto, v.status])).toEqual([
      ['Veille de l’atelier', 'Noé', false, 'ok'],
      ['Après l’immersion', 'Camille', false, 'ok'],
    ]);
    expect(Date.parse(list[0]!.at)).toBeGreaterThanOrEqual(Date.parse(list[1]!.at));
    expect(list[0]!.bytes).toBeGreaterThan(0);

    const old = await host.api.readVersion(first.id);
    expect(old.schema).toBe(SCHEMA_VERSION);
    expect(notesOf(old.update)).toEqual(['mur après immersion']);
    expect(notesOf((await host.api.readVersion(second.id)).update).sort()).toEqual(['mur après immersion', 'thème de la veille']);
    // Beside the backups, in the data folder: the project's own folder holds only the project.
    expect(readdirSync(dir).filter((n) => n.endsWith(VERSION_EXTENSION))).toEqual([]);
    expect(readdirSync(versionFolder(join(dir, 'data'), join(dir, 'atelier.tablee')))).toHaveLength(2);
  });

  it('refuses an unknown version id', async () => {
    const { host } = await open(tempDir());
    await expect(host.api.readVersion('2026-01-01T00-00-00.000Z-000000')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('thins old automatic versions and keeps every named one', async () => {
    const dir = tempDir();
    const { host } = await open(dir);
    const dataDir = join(dir, 'data');
    const project = join(dir, 'atelier.tablee');
    const doc = rendererDoc((await host.api.getSession()).project!.state).doc;
    const base = Date.parse('2026-12-01T09:00:00Z');
    const at = (i: number): Date => new Date(base + i * 60_000);
    await saveVersion(dataDir, project, { doc, title: 't', appName: 'Tablée', name: 'Avant tout', by: 'Camille', auto: false, now: at(0) });
    for (let i = 1; i <= AUTO_VERSIONS_KEPT + 10; i++) {
      await saveVersion(dataDir, project, { doc, title: 't', appName: 'Tablée', name: `Étape ${i}`, by: '', auto: true, now: at(i) });
    }
    const list = await host.api.listVersions();
    const autos = list.filter((v) => v.auto);
    expect(autos).toHaveLength(AUTO_VERSIONS_KEPT);
    expect(autos[0]!.name).toBe(`Étape ${AUTO_VERSIONS_KEPT + 10}`);
    expect(autos.at(-1)!.name).toBe('Étape 11');
    expect(list.filter((v) => !v.auto).map((v) => v.name)).toEqual(['Avant tout']);
  });

  it('lists a thousand versions, newest first, from their headers', async () => {
    const dir = tempDir();
    const { host } = await open(dir);
    const saved = await host.api.saveVersion({ name: 'modèle', by: '' });
    const folder = versionFolder(join(dir, 'data'), join(dir, 'atelier.tablee'));
    const source = join(folder, saved.id + VERSION_EXTENSION);
    for (let i = 0; i < 999; i++) copyFileSync(source, join(folder, `2000-01-01T00-00-00.000Z-${String(i).padStart(6, '0')}${VERSION_EXTENSION}`));
    const list = await host.api.listVersions();
    expect(list).toHaveLength(1000);
    expect(list[0]!.id).toBe(saved.id);
    expect(list[1]!.id).toBe('2000-01-01T00-00-00.000Z-000998');
    expect(list.every((v) => v.status === 'ok')).toBe(true);
  });

  it('lists a damaged version and one from a newer Tablée with why, and never opens them', async () => {
    const dir = tempDir();
    const { host } = await open(dir);
    const good = await host.api.saveVersion({ name: 'Bonne', by: '' });
    const folder = versionFolder(join(dir, 'data'), join(dir, 'atelier.tablee'));
    const bytes = readFileSync(join(folder, good.id + VERSION_EXTENSION));
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as Record<string, unknown>;
    const body = bytes.subarray(bytes.indexOf(0x0a) + 1);
    const file = (name: string): string => join(folder, `2026-01-0${name}${VERSION_EXTENSION}`);
    writeFileSync(file('1-cut'), bytes.subarray(0, bytes.length - 100));
    writeFileSync(file('2-garbage'), 'pas une version');
    writeFileSync(file('3-newer'), Buffer.concat([Buffer.from(JSON.stringify({ ...header, name: 'Du futur', schemaVersion: SCHEMA_VERSION + 1 }) + '\n'), body]));
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 10] = flipped[flipped.length - 10]! ^ 1;
    writeFileSync(file('4-flipped'), flipped);

    const byId = new Map((await host.api.listVersions()).map((v) => [v.id, v]));
    expect(byId.get('2026-01-01-cut')).toMatchObject({ status: 'damaged', name: 'Bonne' });
    expect(byId.get('2026-01-01-cut')!.problem).toMatch(/cut short/);
    expect(byId.get('2026-01-02-garbage')).toMatchObject({ status: 'damaged', problem: 'no header line' });
    expect(byId.get('2026-01-03-newer')).toMatchObject({ status: 'newer', name: 'Du futur' });
    expect(byId.get('2026-01-03-newer')!.problem).toMatch(/board schema/);
    // A flipped byte keeps its size: only reading it finds out.
    expect(byId.get('2026-01-04-flipped')!.status).toBe('ok');

    await expect(host.api.readVersion('2026-01-01-cut')).rejects.toMatchObject({ code: 'version-damaged' });
    await expect(host.api.readVersion('2026-01-02-garbage')).rejects.toMatchObject({ code: 'version-damaged' });
    await expect(host.api.readVersion('2026-01-03-newer')).rejects.toMatchObject({ code: 'version-newer' });
    await expect(host.api.readVersion('2026-01-04-flipped')).rejects.toMatchObject({ code: 'version-damaged' });
    // Thinning never removes what a person should judge.
    await host.api.saveVersion({ name: 'auto', by: '', auto: true });
    expect((await host.api.listVersions()).filter((v) => v.status !== 'ok')).toHaveLength(3);
  });

  // Needs permission to mount a small tmpfs (root on Linux) to make the data folder really full.
  it.skipIf(!canMountSmallDisk)('a full data folder: the version says it failed, the project keeps saving', async () => {
    const dir = tempDir();
    const disk = mountSmallDisk(64);
    disks.push(disk);
    const dataDir = folderOn(disk, 'data');
    const project = join(dir, 'atelier.tablee');
    const host = await createHostCore({ dataDir, host: 'browser', projectPath: project });
    hosts.push(host);
    disk.fill();
    const renderer = rendererDoc((await host.api.getSession()).project!.state);
    await expect(host.api.saveVersion({ name: 'Fin de journée', by: 'Camille' })).rejects.toMatchObject({ code: 'disk-full' });
    await addNote(host, renderer, 'après l’échec');
    expect((await host.api.flush()).state).toBe('saved');
    expect(readFileSync(project, 'utf8')).toContain('après l’échec');
    expect(await host.api.listVersions()).toEqual([]);
  });
});

describe('automatic versions of the workshop day', () => {
  it('the HOST saves one at each agenda step change, named after the step', async () => {
    const dir = tempDir();
    const { host, renderer } = await open(dir);
    const push = async (): Promise<void> => {
      for (const u of renderer.updates.splice(0)) await host.api.pushUpdate(u);
    };
    writeAgenda(renderer.doc, [{ id: 'meet', title: 'Accueil', instructions: '', frames: [] }, { id: 'paths', title: 'Parcours', instructions: '', frames: [] }], null, LOCAL_ORIGIN);
    await push();
    expect(await host.api.listVersions()).toEqual([]);
    writeCurrentStep(renderer.doc, 'meet', LOCAL_ORIGIN);
    await push();
    await vi.waitFor(async () => expect((await host.api.listVersions()).map((v) => [v.name, v.auto])).toEqual([['Accueil', true]]));
    writeCurrentStep(renderer.doc, 'paths', LOCAL_ORIGIN);
    await push();
    await vi.waitFor(async () => expect((await host.api.listVersions()).map((v) => v.name)).toEqual(['Parcours', 'Accueil']));
  });
});

describe('the newest backup is checked at open', () => {
  it('says nothing when the newest backup holds the saved state', async () => {
    const dir = tempDir();
    const { host } = await open(dir);
    expect((await host.api.getSession()).project!.backupMisses).toBeNull();
  });

  it('says so when the newest backup lacks what the file holds', async () => {
    const dir = tempDir();
    const project = join(dir, 'atelier.tablee');
    const first = await open(dir);
    await addNote(first.host, first.renderer, 'avant');
    await first.host.close();
    hosts.length = 0;
    const folder = backupFolder(join(dir, 'data'), project);
    // A backup made now of an empty board stands for one that lost the last changes; named to sort newest.
    const empty = await createHostCore({ dataDir: join(dir, 'other-data'), host: 'browser', projectPath: join(dir, 'vide.tablee') });
    await empty.close();
    const stampName = readdirSync(folder).sort().at(-1)!;
    const later = (n: string): string => n.replace(/^\d{4}/, '2999');
    // The open takes a fresh backup first; the stand-in must sort after it.
    copyFileSync(join(dir, 'vide.tablee'), join(folder, later(stampName)));
    const reopened = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: project });
    hosts.push(reopened);
    expect((await reopened.api.getSession()).project!.backupMisses).toMatch(/lacks changes/);
  });
});
