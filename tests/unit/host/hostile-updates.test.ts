import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItems, snapshotOf } from '@shared/board/doc';
import { buildProjectFile } from '@shared/project-file/build';
import { loadProjectText } from '@shared/project-file/load';
import { addInterview, addQuote, addTag } from '@shared/residency/commands';
import { createHostCore } from '../../../electron/host/host-core';
import { ProjectSession } from '../../../electron/host/project-session';
import { rendererDoc, useTempDir } from './helpers';

const tempDir = useTempDir();

/** The bytes a peer would send for `edit` made on its copy of `state`: any Yjs update, valid or not. */
function updateFrom(state: Uint8Array, edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => edit(doc));
  return Y.encodeStateAsUpdate(doc, before);
}

/** A host on a new project holding two notes, an interview, a quote and a tag. */
async function openHost(): Promise<{ host: Awaited<ReturnType<typeof createHostCore>>; path: string; state: () => Promise<Uint8Array>; keep: string; victim: string }> {
  const dir = tempDir();
  const path = join(dir, 'atelier.tablee');
  const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: path });
  const renderer = rendererDoc((await host.api.getSession()).project!.state);
  const keep = renderer.addNote('« à garder »');
  const victim = renderer.addNote('« visée »', 400, 0);
  const interview = addInterview(renderer.doc, { place: 'Marché' });
  const q = addQuote(renderer.doc, interview, 'Une phrase.');
  if (!q.ok) throw new Error(q.error);
  addTag(renderer.doc, 'Place', 'pattern');
  for (const u of renderer.updates) await host.api.pushUpdate(u);
  await host.api.flush();
  return { host, path, keep, victim, state: async () => (await host.api.getSession()).project!.state };
}

const reopen = (path: string): ReturnType<typeof loadProjectText> => loadProjectText(readFileSync(path, 'utf8'));

