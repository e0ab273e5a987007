import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createItem } from '@shared/board/commands';
import { readItems } from '@shared/board/doc';
import { buildProjectFile, newBoardDoc } from '@shared/project-file/build';
import { LOAD_LIMITS, loadProjectText, type LoadLimits } from '@shared/project-file/load';

const meta = { title: 'Résidence', createdAt: '2026-11-01T00:00:00.000Z', savedAt: '2026-11-01T00:00:00.000Z', app: 'test' };

function goodFile(): ReturnType<typeof buildProjectFile> {
  const doc = newBoardDoc('Résidence', meta.createdAt);
  createItem(doc, { kind: 'note', x: 0, y: 0, text: 'une note' });
  return buildProjectFile(doc, meta, []);
}

/** The file's JSON with `snapshotJson` spliced in as its snapshot (built as text: no recursion here either). */
function withSnapshot(file: object, snapshotJson: string, keepState = true): string {
  return JSON.stringify({ ...file, ...(keepState ? {} : { yjsState: undefined }), snapshot: '@snapshot@' }).replace('"@snapshot@"', snapshotJson);
}

const deepArray = (levels: number): string => '['.repeat(levels) + '1' + ']'.repeat(levels);
const deepObject = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const codeOf = (text: string, limits?: LoadLimits): string => {
  const r = loadProjectText(text, limits);
  return r.ok ? 'ok' : r.error.code;
};

describe('the loader never throws, and refuses what no Tablée project holds', () => {
  it('a readable copy nested 10,000 levels deep is refused as too large, with or without the board data', () => {
    const file = goodFile();
    for (const snapshot of [
      `{"items":[${deepArray(10_000)}]}`,
      `{"items":[{"kind":"note","text":${deepObject(10_000)}}]}`,
      `{"items":[],"meta":${deepObject(10_000)}}`,
      deepArray(10_000),
    ]) {
      for (const keepState of [true, false]) {
        const r = loadProjectText(withSnapshot(file, snapshot, keepState));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toEqual({ code: 'too-large', detail: 'the readable copy is nested more than 16 levels deep' });
      }
    }
  });

  it('a readable copy as deep as a real one opens', () => {
    const doc = newBoardDoc('Résidence', meta.createdAt);
    createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'P' });
    createItem(doc, { kind: 'note', x: 0, y: 300, text: 'n' });
    expect(codeOf(JSON.stringify(buildProjectFile(doc, meta, [])))).toBe('ok');
  });

  it('a million cards in the readable copy (no board data) are refused before one is built', () => {
    const items = new Array<string>(1_000_000).fill('0').join(',');
    const r = loadProjectText(withSnapshot(goodFile(), `{"items":[${items}]}`, false));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code: 'too-large', detail: `the readable copy lists 1000000 items, at most ${LOAD_LIMITS.perKind}` });
  });

  it('counts every kind, and all of them together', () => {
    const limits: LoadLimits = { perKind: 100, total: 150, depth: 16 };
    const list = (n: number): string => `[${new Array<string>(n).fill('{}').join(',')}]`;
    expect(codeOf(withSnapshot(goodFile(), `{"items":${list(100)},"quotes":${list(40)}}`, false), limits)).toBe('ok');
    expect(codeOf(withSnapshot(goodFile(), `{"items":[],"quotes":${list(101)}}`, false), limits)).toBe('too-large');
    expect(codeOf(withSnapshot(goodFile(), `{"items":${list(80)},"interviews":${list(80)}}`, false), limits)).toBe('too-large');
  });

  it('board data holding more records than the limits is refused too', () => {
    const doc = newBoardDoc('Résidence', meta.createdAt);
    for (let i = 0; i < 30; i++) createItem(doc, { kind: 'note', x: i * 300, y: 0, text: `n${i}` });
    const file = buildProjectFile(doc, meta, []);
    // Its readable copy says nothing: the board data itself is counted once decoded.
    const text = JSON.stringify({ ...file, snapshot: { items: [] } });
    const r = loadProjectText(text, { perKind: 100, total: 25, depth: 16 });
    expect(r.ok ? 'ok' : r.error).toEqual({ code: 'too-large', detail: 'the board holds 30 records, at most 25' });
    expect(codeOf(text)).toBe('ok');
  });

  it('an old board whose data holds a number where a card belongs opens, without it', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'Ancienne');
    const card = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ id: 'note:a', kind: 'note', x: 0, y: 0, w: 100, h: 100, z: 1, text: 'a', color: 'yellow' })) card.set(k, v);
    doc.getMap('items').set('note:a', card);
    doc.getMap('items').set('evil', 42);
    const text = JSON.stringify({ format: 'tablee', formatVersion: 1, schemaVersion: 1, meta, yjsState: bytesToBase64(Y.encodeStateAsUpdate(doc)), snapshot: { items: [] }, history: [] });
    const r = loadProjectText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(readItems(r.value.doc).map((i) => i.id)).toEqual(['note:a']);
    expect(r.value.report.repairs).toEqual([{ id: 'evil', action: 'dropped', reason: 'not a record' }]);
  });
});
