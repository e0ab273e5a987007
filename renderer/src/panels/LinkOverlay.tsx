import { useLayoutEffect, useRef } from 'react';
import type { Editor } from '../canvas/editor';
import { LinkModel } from './link-model';
import { LinkPainter } from './link-painter';

/**
 * The links as connectors, on demand: proposal → the cards of its quotes and its themes,
 * experiment → its proposal. A 2D canvas over the board that takes no input. Nothing here
 * re-renders with React: the links are kept in an R-tree (link-model.ts) updated from what each
 * transaction touched, and a camera move repaints, once per animation frame, only the links that
 * meet the screen (link-painter.ts). `data-lines` says how many links the last frame drew.
 */
export function LinkOverlay({ editor }: { editor: Editor }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const model = new LinkModel(editor.doc, editor.index);
    const painter = new LinkPainter(canvas, model);
    let frame = 0;
    const paint = (): void => {
      frame = 0;
      const { camera, size } = editor.getState();
      painter.paint(camera, size);
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    let seen = editor.getState();
    const offEditor = editor.subscribe(() => {
      const s = editor.getState();
      if (s.camera === seen.camera && s.size === seen.size) return;
      seen = s;
      schedule();
    });
    const offModel = model.onChange(schedule);
    // Drawn at once: the links are on screen as soon as they are asked for.
    paint();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      offEditor();
      offModel();
      model.dispose();
    };
  }, [editor]);
  return <canvas ref={ref} className="link-overlay" data-testid="link-overlay" data-lines={0} aria-hidden="true" />;
}
