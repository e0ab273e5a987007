import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Box } from '@shared/board/geometry';
import type { Insets } from '../../canvas/camera';
import type { Editor } from '../../canvas/editor';
import { useEditorSelector } from '../../canvas/use-editor-selector';

/** Pixels between the bar and the bars it docks against. */
const GAP = 6;

export type Dock = { edge: 'top' | 'bottom'; offset: number };

/**
 * Which edge the bar docks at: the bottom, unless there it would cover the selection (on screen)
 * more than at the top. `w`, `h`: the bar's size; the bar is centred.
 */
export function dockFor(selection: Box, bar: { w: number; h: number }, view: { width: number; height: number }, chrome: { top: number; bottom: number }): 'top' | 'bottom' {
  const x = (view.width - bar.w) / 2;
  const bottom = { x, y: view.height - chrome.bottom - GAP - bar.h, w: bar.w, h: bar.h };
  const top = { x, y: chrome.top + GAP, w: bar.w, h: bar.h };
  const covered = (b: Box): number =>
    Math.max(0, Math.min(selection.x + selection.w, b.x + b.w) - Math.max(selection.x, b.x)) *
    Math.max(0, Math.min(selection.y + selection.h, b.y + b.h) - Math.max(selection.y, b.y));
  const atBottom = covered(bottom);
  return atBottom > 0 && covered(top) < atBottom ? 'top' : 'bottom';
}

/**
 * Where the selection bar docks, kept right while the board pans. The bars around it and the bar's
 * own size are measured when the bar renders (its content, the selection or the window changed),
 * never per pan frame: a pan only redoes the arithmetic, and re-renders the bar only when the edge
 * changes. `selected`: the selection's box on the board.
 */
export function useDock(editor: Editor, selected: Box | undefined, bar: RefObject<HTMLElement | null>): Dock {
  const [dock, setDock] = useState<Dock>({ edge: 'bottom', offset: 0 });
  // A resized window renders the bar again, so it is measured again.
  useEditorSelector(editor, (s) => s.size);
  const measured = useRef<{ box: Box; chrome: Insets; w: number; h: number } | null>(null);

  const place = (): void => {
    const m = measured.current;
    if (!m) return;
    const { zoom } = editor.getState().camera;
    const a = editor.toScreen(m.box.x, m.box.y);
    const edge = dockFor({ x: a.x, y: a.y, w: m.box.w * zoom, h: m.box.h * zoom }, m, editor.getState().size, m.chrome);
    const offset = (edge === 'top' ? m.chrome.top : m.chrome.bottom) + GAP;
    setDock((d) => (d.edge === edge && d.offset === offset ? d : { edge, offset }));
  };

  // After each render of the bar: what surrounds it and its size may have changed.
  useLayoutEffect(() => {
    const el = bar.current;
    measured.current = el && selected ? { box: selected, chrome: editor.chromeInsets(el), w: el.offsetWidth, h: el.offsetHeight } : null;
    place();
  });

  // A pan or a zoom moves the selection on the screen: the same measures, a new camera.
  useEffect(() => {
    let camera = editor.getState().camera;
    return editor.subscribe(() => {
      const next = editor.getState().camera;
      if (next === camera) return;
      camera = next;
      place();
    });
    // `place` reads only the editor and the measures' ref, so the first one serves for good.
  }, [editor]);

  return dock;
}
