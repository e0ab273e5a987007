import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import type { Box } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import { newBoardDoc } from '@shared/project-file/build';
import { CameraScheduler } from '../../../renderer/src/canvas/camera-scheduler';
import { Editor } from '../../../renderer/src/canvas/editor';
import type { DragSnapshot, GestureView, Point } from '../../../renderer/src/canvas/gestures/gesture';
import { PointerGestures } from '../../../renderer/src/canvas/gestures/pointer-gestures';
import { ResizeGesture } from '../../../renderer/src/canvas/gestures/resize';
import { createUndoManager } from '../../../renderer/src/session/undo';
import { dragWith, useManualFrames } from './helpers/manual-frames';

// The editor's gestures driven as the canvas drives them, with plain positions instead of a
// browser: animation frames by hand, 60 a second (the live writes and the camera wait for them).
const { nextFrame } = useManualFrames();

/** What the canvas would show: the band, the drag layer, the panning hand. */
class RecordedView implements GestureView {
  bandBox: Box | null = null;
  bandStyle: 'band' | 'frame' | null = null;
  drag: DragSnapshot | null = null;
  offset = { dx: 0, dy: 0 };
  isPanning = false;
  band(box: Box | null, style: 'band' | 'frame'): void {
    this.bandBox = box;
    this.bandStyle = box ? style : null;
  }
  dragged(drag: DragSnapshot | null): void {
    this.drag = drag;
  }
  dragOffset(dx: number, dy: number): void {
    this.offset = { dx, dy };
  }
  panning(on: boolean): void {
    this.isPanning = on;
  }
}

function setUp() {
  const doc = newBoardDoc('Gestes', '2026-11-01T00:00:00.000Z');
  const undo = createUndoManager(doc);
  // 100 %, the board's origin at the screen's top left: screen and board points are the same.
  const editor = new Editor(doc, undo, { width: 1200, height: 800 });
  const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'Thème' });
  const a = createItem(doc, { kind: 'note', x: 100, y: 100, text: 'a' });
  const b = createItem(doc, { kind: 'note', x: 400, y: 100, text: 'b' });
  const outside = createItem(doc, { kind: 'note', x: 1000, y: 100, text: 'dehors' });
  undo.clear();
  const view = new RecordedView();
  const gestures = new PointerGestures(editor, view, new CameraScheduler(editor));
  const get = (id: string): ItemRecord => readItem(itemsOf(doc).get(id)!)!;
  const drag = dragWith(gestures, nextFrame);
  const click = (at: Point, shift = false): void => {
    gestures.down({ screen: at, button: 0, shift });
    gestures.up(at);
  };
  return { doc, undo, editor, view, gestures, frame, a, b, outside, get, drag, click };
}

describe('creating with a tool', () => {
  it('the note tool puts a note centred where I click, open for typing, then goes back to select; one undo takes it away', () => {
    const { editor, undo, click, get } = setUp();
    editor.setTool('note');
    click({ x: 600, y: 700 });
    const [id] = [...editor.selection];
    expect(get(id!)).toMatchObject({ kind: 'note', x: 500, y: 620 });
    expect(editor.getState().editing).toEqual({ id, field: 'text' });
    expect(editor.getState().tool).toBe('select');
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(editor.index.get(id!)).toBeUndefined();
  });

  it('the text tool puts a text where I click', () => {
    const { editor, click, get } = setUp();
    editor.setTool('text');
    click({ x: 600, y: 700 });
    expect(get([...editor.selection][0]!)).toMatchObject({ kind: 'text', x: 600 });
    expect(editor.getState().tool).toBe('select');
  });

  it('the frame tool draws the box I drag, a click makes a frame of the default size, a tiny drag makes none', () => {
    const { editor, view, drag, click, get, undo } = setUp();
    editor.setTool('frame');
    editor.clearSelection();
    drag({ x: 900, y: 650 }, { x: 1000, y: 700 }, { x: 1300, y: 900 });
    expect(view.bandBox).toBeNull();
    const drawn = [...editor.selection][0]!;
    expect(get(drawn)).toMatchObject({ kind: 'frame', x: 900, y: 650, w: 400, h: 250 });
    expect(editor.getState().tool).toBe('select');

    editor.setTool('frame');
    click({ x: 2000, y: 2000 });
    expect(get([...editor.selection][0]!)).toMatchObject({ kind: 'frame', x: 1550, y: 1680, w: 900, h: 640 });

    const steps = undo.undoStack.length;
    editor.setTool('frame');
    drag({ x: 3000, y: 3000 }, { x: 3010, y: 3010 });
    expect(undo.undoStack).toHaveLength(steps);
  });

  it('shows the frame being drawn while the pointer moves', () => {
    const { editor, view, gestures } = setUp();
    editor.setTool('frame');
    gestures.down({ screen: { x: 900, y: 650 }, button: 0, shift: false });
    gestures.move({ x: 1100, y: 800 });
    expect(view.bandStyle).toBe('frame');
    expect(view.bandBox).toEqual({ x: 900, y: 650, w: 200, h: 150 });
    gestures.cancel();
    expect(view.bandBox).toBeNull();
    expect(editor.index.size).toBe(4);
  });
});

