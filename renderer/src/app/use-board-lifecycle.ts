import { useCallback, useLayoutEffect } from 'react';
import { attachBoard, detachBoard, markReady } from '../automation/tablee-hook';
import type { Editor } from '../canvas/editor';

/**
 * What every on-screen board does with its editor, the facilitator's and a participant's alike:
 * open on the whole board, expose it to the automation hook (its keys: actions/use-actions.tsx). Returns
 * the callback the canvas calls after its first draw (the board is then "ready").
 */
export function useBoardLifecycle(editor: Editor): () => void {
  // Open on the whole board (never zoomed in past 100 %).
  useLayoutEffect(() => {
    if (editor.index.size > 0) editor.zoomToFit();
    else editor.zoomReset();
  }, [editor]);

  // A layout effect: it must run before the canvas' first draw can mark the board ready.
  useLayoutEffect(() => {
    attachBoard(editor, () => document.querySelector<HTMLElement>('[data-testid="board-canvas"]'));
    return () => detachBoard(editor);
  }, [editor]);

  return useCallback(() => markReady(editor), [editor]);
}
