import { describe, expect, it } from 'vitest';
import { createItem, deleteItems, moveItems } from '@shared/board/commands';
import { newBoardDoc } from '@shared/project-file/build';
import { viewportBox } from '../../../renderer/src/canvas/camera';
import { ItemIndex } from '../../../renderer/src/canvas/item-index';
import { REVEAL_INSETS, revealCamera } from '../../../renderer/src/canvas/reveal';

const SIZE = { width: 1280, height: 800 };
const within = (outer: { x: number; y: number; w: number; h: number }, inner: typeof outer): boolean =>
  inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 && inner.x + inner.w <= outer.x + outer.w + 1e-6 && inner.y + inner.h <= outer.y + outer.h + 1e-6;

describe('a new card brought into view', () => {
  it('already in view: the board does not move', () => {
    const cam = { x: 0, y: 0, zoom: 1 };
    expect(revealCamera(cam, SIZE, { x: 500, y: 300, w: 200, h: 160 })).toBe(cam);
  });

  it('off to the right and below, at any zoom: the least pan shows it whole, clear of the bars, the zoom kept', () => {
    for (const zoom of [0.3, 1, 2]) {
      const cam = { x: 40, y: -20, zoom };
      const box = { x: 5000, y: 3000, w: 200, h: 160 };
      const moved = revealCamera(cam, SIZE, box);
      expect(moved.zoom).toBe(zoom);
      const view = viewportBox(moved, SIZE);
      const clear = {
        x: view.x + REVEAL_INSETS.left / zoom,
        y: view.y + REVEAL_INSETS.top / zoom,
        w: view.w - (REVEAL_INSETS.left + REVEAL_INSETS.right) / zoom,
        h: view.h - (REVEAL_INSETS.top + REVEAL_INSETS.bottom) / zoom,
      };
      expect(within(clear, box)).toBe(true);
      // The least pan: the card sits against the right and bottom edges of the clear area.
      expect(clear.x + clear.w).toBeCloseTo(box.x + box.w);
      expect(clear.y + clear.h).toBeCloseTo(box.y + box.h);
    }
  });

  it('partly hidden above the view: moved down just enough', () => {
    const cam = { x: 0, y: 0, zoom: 1 };
    const moved = revealCamera(cam, SIZE, { x: 400, y: -50, w: 200, h: 160 });
    expect(moved.x).toBe(0);
    expect(moved.y).toBe(50 + REVEAL_INSETS.top);
  });
});

describe('the board index answers placement', () => {
  it('knows the box around everything as cards come, move and go, and whether a box touches anything', () => {
    const doc = newBoardDoc('Placement', '2026-11-01T00:00:00.000Z');
    const index = new ItemIndex(doc);
    expect(index.bounds()).toBeNull();
    const a = createItem(doc, { kind: 'note', x: 0, y: 0 });
    const b = createItem(doc, { kind: 'frame', x: 1000, y: 500, w: 900, h: 640 });
    expect(index.bounds()).toEqual({ x: 0, y: 0, w: 1900, h: 1140 });
    moveItems(doc, [a], -300, -100);
    expect(index.bounds()).toEqual({ x: -300, y: -100, w: 2200, h: 1240 });
    deleteItems(doc, [b]);
    expect(index.bounds()).toEqual({ x: -300, y: -100, w: 200, h: 160 });
    expect(index.overlaps({ x: -150, y: -50, w: 10, h: 10 })).toBe(true);
    expect(index.overlaps({ x: 1200, y: 600, w: 10, h: 10 })).toBe(false);
    index.dispose();
  });
});
