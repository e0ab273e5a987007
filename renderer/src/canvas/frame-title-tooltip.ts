import { useEffect, type RefObject } from 'react';
import type { Editor } from './editor';
import { onFrameTitle, topHit } from './hit-test';

/**
 * A frame's whole title as the canvas' tooltip while the pointer is on it: in the canvas a long
 * title may be shrunk, wrapped or end in "…". Looked up once per animation frame at most.
 */
export function useFrameTitleTooltip(editor: Editor, container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let pending = 0;
    let at: { x: number; y: number } | null = null;
    const show = (): void => {
      pending = 0;
      let title = '';
      if (at && !editor.getState().editing) {
        const rect = el.getBoundingClientRect();
        const p = editor.toBoard(at.x - rect.left, at.y - rect.top);
        const zoom = editor.camera.zoom;
        const hit = topHit(editor.index, p.x, p.y, zoom);
        if (hit?.kind === 'frame' && onFrameTitle(hit, p.x, p.y, zoom)) title = hit.title;
      }
      if (el.title !== title) el.title = title;
    };
    const onMove = (e: PointerEvent): void => {
      at = { x: e.clientX, y: e.clientY };
      pending ||= requestAnimationFrame(show);
    };
    const onLeave = (): void => {
      at = null;
      pending ||= requestAnimationFrame(show);
    };
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      cancelAnimationFrame(pending);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
    };
  }, [editor, container]);
}
