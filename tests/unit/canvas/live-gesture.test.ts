import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import type { ItemRecord } from '@shared/board/records';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, placeQuote, quoteFromTranscript } from '@shared/residency/commands';
import { interviewsOf, quotesOf } from '@shared/residency/doc';
import { createUndoManager } from '../../../renderer/src/session/undo';
import { Editor } from '../../../renderer/src/canvas/editor';
import { startLiveMove } from '../../../renderer/src/canvas/live-move';
import { startLiveResize } from '../../../renderer/src/canvas/live-resize';
import { installDropLink } from '../../../renderer/src/features/proposals/drop-link';

// Animation frames by hand, 60 a second: the test says when a frame happens.
let frames: Array<() => void> = [];
let now = 0;
const nextFrame = (): void => {
  now += 1000 / 60;
  const run = frames;
  frames = [];
  for (const f of run) f();
};
/** Frames until the next live write may go (at most 30 a second for a few cards). */
const nextWrite = (): void => {
  nextFrame();
  nextFrame();
};
beforeEach(() => {
  frames = [];
  now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  let n = 0;
  globalThis.requestAnimationFrame = (cb: FrameRequestCallback): number => {
    frames.push(() => cb(0));
    return ++n;
  };
  globalThis.cancelAnimationFrame = () => {
    frames = [];
  };
});
afterEach(() => {
  vi.restoreAllMocks();
  // @ts-expect-error -- the stubs go; node has no animation frames.
  delete globalThis.requestAnimationFrame;
  // @ts-expect-error -- as above.
  delete globalThis.cancelAnimationFrame;
});

function setUp() {
  const doc = newBoardDoc('Glisser', '2026-11-01T00:00:00.000Z');
  const undo = createUndoManager(doc);
  const editor = new Editor(doc, undo, { width: 1200, height: 800 });
  const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'Thème' });
  const a = createItem(doc, { kind: 'note', x: 100, y: 100, text: 'a' });
  const b = createItem(doc, { kind: 'note', x: 400, y: 100, text: 'b' });
  undo.clear();
  const get = (id: string): ItemRecord => readItem(itemsOf(doc).get(id)!)!;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, undo, editor, frame, a, b, get, updates };
}

describe('a live drag', () => {
  it('writes at most once per frame (30 a second for a few cards), lands exactly at the drop, and is one undo step', () => {
    const { undo, editor, a, b, get, updates } = setUp();
    const move = startLiveMove(editor, [a, b], new Set([a, b]));
    for (let i = 1; i <= 10; i++) {
      // Several pointer moves within one frame: one write, with the latest.
      move.update({ dx: i * 10 - 5, dy: i });
      move.update({ dx: i * 10, dy: i });
      nextWrite();
      expect(get(a)).toMatchObject({ x: 100 + i * 10, y: 100 + i });
    }
    expect(updates).toHaveLength(10);
    // The drop comes before the next frame: exact, and the pending frame is dropped.
    move.update({ dx: 999, dy: 999 });
    move.finish({ dx: 123, dy: 45 });
    nextWrite();
    expect(get(a)).toMatchObject({ x: 223, y: 145 });
    expect(get(b)).toMatchObject({ x: 523, y: 145 });
    expect(updates).toHaveLength(11);
    // The index follows without re-reading every record (text kept).
    expect(editor.index.get(a)).toMatchObject({ x: 223, y: 145, text: 'a' });

    expect(undo.undoStack).toHaveLength(1);
    editor.doUndo();
    expect(get(a)).toMatchObject({ x: 100, y: 100 });
    expect(get(b)).toMatchObject({ x: 400, y: 100 });
    expect(editor.index.get(b)).toMatchObject({ x: 400, y: 100 });
    editor.doRedo();
    expect(get(a)).toMatchObject({ x: 223, y: 145 });
  });

  it('does not merge with the edit just before it, and the next edit is a step of its own', () => {
    const { undo, editor, a, get } = setUp();
    editor.update(a, { color: 'blue' });
    const move = startLiveMove(editor, [a], new Set([a]));
    move.update({ dx: 30, dy: 0 });
    nextWrite();
    move.finish({ dx: 40, dy: 0 });
    editor.update(a, { color: 'pink' });
    expect(undo.undoStack).toHaveLength(3);
    editor.doUndo();
    editor.doUndo();
    expect(get(a)).toMatchObject({ x: 100, color: 'blue' });
  });

  it('a cancelled drag puts everything back and leaves nothing to undo', () => {
    const { undo, editor, a, get } = setUp();
    editor.update(a, { color: 'blue' });
    const move = startLiveMove(editor, [a], new Set([a]));
    move.update({ dx: 30, dy: 10 });
    nextWrite();
    move.cancel({ dx: 0, dy: 0 });
    expect(get(a)).toMatchObject({ x: 100, y: 100 });
    expect(undo.undoStack).toHaveLength(1);
    editor.doUndo();
    expect(get(a)).toMatchObject({ color: 'yellow' });
  });

  it('a frame carries its cards; the drop settles membership', () => {
    const { editor, frame, a, b, get } = setUp();
    expect(get(a).parentId).toBe(frame);
    // The card alone, out of its frame.
    const out = startLiveMove(editor, [a], new Set([a]));
    out.update({ dx: 1000, dy: 0 });
    nextWrite();
    // Live frames do not touch membership (it is settled once, at the drop).
    expect(get(a).parentId).toBe(frame);
    out.finish({ dx: 1000, dy: 0 });
    expect(get(a).parentId).toBeNull();
    // The frame with its remaining card.
    const carried = startLiveMove(editor, [frame], new Set([frame, b]));
    carried.update({ dx: 0, dy: 700 });
    nextWrite();
    carried.finish({ dx: 0, dy: 700 });
    expect(get(frame)).toMatchObject({ y: 700 });
    expect(get(b)).toMatchObject({ y: 800, parentId: frame });
  });

  it('a peer that applies the frames sees the card on its way', () => {
    const { doc, editor, a, updates } = setUp();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const seen: number[] = [];
    const move = startLiveMove(editor, [a], new Set([a]));
    for (let i = 1; i <= 5; i++) {
      move.update({ dx: i * 20, dy: 0 });
      nextWrite();
      for (const u of updates.splice(0)) Y.applyUpdate(peer, u);
      seen.push(readItem(itemsOf(peer).get(a)!)!.x);
    }
    move.finish({ dx: 100, dy: 0 });
    for (const u of updates.splice(0)) Y.applyUpdate(peer, u);
    expect(seen).toEqual([120, 140, 160, 180, 200]);
    expect(readItem(itemsOf(peer).get(a)!)!.x).toBe(200);
  });

  it('a large selection is written when the pointer rests, not while it moves, and exactly at the drop', () => {
    const { doc, editor, updates } = setUp();
    const ids: string[] = [];
    for (let i = 0; i < 200; i++) ids.push(createItem(doc, { kind: 'note', x: 2000 + i * 10, y: 0, text: '' }));
    updates.length = 0;
    const move = startLiveMove(editor, ids, new Set(ids));
    // Two seconds of frames at 60 Hz, the pointer moving at every one: nothing written yet.
    for (let i = 1; i <= 120; i++) {
      move.update({ dx: i, dy: 0 });
      nextFrame();
    }
    expect(updates.length).toBe(0);
    // The pointer rests for half a second: peers get where the cards are, once.
    for (let i = 0; i < 30; i++) nextFrame();
    expect(updates.length).toBe(1);
    expect(readItem(itemsOf(doc).get(ids[199]!)!)!.x).toBe(2000 + 1990 + 120);
    move.finish({ dx: 121, dy: 0 });
    expect(readItem(itemsOf(doc).get(ids[199]!)!)!.x).toBe(2000 + 1990 + 121);
    editor.doUndo();
    expect(readItem(itemsOf(doc).get(ids[199]!)!)!.x).toBe(2000 + 1990);
  }, 30_000);
});

