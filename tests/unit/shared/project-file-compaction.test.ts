import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createItem, moveItems } from '@shared/board/commands';
import { snapshotOf } from '@shared/board/doc';
import { buildProjectFile, newBoardDoc } from '@shared/project-file/build';
import { FORMAT_VERSION } from '@shared/project-file/format';
import { loadProjectText } from '@shared/project-file/load';

const meta = { title: 'Résidence', createdAt: '2026-11-01T00:00:00.000Z', savedAt: '2026-11-01T00:00:00.000Z', app: 'test' };

/** A board of 300 cards, 200 of which were each moved 100 times, as the host's copy receives it. */
function movedBoard(): { doc: Y.Doc; ids: string[] } {
  const editor = newBoardDoc('Résidence', meta.createdAt);
  const ids: string[] = [];
  for (let i = 0; i < 300; i++) ids.push(createItem(editor, { kind: 'note', x: (i % 20) * 220, y: Math.floor(i / 20) * 180, text: `carte ${i}` }));
  const host = new Y.Doc();
  Y.applyUpdate(host, Y.encodeStateAsUpdate(editor));
  editor.on('update', (u: Uint8Array) => Y.applyUpdate(host, u));
  for (let m = 0; m < 100; m++) moveItems(editor, ids.slice(0, 200), 1, 1);
  return { doc: host, ids };
}

const load = (text: string): Y.Doc => {
  const result = loadProjectText(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.value.doc;
};

describe('the saved Yjs state, compacted (Yjs update encoding v2, file format 2)', { timeout: 60_000 }, () => {
  const { doc, ids } = movedBoard();
  const file = buildProjectFile(doc, meta, []);
  const text = JSON.stringify(file);

  it('is written as v2 and much smaller than v1 for a board moved around a lot', () => {
    expect(file.formatVersion).toBe(FORMAT_VERSION);
    expect(FORMAT_VERSION).toBe(2);
    expect(file.yjsEncoding).toBe('v2');
    const v1 = Y.encodeStateAsUpdate(doc).length;
    const v2 = Buffer.from(file.yjsState, 'base64').length;
    expect(v2 * 5).toBeLessThan(v1);
  });

  it('round-trips to the very same doc: same content, same clients and clocks, same v1 bytes', () => {
    const loaded = load(text);
    expect(snapshotOf(loaded)).toEqual(snapshotOf(doc));
    expect(Y.encodeStateVector(loaded)).toEqual(Y.encodeStateVector(doc));
    // Byte for byte (compared as buffers: a deep equal of half a megabyte is slow).
    expect(Buffer.from(Y.encodeStateAsUpdate(loaded)).equals(Buffer.from(Y.encodeStateAsUpdate(doc)))).toBe(true);
  });

  it('merges with an update a peer made against the state before the save', () => {
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(peer);
    moveItems(peer, [ids[0]!, ids[250]!], 7, -3);
    createItem(peer, { kind: 'note', x: 0, y: -400, text: 'pendant la sauvegarde' });
    const theirs = Y.encodeStateAsUpdate(peer, before);

    const loaded = load(text);
    Y.applyUpdate(loaded, theirs);
    expect(loaded.store.pendingStructs).toBeNull();
    expect(snapshotOf(loaded)).toEqual(snapshotOf(peer));
    // And the other way: what the file holds adds nothing the peer lacks.
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(loaded, Y.encodeStateVector(peer)));
    expect(snapshotOf(peer)).toEqual(snapshotOf(loaded));
  });

  it('still opens format 1 files (v1 state), and a format 2 file that says v1', () => {
    const small = newBoardDoc('Ancien', meta.createdAt);
    createItem(small, { kind: 'note', x: 1, y: 2, text: 'format 1' });
    const v1 = { ...buildProjectFile(small, meta, []), formatVersion: 1, yjsState: bytesToBase64(Y.encodeStateAsUpdate(small)) } as Record<string, unknown>;
    delete v1.yjsEncoding;
    expect(snapshotOf(load(JSON.stringify(v1)))).toEqual(snapshotOf(small));
    // A format 1 file never holds v2, whatever a stray field says.
    expect(snapshotOf(load(JSON.stringify({ ...v1, yjsEncoding: 'v2' })))).toEqual(snapshotOf(small));
    expect(snapshotOf(load(JSON.stringify({ ...v1, formatVersion: 2, yjsEncoding: 'v1' })))).toEqual(snapshotOf(small));
  });

  it('refuses a newer format and an unknown encoding with a clear code; a damaged v2 state falls back to the snapshot', () => {
    const newer = loadProjectText(JSON.stringify({ ...file, formatVersion: FORMAT_VERSION + 1 }));
    expect(newer.ok ? 'ok' : newer.error.code).toBe('format-too-new');
    const unknown = loadProjectText(JSON.stringify({ ...file, yjsEncoding: 'v9' }));
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('bad-header');
    const bytes = Buffer.from(file.yjsState, 'base64');
    const cut = loadProjectText(JSON.stringify({ ...file, yjsState: bytesToBase64(bytes.subarray(0, Math.floor(bytes.length / 2))) }));
    expect(cut.ok).toBe(true);
    if (!cut.ok) return;
    expect(cut.value.report.warnings).toContain('rebuilt-from-snapshot');
    expect(snapshotOf(cut.value.doc).items).toEqual(snapshotOf(doc).items);
  });
});