describe('selecting', () => {
  it('a click selects a card, Shift adds one, a click on empty canvas clears', () => {
    const { editor, click, a, b } = setUp();
    click({ x: 150, y: 150 });
    expect([...editor.selection]).toEqual([a]);
    click({ x: 450, y: 150 }, true);
    expect(new Set(editor.selection)).toEqual(new Set([a, b]));
    click({ x: 450, y: 150 }, true);
    expect([...editor.selection]).toEqual([a]);
    // Inside a frame is empty canvas: one can rubber-band in a theme.
    click({ x: 300, y: 500 });
    expect(editor.selection.size).toBe(0);
  });

  it('a click on one of several selected cards selects just that one', () => {
    const { editor, click, a, b } = setUp();
    editor.select([a, b]);
    click({ x: 450, y: 150 });
    expect([...editor.selection]).toEqual([b]);
  });

  it('the rubber band selects the cards it touches, a frame only when wholly inside, and Shift adds to the selection', () => {
    const { editor, view, gestures, drag, frame, a, b, outside } = setUp();
    gestures.down({ screen: { x: 50, y: 50 }, button: 0, shift: false });
    gestures.move({ x: 450, y: 150 });
    expect(view.bandStyle).toBe('band');
    expect(new Set(editor.selection)).toEqual(new Set([a, b]));
    gestures.up({ x: 450, y: 150 });
    expect(view.bandBox).toBeNull();

    // Around the whole frame: the frame and its cards.
    drag({ x: -10, y: -10 }, { x: 810, y: 610 });
    expect(new Set(editor.selection)).toEqual(new Set([frame, a, b]));

    editor.select([outside]);
    gestures.down({ screen: { x: 50, y: 50 }, button: 0, shift: true });
    gestures.move({ x: 150, y: 150 });
    gestures.up({ x: 150, y: 150 });
    expect(new Set(editor.selection)).toEqual(new Set([outside, a]));
  });
});

