import { updateItem } from '@shared/board/commands';
import { itemsOf } from '@shared/board/doc';
import type { Box } from '@shared/board/geometry';
import type { Editor } from './editor';
import { LIVE_MIN_INTERVAL_MS, LiveGesture } from './live-gesture';

const sameBox = (a: Box, b: Box): boolean => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/**
 * Resizing one item, live: each frame writes its box (whole board units), the end writes the
 * exact box and settles frame membership (as `updateItem` does). One undo step.
 */
export function startLiveResize(editor: Editor, id: string): LiveGesture<Box> {
  return new LiveGesture<Box>(
    editor.doc,
    editor.undo,
    (box, final) => {
      if (final) return updateItem(editor.doc, id, { x: box.x, y: box.y, w: box.w, h: box.h });
      const map = itemsOf(editor.doc).get(id);
      if (!map) return;
      for (const [key, value] of [['x', box.x], ['y', box.y], ['w', box.w], ['h', box.h]] as const) {
        if (map.get(key) !== value) map.set(key, value);
      }
    },
    sameBox,
    undefined,
    LIVE_MIN_INTERVAL_MS,
  );
}
