import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { newBoardDoc } from '@shared/project-file/build';
import { CameraScheduler } from '../../../renderer/src/canvas/camera-scheduler';
import { Editor } from '../../../renderer/src/canvas/editor';
import type { GestureView } from '../../../renderer/src/canvas/gestures/gesture';
import { PointerGestures } from '../../../renderer/src/canvas/gestures/pointer-gestures';
import { topHit } from '../../../renderer/src/canvas/hit-test';
import { FRAME_TITLE_SIZE, TITLE_LINE_HEIGHT, titleAboveBox, titleScaleFor } from '../../../renderer/src/canvas/items/frame-geometry';
import { createUndoManager } from '../../../renderer/src/session/undo';

const view: GestureView = { band: () => {}, dragged: () => {}, dragOffset: () => {}, panning: () => {} };

// Zoomed out, a frame's title is written on a label above its edge: that label is the frame's.
describe('the title of a frame, zoomed out', () => {
  function setUp() {
    const doc = newBoardDoc('Titres', '2026-11-01T00:00:00.000Z');
    const editor = new Editor(doc, createUndoManager(doc), { width: 1200, height: 800 });
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 2000, h: 1500, title: 'Le poids des étiquettes' });
    // A caption above the frame whose box reaches over the label (as the sample's phase captions do).
    const caption = createItem(doc, { kind: 'text', x: 0, y: -120, w: 2000, h: 100, text: 'Thèmes', fontSize: 16 });
    const zoom = 0.25;
    editor.setCamera({ x: 100, y: 200, zoom });
    const gestures = new PointerGestures(editor, view, new CameraScheduler(editor));
    const scale = titleScaleFor(zoom);
    const label = titleAboveBox(2000, scale);
    // On the label's first line, above the frame's edge.
    const onLabel = { x: 200, y: label.y + (FRAME_TITLE_SIZE * scale * TITLE_LINE_HEIGHT) / 2 };
    return { editor, gestures, frame, caption, zoom, onLabel, screen: editor.toScreen(onLabel.x, onLabel.y) };
  }

  it('is the frame: a click takes it, a double-click renames it and makes no note', () => {
    const { editor, gestures, frame, zoom, onLabel, screen } = setUp();
    expect(onLabel.y).toBeLessThan(0);
    expect(topHit(editor.index, onLabel.x, onLabel.y, zoom)?.id).toBe(frame);
    const before = editor.index.size;
    gestures.doubleClick(screen);
    expect(editor.getState().editing).toEqual({ id: frame, field: 'title' });
    expect(editor.index.size).toBe(before);
  });

  it('far above the label, the caption is what a click takes', () => {
    const { editor, caption, zoom } = setUp();
    expect(topHit(editor.index, 200, -110, zoom)?.id).toBe(caption);
  });
});