describe('a live resize', () => {
  it('writes the box once per frame, exact at the end, one undo step', () => {
    const { undo, editor, a, get, updates } = setUp();
    const resize = startLiveResize(editor, a);
    resize.update({ x: 100, y: 100, w: 250, h: 170 });
    nextWrite();
    resize.update({ x: 100, y: 100, w: 300, h: 180 });
    nextWrite();
    resize.finish({ x: 100, y: 100, w: 310, h: 190 });
    expect(updates).toHaveLength(3);
    expect(get(a)).toMatchObject({ w: 310, h: 190 });
    expect(undo.undoStack).toHaveLength(1);
    editor.doUndo();
    expect(get(a)).toMatchObject({ w: 200, h: 160 });
  });
});

describe('a live drag of a quote card onto a proposal', () => {
  it('links only at the drop, the card goes back to where the drag started, one undo step', async () => {
    const { doc, undo, editor } = setUp();
    undo.addToScope([interviewsOf(doc), quotesOf(doc)]);
    const linked: number[] = [];
    const uninstall = installDropLink(editor, (n) => linked.push(n));
    const interview = addInterview(doc, { pseudonym: 'Nadia', consent: 'quote', transcript: 'Ici je viens chiner comme tout le monde.' });
    const made = quoteFromTranscript(doc, interview, 0, 40);
    if (!made.ok) throw new Error('no quote');
    const placed = placeQuote(doc, made.value, 100, 300);
    if (!placed.ok) throw new Error('not placed');
    const card = placed.value;
    const proposal = createItem(doc, { kind: 'proposal', x: 1200, y: 0, w: 400, h: 300, title: 'Un lieu' });
    undo.clear();
    const start = readItem(itemsOf(doc).get(card)!)!;
    const move = startLiveMove(editor, [card], new Set([card]));
    // On its way, the card's centre passes over the proposal: not a drop.
    move.update({ dx: 1300 - start.x, dy: 50 - start.y });
    nextWrite();
    await Promise.resolve();
    expect(linked).toEqual([]);
    move.update({ dx: 1310 - start.x, dy: 60 - start.y });
    nextWrite();
    move.finish({ dx: 1320 - start.x, dy: 70 - start.y });
    await Promise.resolve();
    expect(linked).toEqual([1]);
    const p = readItem(itemsOf(doc).get(proposal)!)!;
    expect(p.kind === 'proposal' && p.quoteLinks[made.value]).toBe(true);
    expect(readItem(itemsOf(doc).get(card)!)).toMatchObject({ x: start.x, y: start.y });
    expect(undo.undoStack).toHaveLength(1);
    editor.doUndo();
    const undone = readItem(itemsOf(doc).get(proposal)!)!;
    expect(undone.kind === 'proposal' && undone.quoteLinks[made.value]).toBeUndefined();
    expect(readItem(itemsOf(doc).get(card)!)).toMatchObject({ x: start.x, y: start.y });
    uninstall();
  });
});
