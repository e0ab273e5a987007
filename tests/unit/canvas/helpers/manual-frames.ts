import { afterEach, beforeEach, vi } from 'vitest';
import type { Point } from '../../../../renderer/src/canvas/gestures/gesture';
import type { PointerGestures } from '../../../../renderer/src/canvas/gestures/pointer-gestures';

/**
 * Animation frames by hand, 60 a second, for driving the editor's gestures as the canvas does
 * without a browser: `performance.now` and `requestAnimationFrame` are the test's, and a frame
 * happens when the test calls `nextFrame()`. Registers its own beforeEach / afterEach.
 */
export function useManualFrames(): { nextFrame: () => void } {
  let frames: Array<() => void> = [];
  let now = 0;
  beforeEach(() => {
    frames = [];
    now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let n = 0;
    const byId = new Map<number, () => void>();
    globalThis.requestAnimationFrame = (cb: FrameRequestCallback): number => {
      const id = ++n;
      const run = (): void => {
        if (byId.delete(id)) cb(now);
      };
      byId.set(id, run);
      frames.push(run);
      return id;
    };
    globalThis.cancelAnimationFrame = (id: number) => {
      byId.delete(id);
    };
  });
  afterEach(() => {
    vi.restoreAllMocks();
    // @ts-expect-error -- the stubs go; node has no animation frames.
    delete globalThis.requestAnimationFrame;
    // @ts-expect-error -- as above.
    delete globalThis.cancelAnimationFrame;
  });
  return {
    nextFrame: () => {
      now += 1000 / 60;
      const run = frames;
      frames = [];
      for (const f of run) f();
    },
  };
}

/** A drag as a hand makes it: press, each move in frames of its own (two: live writes wait for them), release. */
export function dragWith(gestures: PointerGestures, nextFrame: () => void): (from: Point, ...to: Point[]) => void {
  return (from, ...to) => {
    gestures.down({ screen: from, button: 0, shift: false });
    for (const p of to) {
      gestures.move(p);
      nextFrame();
      nextFrame();
    }
    gestures.up(to.at(-1) ?? from);
  };
}
