import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItem } from '@shared/board/doc';
import { newBoardDoc } from '@shared/project-file/build';
import { encodeHistory, keepHistory, restoreHistory } from '../../../renderer/src/session/undo-keep';

/** The HOST's copy: a plain doc with garbage collection on, fed by the page's updates. */
function hostAndPage() {
  const host = newBoardDoc('Atelier', '2026-11-01T00:00:00.000Z');
  return { host, page: pageOf(host) };
}

/** A page (re)loaded from the HOST: a fresh doc (new clientID) and a fresh undo manager. */
function pageOf(host: Y.Doc) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(host), 'tablee:load');
  doc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'tablee:load' && Y.applyUpdate(host, u, 'page'));
  const undo = new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
  return { doc, undo };
}

const at = (doc: Y.Doc, id: string) => {
  const m = itemsOf(doc).get(id);
  const r = m ? readItem(m) : undefined;
  return r ? { x: r.x, y: r.y, color: 'color' in r ? r.color : undefined } : undefined;
};

describe('undo history kept across a reload', () => {
  it('creations, moves and recolours undo after a reload; a deletion whose card is gone is counted as lost', () => {
    const { host, page } = hostAndPage();
    const doomed = createItem(page.doc, { kind: 'note', x: 900, y: 0 });
    deleteItems(page.doc, [doomed]);
    const a = createItem(page.doc, { kind: 'note', x: 0, y: 0 });
    moveItems(page.doc, [a], 100, 50);
    updateItem(page.doc, a, { color: 'blue' });
    const b = createItem(page.doc, { kind: 'note', x: 400, y: 0 });
    expect(page.undo.undoStack.length).toBe(6);
    const kept = JSON.stringify(encodeHistory(page.undo));
    page.undo.destroy();

    // Reload: the HOST collected the deleted contents; the page gets a new doc.
    const again = pageOf(host);
    expect(again.doc.clientID).not.toBe(page.doc.clientID);
    const lost = restoreHistory(again.undo, JSON.parse(kept));
    expect(lost).toBe(1);
    expect(again.undo.undoStack.length).toBe(5);

    again.undo.undo(); // b's creation
    expect(at(again.doc, b)).toBeUndefined();
    again.undo.undo(); // the recolour
    expect(at(again.doc, a)).toEqual({ x: 100, y: 50, color: 'yellow' });
    again.undo.undo(); // the move
    expect(at(again.doc, a)).toEqual({ x: 0, y: 0, color: 'yellow' });
    again.undo.undo(); // a's creation
    expect(at(again.doc, a)).toBeUndefined();
    // The HOST got every undo, and the record is whole at each step (no field lost on the way).
    again.undo.redo();
    again.undo.redo();
    expect(at(host, a)).toEqual({ x: 100, y: 50, color: 'yellow' });
    expect(readItem(itemsOf(host).get(a)!)).toBeDefined();
  });

  it('a drag (several writes in one step) undoes after a reload, even when its positions on the way were collected', () => {
    const { host, page: other } = hostAndPage();
    const a = createItem(other.doc, { kind: 'note', x: 0, y: 0 });
    const page = pageOf(host);
    page.undo.captureTimeout = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) moveItems(page.doc, [a], 10, 10);
    page.undo.captureTimeout = 0;
    page.undo.stopCapturing();
    const kept = encodeHistory(page.undo);
    expect(kept.undo).toHaveLength(1);
    // As in a browser, where positions made and unmade within the step are not kept.
    const inserted = kept.undo[0]!.i;
    kept.undo[0]!.v = kept.undo[0]!.v.filter(([client, clock]) => !inserted.some(([c, k, n]) => c === client && clock >= k && clock < k + n));

    const again = pageOf(host);
    expect(restoreHistory(again.undo, JSON.parse(JSON.stringify(kept)))).toBe(0);
    again.undo.undo();
    expect(at(again.doc, a)).toEqual({ x: 0, y: 0, color: 'yellow' });
    again.undo.redo();
    expect(at(host, a)).toEqual({ x: 50, y: 50, color: 'yellow' });
  });

  it('a history that belongs to another board yields no step and changes nothing', () => {
    const one = hostAndPage();
    createItem(one.page.doc, { kind: 'note', x: 0, y: 0 });
    const kept = encodeHistory(one.page.undo);
    const other = hostAndPage();
    const before = Y.encodeStateVector(other.page.doc);
    expect(restoreHistory(other.page.undo, kept)).toBe(1);
    expect(other.page.undo.canUndo()).toBe(false);
    expect(Y.encodeStateVector(other.page.doc)).toEqual(before);
    expect(restoreHistory(other.page.undo, { version: 9 })).toBe(0);
    expect(restoreHistory(other.page.undo, { version: 1, undo: [{ i: 'x' }], redo: [] })).toBe(1);
  });

  it('keeps the history in storage as it changes, and reads it back', async () => {
    const { host, page } = hostAndPage();
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const kept = keepHistory(page.undo, storage, 'k');
    expect(kept.lost).toBe(0);
    const a = createItem(page.doc, { kind: 'note', x: 0, y: 0 });
    kept.stop(); // the page goes away: saved at once
    expect(JSON.parse(store.get('k')!).undo).toHaveLength(1);

    const again = pageOf(host);
    expect(keepHistory(again.undo, storage, 'k').lost).toBe(0);
    again.undo.undo();
    expect(at(again.doc, a)).toBeUndefined();
    store.set('k', '{not json');
    expect(keepHistory(pageOf(host).undo, storage, 'k').lost).toBe(0);
  });
});
