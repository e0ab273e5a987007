import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, duplicateItems, moveItems, setLocked } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItem } from '@shared/board/doc';
import { isLockedFor, isLockedFrame, landingFrame, lookupIn } from '@shared/board/locks';
import { keepFieldsThroughUndo } from '@shared/board/undo-heal';
import { newBoardDoc } from '@shared/project-file/build';

const board = (): Y.Doc => newBoardDoc('Test', '2026-11-01T00:00:00.000Z');
const get = (doc: Y.Doc, id: string) => readItem(itemsOf(doc).get(id));

describe('locks', () => {
  it('a locked card is locked; its neighbours are not', () => {
    const doc = board();
    const a = createItem(doc, { kind: 'note', x: 0, y: 0 });
    const b = createItem(doc, { kind: 'note', x: 400, y: 0 });
    setLocked(doc, [a], true);
    expect(get(doc, a)?.locked).toBe(true);
    expect(isLockedFor(doc, a)).toBe(true);
    expect(isLockedFor(doc, b)).toBe(false);
  });

  it('what a locked frame holds is locked with it, and free again when the frame is unlocked', () => {
    const doc = board();
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600 });
    const inside = createItem(doc, { kind: 'note', x: 100, y: 100 });
    const outside = createItem(doc, { kind: 'note', x: 1000, y: 100 });
    expect(get(doc, inside)?.parentId).toBe(frame);
    setLocked(doc, [frame], true);
    expect(isLockedFrame(lookupIn(doc), frame)).toBe(true);
    expect(isLockedFor(doc, inside)).toBe(true);
    expect(isLockedFor(doc, outside)).toBe(false);
    setLocked(doc, [frame], false);
    expect(isLockedFor(doc, inside)).toBe(false);
    // Unlocking leaves no field behind: the record reads as one never locked.
    expect(itemsOf(doc).get(frame)?.has('locked')).toBe(false);
  });

  it('a locked note is not a locked frame: the cards over it are free', () => {
    const doc = board();
    const note = createItem(doc, { kind: 'note', x: 0, y: 0 });
    setLocked(doc, [note], true);
    expect(isLockedFrame(lookupIn(doc), note)).toBe(false);
    expect(isLockedFor(doc, 'note:gone')).toBe(false);
  });

  it('locking several cards is one undo step, and undo takes the lock off (the page’s undo heals emptied fields, not a lock)', () => {
    const doc = board();
    const a = createItem(doc, { kind: 'note', x: 0, y: 0 });
    const b = createItem(doc, { kind: 'frame', x: 400, y: 0 });
    const undo = new Y.UndoManager(itemsOf(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    keepFieldsThroughUndo(doc, undo, [itemsOf(doc)]);
    setLocked(doc, [a, b], true);
    expect([isLockedFor(doc, a), isLockedFor(doc, b)]).toEqual([true, true]);
    undo.undo();
    expect([isLockedFor(doc, a), isLockedFor(doc, b)]).toEqual([false, false]);
    undo.redo();
    expect([isLockedFor(doc, a), isLockedFor(doc, b)]).toEqual([true, true]);
  });

  it('a copy of a locked card starts unlocked', () => {
    const doc = board();
    const a = createItem(doc, { kind: 'note', x: 0, y: 0 });
    setLocked(doc, [a], true);
    const [copy] = duplicateItems(doc, [a]);
    expect(isLockedFor(doc, copy!)).toBe(false);
    expect(isLockedFor(doc, a)).toBe(true);
  });

  it('landingFrame says where a moved card would belong, as moving it does', () => {
    const doc = board();
    const low = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600 });
    const high = createItem(doc, { kind: 'frame', x: 200, y: 200, w: 800, h: 600 });
    const note = createItem(doc, { kind: 'note', x: 2000, y: 0, w: 100, h: 100 });
    const frames = [low, high].map((id) => get(doc, id)!);
    const target = { x: 250, y: 250, w: 100, h: 100 };
    expect(landingFrame(frames, target, note)).toBe(high);
    expect(landingFrame(frames, { x: 10, y: 10, w: 100, h: 100 }, note)).toBe(low);
    expect(landingFrame(frames, { x: 5000, y: 10, w: 100, h: 100 }, note)).toBeNull();
    moveItems(doc, [note], target.x - 2000, target.y);
    expect(get(doc, note)?.parentId).toBe(high);
  });
});
