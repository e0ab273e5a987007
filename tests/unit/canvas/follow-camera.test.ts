import { describe, expect, it } from 'vitest';
import { closeCameras, containCamera, viewportBox } from '../../../renderer/src/canvas/camera';

const contains = (outer: { x: number; y: number; w: number; h: number }, inner: typeof outer): boolean =>
  outer.x <= inner.x + 1e-6 && outer.y <= inner.y + 1e-6 && outer.x + outer.w >= inner.x + inner.w - 1e-6 && outer.y + outer.h >= inner.y + inner.h - 1e-6;

describe('another screen’s area fitted to mine', () => {
  it('a wide area on a tall screen, and a tall one on a wide screen: my view contains it, centred, touching two sides', () => {
    const cases = [
      { box: { x: -200, y: 100, w: 1600, h: 500 }, size: { width: 700, height: 900 } },
      { box: { x: 3000, y: -4000, w: 400, h: 1200 }, size: { width: 1920, height: 1080 } },
    ];
    for (const { box, size } of cases) {
      const view = viewportBox(containCamera(box, size), size);
      expect(contains(view, box)).toBe(true);
      // As close as it can: one dimension matches exactly.
      expect(Math.min(Math.abs(view.w - box.w), Math.abs(view.h - box.h))).toBeLessThan(1e-6);
      expect(view.x + view.w / 2).toBeCloseTo(box.x + box.w / 2);
      expect(view.y + view.h / 2).toBeCloseTo(box.y + box.h / 2);
    }
  });

  it('a camera within a hundredth of a pixel is the same (not re-applied); one pixel off is not', () => {
    expect(closeCameras({ x: 10, y: 20, zoom: 0.5 }, { x: 10.001, y: 20, zoom: 0.5 })).toBe(true);
    expect(closeCameras({ x: 10, y: 20, zoom: 0.5 }, { x: 11, y: 20, zoom: 0.5 })).toBe(false);
    expect(closeCameras({ x: 10, y: 20, zoom: 0.5 }, { x: 10, y: 20, zoom: 0.6 })).toBe(false);
  });
});
