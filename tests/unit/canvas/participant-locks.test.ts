import { describe, expect, it } from 'vitest';
import { createItem, setLocked } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import type { ItemRecord } from '@shared/board/records';
import { newBoardDoc } from '@shared/project-file/build';
import { CameraScheduler } from '../../../renderer/src/canvas/camera-scheduler';
import { Editor } from '../../../renderer/src/canvas/editor';
import type { GestureView } from '../../../renderer/src/canvas/gestures/gesture';
import { PointerGestures } from '../../../renderer/src/canvas/gestures/pointer-gestures';
import { ResizeGesture } from '../../../renderer/src/canvas/gestures/resize';
import { createUndoManager } from '../../../renderer/src/session/undo';
import { dragWith, useManualFrames } from './helpers/manual-frames';

// A participant's page driven as the canvas drives it (plain positions, animation frames by
// hand): what the facilitators locked does not move, change or go, and nothing lands in a
// locked frame; a facilitator's page is not held by the same locks.
const { nextFrame } = useManualFrames();

const view: GestureView = { band: () => {}, dragged: () => {}, dragOffset: () => {}, panning: () => {} };

function setUp(facilitator: boolean) {
  const doc = newBoardDoc('Verrous', '2026-11-01T00:00:00.000Z');
  const undo = createUndoManager(doc);
  // 100 %, the board's origin at the screen's top left: screen and board points are the same.
  const editor = new Editor(doc, undo, { width: 1600, height: 900 }, facilitator);
  const refusals: number[] = [];
  editor.locks.onRefused = () => refusals.push(1);
  const locked = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 600, h: 500, title: 'Agenda' });
  const held = createItem(doc, { kind: 'note', x: 100, y: 100, text: 'dans le cadre' });
  const free = createItem(doc, { kind: 'note', x: 1000, y: 100, text: 'libre' });
  const lockedNote = createItem(doc, { kind: 'note', x: 1000, y: 500, text: 'verrouillée' });
  setLocked(doc, [locked, lockedNote], true);
  undo.clear();
  const gestures = new PointerGestures(editor, view, new CameraScheduler(editor));
  const get = (id: string): ItemRecord => readItem(itemsOf(doc).get(id)!)!;
  const drag = dragWith(gestures, nextFrame);
  return { doc, editor, gestures, refusals, locked, held, free, lockedNote, get, drag };
}

describe('locks in a participant’s page', () => {
  it('a card in a locked frame, and a locked card, do not move when dragged; the participant is told', () => {
    const { drag, get, held, lockedNote, refusals } = setUp(false);
    drag({ x: 150, y: 150 }, { x: 300, y: 300 }, { x: 900, y: 700 });
    expect(get(held)).toMatchObject({ x: 100, y: 100 });
    drag({ x: 1050, y: 550 }, { x: 1200, y: 700 });
    expect(get(lockedNote)).toMatchObject({ x: 1000, y: 500 });
    expect(refusals.length).toBeGreaterThanOrEqual(2);
  });

  it('a free card dropped into a locked frame goes back where it was; a facilitator’s lands in it', () => {
    const participant = setUp(false);
    participant.drag({ x: 1050, y: 150 }, { x: 600, y: 200 }, { x: 300, y: 300 });
    expect(participant.get(participant.free)).toMatchObject({ x: 1000, y: 100, parentId: null });
    expect(participant.refusals).toHaveLength(1);
    // Dropped elsewhere, it moves as ever.
    participant.drag({ x: 1050, y: 150 }, { x: 1100, y: 250 });
    expect(participant.get(participant.free)).toMatchObject({ x: 1050, y: 200 });

    const facilitator = setUp(true);
    facilitator.drag({ x: 1050, y: 150 }, { x: 600, y: 200 }, { x: 300, y: 300 });
    expect(facilitator.get(facilitator.free)).toMatchObject({ x: 250, y: 250, parentId: facilitator.locked });
    expect(facilitator.refusals).toHaveLength(0);
  });

  it('what is locked cannot be edited, recoloured, resized or deleted; nothing new is made inside a locked frame', () => {
    const { editor, gestures, get, held, lockedNote, free, doc, refusals } = setUp(false);
    editor.startEditing(lockedNote);
    expect(editor.getState().editing).toBeNull();
    editor.update(held, { text: 'changé' } as Partial<ItemRecord>);
    expect(get(held)).toMatchObject({ text: 'dans le cadre' });
    editor.select([held]);
    editor.recolour('blue');
    editor.deleteSelection();
    expect(get(held)).toMatchObject({ color: 'yellow' });
    const before = itemsOf(doc).size;
    gestures.doubleClick({ x: 300, y: 400 });
    expect(itemsOf(doc).size).toBe(before);
    // A free card resized until its middle is in the locked frame keeps its box.
    const resize = new ResizeGesture(editor, get(free), { x: 1000, y: 100, w: 200, h: 160 }, 'middle-left');
    expect(resize.finish({ x: 0, y: 100, w: 1200, h: 160 }, false)).toEqual({ x: 1000, y: 100, w: 200, h: 160 });
    expect(get(free)).toMatchObject({ x: 1000, w: 200 });
    expect(refusals).toHaveLength(6);
  });

  it('an undo of my move of a card the facilitators locked since is refused in the page (the HOST would refuse it)', () => {
    const { editor, drag, get, free, doc, refusals } = setUp(false);
    drag({ x: 1050, y: 150 }, { x: 1100, y: 250 });
    expect(get(free)).toMatchObject({ x: 1050, y: 200 });
    // The facilitator locks it: a peer's edit, not in my undo history.
    doc.transact(() => itemsOf(doc).get(free)!.set('locked', true), 'peer');
    editor.doUndo();
    expect(get(free)).toMatchObject({ x: 1050, y: 200 });
    expect(refusals).toHaveLength(1);
    // Unlocked again, the same undo goes through.
    doc.transact(() => itemsOf(doc).get(free)!.delete('locked'), 'peer');
    editor.doUndo();
    expect(get(free)).toMatchObject({ x: 1000, y: 100 });
  });

  it('a facilitator edits and deletes what is locked', () => {
    const { editor, get, held, doc } = setUp(true);
    editor.update(held, { text: 'changé' } as Partial<ItemRecord>);
    expect(get(held)).toMatchObject({ text: 'changé' });
    editor.select([held]);
    editor.deleteSelection();
    expect(itemsOf(doc).has(held)).toBe(false);
  });
});