describe('an update that breaks a record', () => {
  it('30 bytes putting a number where a card belongs: the file still saves, reopens with the good cards, and the report names the dropped one', async () => {
    const { host, path, keep, victim, state } = await openHost();
    const evil = updateFrom(await state(), (doc) => doc.getMap('items').set('evil', 42));
    expect(evil.byteLength).toBeLessThan(40);
    await host.api.pushUpdate(bytesToBase64(evil));
    // And an edit after it, as a facilitator would keep working.
    const renderer = rendererDoc(await state());
    const after = renderer.addNote('« après »', 800, 0);
    await host.api.pushUpdate(renderer.updates[0]!);
    expect(await host.api.flush()).toMatchObject({ state: 'saved', error: null });

    const loaded = reopen(path);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.report.repairs).toEqual([]);
    expect(readItems(loaded.value.doc).map((i) => i.id).sort()).toEqual([keep, victim, after].sort());
    expect((await host.api.getSession()).project!.report.repairs).toEqual([{ id: 'evil', action: 'dropped', reason: 'not a record' }]);
    await host.close();
  });

  const cases: [string, (doc: Y.Doc, ids: { keep: string; victim: string }) => void, (ids: { keep: string; victim: string }) => string[]][] = [
    ['a number in interviews', (d) => d.getMap('interviews').set('evil', 1), () => ['evil']],
    ['a string in quotes', (d) => d.getMap('quotes').set('evil', 'x'), () => ['evil']],
    ['null in tags', (d) => d.getMap('tags').set('evil', null), () => ['evil']],
    ['an array in assets', (d) => d.getMap('assets').set('evil', [1, 2]), () => ['evil']],
    ['a Y.Text in items', (d) => d.getMap('items').set('evil', new Y.Text('x')), () => ['evil']],
    ['a coordinate of the wrong type', (d, { victim }) => itemsOf(d).get(victim)!.set('x', 'left'), ({ victim }) => [victim]],
    ['a note of a million characters', (d, { victim }) => itemsOf(d).get(victim)!.set('text', 'x'.repeat(1_000_000)), ({ victim }) => [victim]],
  ];

  it.each(cases)('%s: the bad record is dropped, saving and the snapshot go on', async (_name, edit, dropped) => {
    const { host, path, keep, victim, state } = await openHost();
    await host.api.pushUpdate(bytesToBase64(updateFrom(await state(), (d) => edit(d, { keep, victim }))));
    expect(await host.api.flush()).toMatchObject({ state: 'saved', error: null });
    expect((await host.api.getSession()).project!.report.repairs.map((r) => r.id)).toEqual(dropped({ keep, victim }));
    const loaded = reopen(path);
    expect(loaded.ok && loaded.value.report.repairs).toEqual([]);
    if (loaded.ok) expect(readItems(loaded.value.doc).map((i) => i.id)).toContain(keep);
    await host.close();
  });

  it('a card that lacks a field for a moment (an undo, then the heal that follows it) is kept, not dropped', async () => {
    const { host, path, victim, state } = await openHost();
    // Two updates in a row, as the room delivers an undo and its heal: the first empties x, the second writes it back.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await state());
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.transact(() => itemsOf(doc).get(victim)!.delete('x'));
    doc.transact(() => itemsOf(doc).get(victim)!.set('x', 400));
    await host.api.pushUpdate(bytesToBase64(updates[0]!));
    expect((await host.api.getSession()).project!.report.repairs).toEqual([]);
    await host.api.pushUpdate(bytesToBase64(updates[1]!));
    expect(await host.api.flush()).toMatchObject({ state: 'saved', error: null });
    const loaded = reopen(path);
    if (!loaded.ok) throw new Error(loaded.error.detail);
    expect(readItems(loaded.value.doc).find((i) => i.id === victim)).toMatchObject({ x: 400 });
    await host.close();
  });

  it('a map nested ten thousand deep inside a card, or a map of its own, is refused before it lands: the file keeps saving and reopening', async () => {
    const { host, path, keep, victim, state } = await openHost();
    const deep = updateFrom(await state(), (d) => {
      let map = new Y.Map<unknown>();
      itemsOf(d).get(victim)!.set('text', map as never);
      for (let i = 0; i < 10_000; i++) {
        const next = new Y.Map<unknown>();
        map.set('k', next);
        map = next;
      }
    });
    await expect(host.api.pushUpdate(bytesToBase64(deep))).rejects.toMatchObject({ code: 'bad-update' });
    const foreign = updateFrom(await state(), (d) => d.getMap('secrets').set('k', 'v'));
    await expect(host.api.pushUpdate(bytesToBase64(foreign))).rejects.toMatchObject({ code: 'bad-update' });
    const renderer = rendererDoc(await state());
    const after = renderer.addNote('« après »', 800, 0);
    await host.api.pushUpdate(renderer.updates[0]!);
    expect(await host.api.flush()).toMatchObject({ state: 'saved', error: null });
    const loaded = reopen(path);
    if (!loaded.ok) throw new Error(loaded.error.detail);
    expect(readItems(loaded.value.doc).map((i) => i.id).sort()).toEqual([keep, victim, after].sort());
    expect(loaded.value.doc.share.has('secrets')).toBe(false);
    await host.close();
  });

  it('a deletion of everything saves an empty board that reopens', async () => {
    const { host, path, state } = await openHost();
    const wipe = updateFrom(await state(), (d) => {
      for (const name of ['items', 'interviews', 'quotes', 'tags', 'assets', 'meta']) {
        const map = d.getMap(name);
        for (const key of [...map.keys()]) map.delete(key);
      }
    });
    await host.api.pushUpdate(bytesToBase64(wipe));
    expect(await host.api.flush()).toMatchObject({ state: 'saved', error: null });
    const loaded = reopen(path);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(snapshotOf(loaded.value.doc)).toMatchObject({ items: [], interviews: [], quotes: [], tags: [] });
    await host.close();
  });

  it('a copy of the board holding what is not a record (a peer not yet repaired) still reads, snapshots and saves', () => {
    const doc = new Y.Doc();
    const good = createItem(doc, { kind: 'note', x: 0, y: 0, text: 'bonne' });
    doc.transact(() => {
      for (const name of ['items', 'interviews', 'quotes', 'tags', 'assets']) doc.getMap(name).set('evil', 42);
      // Reading never walks it (toJSON would overflow the stack): the field is not the card's.
      const deep = new Y.Map<unknown>();
      itemsOf(doc).get(good)!.set('junk', deep);
      let at = deep;
      for (let i = 0; i < 20_000; i++) {
        const next = new Y.Map<unknown>();
        at.set('a', next);
        at = next;
      }
    });
    expect(readItems(doc).map((i) => i.id)).toEqual([good]);
    expect(snapshotOf(doc).items.map((i) => i.id)).toEqual([good]);
    const file = buildProjectFile(doc, { title: 't', createdAt: '', savedAt: '', app: 'test' }, []);
    const loaded = loadProjectText(JSON.stringify(file));
    expect(loaded.ok && loaded.value.report.repairs.map((r) => r.id)).toEqual(['evil', 'evil', 'evil', 'evil', 'evil']);
  });

  it('only the records an update touched are checked, not the whole board', async () => {
    const dir = tempDir();
    const doc = new Y.Doc();
    const good = createItem(doc, { kind: 'note', x: 0, y: 0, text: 'bonne' });
    // Broken before the session began (never loaded through repair): no update touches it.
    doc.getMap('items').set('old:bad', 7);
    const session = new ProjectSession({ path: join(dir, 'p.tablee'), doc, meta: { title: 't', createdAt: '', savedAt: '', app: 'test' }, history: [], dataDir: dir, appName: 'test', onStatus: () => {} });
    const update = updateFrom(Y.encodeStateAsUpdate(doc), (d) => {
      itemsOf(d).get(good)!.set('x', 'left');
      d.getMap('quotes').set('evil', 1);
    });
    session.applyUpdate(bytesToBase64(update));
    expect(session.repairs.map((r) => r.id).sort()).toEqual(['evil', good].sort());
    expect(doc.getMap('items').get('old:bad')).toBe(7);
    await session.close();
  });
});