describe('moving cards', () => {
  it('a drag moves the selection to the exact drop and is one undo step', () => {
    const { editor, undo, view, gestures, get, a, b } = setUp();
    editor.select([a, b]);
    gestures.down({ screen: { x: 150, y: 150 }, button: 0, shift: false });
    gestures.move({ x: 170, y: 160 });
    expect(view.drag?.ids).toEqual(new Set([a, b]));
    expect(view.offset).toEqual({ dx: 20, dy: 10 });
    nextFrame();
    nextFrame();
    // Peers see it on its way: the doc follows once per frame.
    expect(get(a)).toMatchObject({ x: 120, y: 110 });
    for (let i = 1; i <= 5; i++) {
      gestures.move({ x: 170 + i * 30, y: 160 + i * 7 });
      nextFrame();
      nextFrame();
    }
    gestures.up({ x: 351, y: 203 });
    expect(view.drag).toBeNull();
    expect(get(a)).toMatchObject({ x: 301, y: 153 });
    expect(get(b)).toMatchObject({ x: 601, y: 153 });
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(get(a)).toMatchObject({ x: 100, y: 100 });
    expect(get(b)).toMatchObject({ x: 400, y: 100 });
  });

  it('a frame picked up by its header carries its cards', () => {
    const { editor, drag, get, frame, a, b } = setUp();
    drag({ x: 100, y: 10 }, { x: 150, y: 60 }, { x: 200, y: 110 });
    expect([...editor.selection]).toEqual([frame]);
    expect(get(frame)).toMatchObject({ x: 100, y: 100 });
    expect(get(a)).toMatchObject({ x: 200, y: 200 });
    expect(get(b)).toMatchObject({ x: 500, y: 200 });
  });

  it('a press that moves less than the drag threshold moves nothing and leaves nothing to undo', () => {
    const { undo, view, drag, get, a } = setUp();
    drag({ x: 150, y: 150 }, { x: 151, y: 151 });
    expect(view.drag).toBeNull();
    expect(get(a)).toMatchObject({ x: 100, y: 100 });
    expect(undo.undoStack).toHaveLength(0);
  });

  it('a drag brought back to where it started leaves nothing to undo', () => {
    const { undo, drag, get, a } = setUp();
    drag({ x: 150, y: 150 }, { x: 250, y: 250 }, { x: 150, y: 150 });
    expect(get(a)).toMatchObject({ x: 100, y: 100 });
    expect(undo.undoStack).toHaveLength(0);
  });

  it('a cancelled drag puts the cards back and leaves nothing to undo', () => {
    const { undo, view, gestures, get, a } = setUp();
    gestures.down({ screen: { x: 150, y: 150 }, button: 0, shift: false });
    gestures.move({ x: 300, y: 300 });
    nextFrame();
    nextFrame();
    expect(get(a)).toMatchObject({ x: 250, y: 250 });
    gestures.cancel();
    expect(view.drag).toBeNull();
    expect(get(a)).toMatchObject({ x: 100, y: 100 });
    expect(undo.undoStack).toHaveLength(0);
    // The next gesture starts afresh.
    expect(gestures.active).toBe(false);
  });
});

describe('the camera', () => {
  it('the hand tool pans by what the pointer travelled, on the next frame and exactly on release', () => {
    const { editor, view, gestures, get, a } = setUp();
    editor.setTool('hand');
    gestures.down({ screen: { x: 150, y: 150 }, button: 0, shift: false });
    expect(view.isPanning).toBe(true);
    gestures.move({ x: 200, y: 170 });
    nextFrame();
    expect(editor.camera).toEqual({ x: 50, y: 20, zoom: 1 });
    gestures.move({ x: 100, y: 100 });
    gestures.up({ x: 100, y: 100 });
    expect(editor.camera).toEqual({ x: -50, y: -50, zoom: 1 });
    expect(view.isPanning).toBe(false);
    // Panning over a card does not move it.
    expect(get(a)).toMatchObject({ x: 100, y: 100 });
  });

  it('the middle button and Space pan whatever the tool', () => {
    const { editor, gestures } = setUp();
    editor.setTool('note');
    gestures.down({ screen: { x: 150, y: 150 }, button: 1, shift: false });
    gestures.move({ x: 160, y: 150 });
    gestures.up({ x: 160, y: 150 });
    expect(editor.camera.x).toBe(10);
    editor.setSpacePan(true);
    gestures.down({ screen: { x: 150, y: 150 }, button: 0, shift: false });
    gestures.move({ x: 150, y: 170 });
    gestures.up({ x: 150, y: 170 });
    expect(editor.camera).toEqual({ x: 10, y: 20, zoom: 1 });
    expect(editor.index.size).toBe(4);
  });

  it('the wheel pans, Shift turns it sideways, Ctrl zooms around the pointer', () => {
    const { editor, gestures } = setUp();
    gestures.wheel({ screen: { x: 0, y: 0 }, dx: 0, dy: 100, zoom: false, shift: false });
    nextFrame();
    expect(editor.camera).toEqual({ x: 0, y: -100, zoom: 1 });
    gestures.wheel({ screen: { x: 0, y: 0 }, dx: 0, dy: 100, zoom: false, shift: true });
    nextFrame();
    expect(editor.camera).toEqual({ x: -100, y: -100, zoom: 1 });
    const under = editor.toBoard(600, 400);
    gestures.wheel({ screen: { x: 600, y: 400 }, dx: 0, dy: -200, zoom: true, shift: false });
    nextFrame();
    expect(editor.camera.zoom).toBeGreaterThan(1);
    // The board point under the pointer stays under it.
    const after = editor.toBoard(600, 400);
    expect(after.x).toBeCloseTo(under.x);
    expect(after.y).toBeCloseTo(under.y);
  });
});

