import { useLayoutEffect, useRef } from 'react';
import type { Editor } from '../editor';
import { LinkModel } from './link-model';
import { LinkPainter, type LinkShow } from './link-painter';

/**
 * The links as curved arrows: proposal ← the cards of its quotes and its themes, experiment ←
 * its proposal; by default only the links of the selected cards, every link on demand (`show`).
 * Over the board, taking no input, but drawn as if under the cards (their boxes are cleared off
 * the lines): a 2D canvas of the links on screen, and a picture of them all for the far-out
 * view. Nothing here re-renders with React: the links are kept in an R-tree (link-model.ts)
 * updated from what each transaction touched, and a camera move or a new selection repaints,
 * once per animation frame, only the links that meet the screen (link-painter.ts).
 * `data-lines` says how many links the last frame drew, `data-mode` how, `data-show` which.
 */
export function LinkOverlay({ editor, show }: { editor: Editor; show: LinkShow }) {
  const root = useRef<HTMLDivElement>(null);
  const lines = useRef<HTMLCanvasElement>(null);
  const picture = useRef<HTMLCanvasElement>(null);
  const showRef = useRef(show);
  showRef.current = show;
  /** Draws again with what `show` now says. */
  const redraw = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    if (!root.current || !lines.current || !picture.current) return;
    const model = new LinkModel(editor.doc, editor.index);
    const painter = new LinkPainter({ root: root.current, lines: lines.current, picture: picture.current }, model, (box) => editor.index.idsIn(box));
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
    painter.setShow(showRef.current, seen.selection);
    const offEditor = editor.subscribe(() => {
      const s = editor.getState();
      if (s.camera === seen.camera && s.size === seen.size && s.selection === seen.selection) return;
      if (s.selection !== seen.selection) painter.setShow(showRef.current, s.selection);
      seen = s;
      schedule();
    });
    const offModel = model.onChange(schedule);
    redraw.current = () => {
      painter.setShow(showRef.current, editor.getState().selection);
      paint();
    };
    // Drawn at once: the links are on screen as soon as they are asked for.
    paint();
    return () => {
      redraw.current = null;
      if (frame) cancelAnimationFrame(frame);
      offEditor();
      offModel();
      model.dispose();
    };
  }, [editor]);
  // Switching between all links and the selection's: drawn at once.
  useLayoutEffect(() => redraw.current?.(), [show]);
  return (
    <div ref={root} className="link-overlay board-anchored" data-testid="link-overlay" data-show={show} data-lines={0} aria-hidden="true" style={{ overflow: 'hidden' }}>
      <canvas ref={lines} data-testid="link-lines" style={{ position: 'absolute', left: 0, top: 0 }} />
      <canvas ref={picture} data-testid="link-picture" style={{ position: 'absolute', left: 0, top: 0, display: 'none', transformOrigin: '0 0', opacity: 0.8 }} />
    </div>
  );
}
