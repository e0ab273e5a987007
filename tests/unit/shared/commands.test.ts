import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, duplicateItems, insertCopies, moveItems, updateItem } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItem, readItems } from '@shared/board/doc';
import { newBoardDoc } from '@shared/project-file/build';

const board = (): Y.Doc => newBoardDoc('Test', '2026-11-01T00:00:00.000Z');
const get = (doc: Y.Doc, id: string) => {
  const map = itemsOf(doc).get(id);
  return map ? readItem(map) : undefined;
};

const noteText = (doc: Y.Doc, id: string): string | undefined => {
  const r = get(doc, id);
  return r && 'text' in r ? r.text : undefined;
};

describe('board commands', () => {
  it('creates a note with defaults and stacks it above earlier items', () => {
    const doc = board();
    const a = createItem(doc, { kind: 'note', x: 0, y: 0, text: 'a' });
    const b = createItem(doc, { kind: 'note', x: 10, y: 10 });
    expect(get(doc, a)).toMatchObject({ kind: 'note', text: 'a', color: 'yellow', w: 200, h: 160, parentId: null });
    expect(get(doc, b)!.z).toBeGreaterThan(get(doc, a)!.z);
  });

  it('a note created or dropped inside a frame belongs to it, and leaves it when dragged out', () => {
    const doc = board();
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'Thème' });
    const note = createItem(doc, { kind: 'note', x: 1000, y: 0 });
    expect(get(doc, note)!.parentId).toBeNull();
    moveItems(doc, [note], -900, 100);
    expect(get(doc, note)!.parentId).toBe(frame);
    moveItems(doc, [note], 2000, 0);
    expect(get(doc, note)!.parentId).toBeNull();
  });

  it('moving a frame carries its cards, and only its cards', () => {
    const doc = board();
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600 });
    const inside = createItem(doc, { kind: 'note', x: 100, y: 100 });
    const outside = createItem(doc, { kind: 'note', x: 2000, y: 100 });
    moveItems(doc, [frame], 50, -20);
    expect(get(doc, frame)).toMatchObject({ x: 50, y: -20 });
    expect(get(doc, inside)).toMatchObject({ x: 150, y: 80, parentId: frame });
    expect(get(doc, outside)).toMatchObject({ x: 2000, y: 100, parentId: null });
  });

  it('a frame drawn over cards adopts them; resizing it away releases them', () => {
    const doc = board();
    const note = createItem(doc, { kind: 'note', x: 100, y: 100 });
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600 });
    expect(get(doc, note)!.parentId).toBe(frame);
    updateItem(doc, frame, { w: 100, h: 100 });
    expect(get(doc, note)!.parentId).toBeNull();
  });

  it('deleting a frame keeps its cards on the board, out of any frame', () => {
    const doc = board();
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600 });
    const note = createItem(doc, { kind: 'note', x: 100, y: 100, text: 'garde-moi' });
    deleteItems(doc, [frame]);
    expect(get(doc, frame)).toBeUndefined();
    expect(get(doc, note)).toMatchObject({ text: 'garde-moi', parentId: null });
  });

  it('duplicating a frame copies its cards into the copy, with new ids', () => {
    const doc = board();
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600 });
    createItem(doc, { kind: 'note', x: 100, y: 100, text: 'dedans' });
    const copies = duplicateItems(doc, [frame], 1000, 0);
    expect(copies).toHaveLength(2);
    const frameCopy = copies.map((id) => get(doc, id)!).find((r) => r.kind === 'frame')!;
    const noteCopy = copies.map((id) => get(doc, id)!).find((r) => r.kind === 'note')!;
    expect(frameCopy.id).not.toBe(frame);
    expect(noteCopy).toMatchObject({ text: 'dedans', x: 1100, parentId: frameCopy.id });
    expect(readItems(doc)).toHaveLength(4);
  });

  it('pasted copies get fresh ids and land where they are put', () => {
    const doc = board();
    const id = createItem(doc, { kind: 'text', x: 0, y: 0, text: 'Titre' });
    const [copy] = insertCopies(doc, [get(doc, id)!], 40, 40);
    expect(copy).not.toBe(id);
    expect(get(doc, copy!)).toMatchObject({ kind: 'text', text: 'Titre', x: 40, y: 40 });
  });

  it('update ignores id and kind and never makes an invalid record', () => {
    const doc = board();
    const id = createItem(doc, { kind: 'note', x: 0, y: 0 });
    updateItem(doc, id, { text: 'nouveau', color: 'green', ...({ id: 'hack', kind: 'frame' } as object) });
    expect(get(doc, id)).toMatchObject({ id, kind: 'note', text: 'nouveau', color: 'green' });
  });
});

describe('undo', () => {
  it('undoes only my own edits, never a peer’s', () => {
    const mine = board();
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    // Relay updates both ways, as the room does.
    mine.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(theirs, u, 'peer'));
    theirs.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(mine, u, 'peer'));
    const undo = new Y.UndoManager([itemsOf(mine)], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });

    const myNote = createItem(mine, { kind: 'note', x: 0, y: 0, text: 'à moi' });
    const theirNote = createItem(theirs, { kind: 'note', x: 500, y: 0, text: 'à elle' });
    expect(noteText(mine, theirNote)).toBe('à elle');

    undo.undo();
    expect(get(mine, myNote)).toBeUndefined();
    expect(noteText(mine, theirNote)).toBe('à elle');
    expect(get(theirs, myNote)).toBeUndefined();
    undo.redo();
    expect(noteText(theirs, myNote)).toBe('à moi');
  });

  it('one move of several cards is one undo step', () => {
    const doc = board();
    const undo = new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
    const a = createItem(doc, { kind: 'note', x: 0, y: 0 });
    const b = createItem(doc, { kind: 'note', x: 300, y: 0 });
    moveItems(doc, [a, b], 10, 10);
    undo.undo();
    expect(get(doc, a)).toMatchObject({ x: 0, y: 0 });
    expect(get(doc, b)).toMatchObject({ x: 300, y: 0 });
  });
});