describe('double-click', () => {
  it('edits a card, a frame by its title, and makes a note on empty canvas or inside a frame', () => {
    const { editor, gestures, a, frame } = setUp();
    gestures.doubleClick({ x: 150, y: 150 });
    expect(editor.getState().editing).toEqual({ id: a, field: 'text' });
    gestures.doubleClick({ x: 100, y: 10 });
    expect(editor.getState().editing).toEqual({ id: frame, field: 'title' });
    gestures.doubleClick({ x: 300, y: 500 });
    const made = editor.getState().editing!.id;
    expect(editor.index.get(made)).toMatchObject({ kind: 'note', x: 200, y: 420 });
  });
});

describe('resizing by a handle', () => {
  it('writes whole units once per frame, the exact box on release, one undo step', () => {
    const { editor, undo, get, a } = setUp();
    const resize = new ResizeGesture(editor, get(a), { x: 100, y: 100, w: 200, h: 160 }, 'bottom-right');
    resize.update({ x: 100, y: 100, w: 250.4, h: 170.6 }, false);
    nextFrame();
    nextFrame();
    expect(get(a)).toMatchObject({ w: 250, h: 171 });
    expect(resize.finish({ x: 100, y: 100, w: 300.2, h: 200 }, false)).toEqual({ x: 100, y: 100, w: 300, h: 200 });
    expect(get(a)).toMatchObject({ x: 100, y: 100, w: 300, h: 200 });
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(get(a)).toMatchObject({ w: 200, h: 160 });
  });

  it('a picture keeps its shape unless Shift is held', () => {
    const { editor, doc, get } = setUp();
    const pic = createItem(doc, { kind: 'image', x: 0, y: 1000, w: 400, h: 200, assetId: 'photo-1', alt: 'Le mur' });
    const before = { x: 0, y: 1000, w: 400, h: 200 };
    const kept = new ResizeGesture(editor, get(pic), before, 'middle-right').finish({ x: 0, y: 1000, w: 600, h: 200 }, false);
    expect(kept.w / kept.h).toBe(2);
    const free = new ResizeGesture(editor, get(pic), { x: 0, y: 1000, w: kept.w, h: kept.h }, 'middle-right').finish({ x: 0, y: 1000, w: 500, h: 300 }, true);
    expect(free).toMatchObject({ w: 500, h: 300 });
  });

  it('a cancelled resize puts the box back and leaves nothing to undo', () => {
    const { editor, undo, get, a } = setUp();
    const resize = new ResizeGesture(editor, get(a), { x: 100, y: 100, w: 200, h: 160 }, 'top-left');
    resize.update({ x: 50, y: 50, w: 250, h: 210 }, false);
    nextFrame();
    nextFrame();
    expect(get(a)).toMatchObject({ x: 50, w: 250 });
    resize.cancel();
    expect(get(a)).toMatchObject({ x: 100, y: 100, w: 200, h: 160 });
    expect(undo.undoStack).toHaveLength(0);
  });
});
