import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItems } from '@shared/board/doc';
import { buildProjectFile, newBoardDoc } from '@shared/project-file/build';
import type { ProjectFile } from '@shared/project-file/format';
import { loadProjectText, type LoadErrorCode } from '@shared/project-file/load';
import { SCHEMA_VERSION } from '@shared/schema/version';

const meta = { title: 'Résidence', createdAt: '2026-11-01T00:00:00.000Z', savedAt: '2026-11-01T00:00:00.000Z', app: 'test' };

function goodFile(): ProjectFile {
  const doc = newBoardDoc('Résidence', meta.createdAt);
  const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'Thème' });
  createItem(doc, { kind: 'note', x: 100, y: 100, text: '« Ici on me parle normalement. »' });
  createItem(doc, { kind: 'text', x: 0, y: -100, text: 'Titre' });
  expect(frame).toBeTruthy();
  return buildProjectFile(doc, meta, []);
}

const text = (file: unknown): string => JSON.stringify(file, null, 1);

function failure(input: string): LoadErrorCode | 'ok' {
  const result = loadProjectText(input);
  return result.ok ? 'ok' : result.error.code;
}

describe('load pipeline', () => {
  it('opens a good file with nothing to report', () => {
    const result = loadProjectText(text(goodFile()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.report).toEqual({ migrations: [], repairs: [], warnings: [] });
    expect(readItems(result.value.doc).map((i) => i.kind).sort()).toEqual(['frame', 'note', 'text']);
  });

  it.each([
    ['empty', ''],
    ['empty', '   \n'],
    ['not-json', '{"format": "tablee", "formatVersion": 1, "sche'],
    ['not-json', 'PK\u0003\u0004 this is a zip'],
    ['not-tablee', '{"type": "excalidraw", "elements": []}'],
    ['not-tablee', '[1, 2, 3]'],
    ['not-tablee', 'null'],
    ['format-too-new', '{"format": "tablee", "formatVersion": 99, "schemaVersion": 1}'],
    ['schema-too-new', `{"format": "tablee", "formatVersion": 1, "schemaVersion": ${SCHEMA_VERSION + 1}}`],
    ['bad-header', '{"format": "tablee", "formatVersion": "one", "schemaVersion": 1}'],
    ['corrupt-state', '{"format": "tablee", "formatVersion": 1, "schemaVersion": 2, "yjsState": "!!!", "snapshot": null}'],
  ] as const)('refuses %s input (%j)', (code, input) => {
    expect(failure(input)).toBe(code);
  });

  it('a truncated file is refused, wherever it is cut', () => {
    const full = text(goodFile());
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      expect(failure(full.slice(0, Math.floor(full.length * fraction)))).not.toBe('ok');
    }
  });

  it('a truncated Yjs state falls back to the readable snapshot, and says so', () => {
    const file = goodFile();
    const bytes = Uint8Array.from(atob(file.yjsState), (c) => c.charCodeAt(0));
    file.yjsState = bytesToBase64(bytes.subarray(0, Math.floor(bytes.length / 2)));
    const result = loadProjectText(text(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.report.warnings).toContain('rebuilt-from-snapshot');
    expect(readItems(result.value.doc)).toHaveLength(3);
  });

  it('a hand-edited snapshot is reported, and the board data wins', () => {
    const file = goodFile();
    const note = file.snapshot.items.find((i) => i.kind === 'note');
    if (note?.kind === 'note') note.text = 'édité à la main';
    const result = loadProjectText(text(file));
    expect(result.ok && result.value.report.warnings).toEqual(['snapshot-differs']);
    if (result.ok) expect(readItems(result.value.doc).find((i) => i.kind === 'note')).toMatchObject({ text: '« Ici on me parle normalement. »' });
  });

  it('drops bad records, fixes dangling links, keeps the rest, and reports each', () => {
    const doc = newBoardDoc('Résidence', meta.createdAt);
    const good = createItem(doc, { kind: 'note', x: 0, y: 0, text: 'bonne' });
    const orphan = createItem(doc, { kind: 'note', x: 5000, y: 0, text: 'orpheline' });
    doc.transact(() => {
      itemsOf(doc).get(orphan)!.set('parentId', 'frame:gone');
      const bad = new Y.Map<unknown>();
      bad.set('id', 'note:bad');
      bad.set('kind', 'note');
      bad.set('x', 'left');
      itemsOf(doc).set('note:bad', bad);
      const huge = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id: 'note:huge', kind: 'note', x: 0, y: 0, w: 100, h: 100, z: 1, parentId: null, color: 'yellow', text: 'x'.repeat(100_000) })) huge.set(k, v);
      itemsOf(doc).set('note:huge', huge);
    });
    const result = loadProjectText(text(buildProjectFile(doc, meta, [])));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { repairs } = result.value.report;
    expect(repairs.filter((r) => r.action === 'dropped').map((r) => r.id).sort()).toEqual(['note:bad', 'note:huge']);
    expect(repairs.find((r) => r.id === orphan)).toMatchObject({ action: 'fixed' });
    const ids = readItems(result.value.doc).map((i) => i.id).sort();
    expect(ids).toEqual([good, orphan].sort());
  });

  it('opens a state written by another Yjs client without losing its identity (no duplicates on merge)', () => {
    const file = goodFile();
    const result = loadProjectText(text(file));
    if (!result.ok) throw new Error('load failed');
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Uint8Array.from(atob(file.yjsState), (c) => c.charCodeAt(0)));
    Y.applyUpdate(result.value.doc, Y.encodeStateAsUpdate(peer));
    expect(readItems(result.value.doc)).toHaveLength(3);
  });
});
