import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type Konva from 'konva';
import type { Box } from '@shared/board/geometry';
import { CameraScheduler } from './camera-scheduler';
import { SELECTION_COLOR } from './colors';
import type { Editor } from './editor';
import type { DragSnapshot, GestureView } from './gestures/gesture';
import { PointerGestures } from './gestures/pointer-gestures';

export type { DragSnapshot } from './gestures/gesture';

export interface GestureNodes {
  stage: RefObject<Konva.Stage | null>;
  dragLayer: RefObject<Konva.Layer | null>;
  dragGroup: RefObject<Konva.Group | null>;
  overlay: RefObject<Konva.Layer | null>;
  /** Rubber band and frame-drawing preview. */
  band: RefObject<Konva.Rect | null>;
}

const isEditable = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT');

/**
 * Feeds the canvas' DOM pointer, wheel and double-click events to the editor's gestures
 * (`gestures/pointer-gestures.ts`, where what they do is decided and tested), and draws what a
 * gesture shows on Konva nodes directly: the band and the drag layer move without a React render.
 * Content shapes take no pointer events; only the Transformer's handles are Konva-interactive.
 */
export function usePointerGestures(
  editor: Editor,
  container: RefObject<HTMLDivElement | null>,
  nodes: GestureNodes,
  setDragged: (drag: DragSnapshot | null) => void,
  /** Told the drag offset (board units) at every move, so the drag layer can re-cull when it goes far. */
  onDragOffset?: (dx: number, dy: number) => void,
): { onPointerDown: (e: Konva.KonvaEventObject<PointerEvent>) => void } {
  // The latest callbacks, read by the view the gestures hold for the canvas' lifetime.
  const callbacks = useRef({ setDragged, onDragOffset });
  callbacks.current = { setDragged, onDragOffset };

  const [wiring] = useState(() => {
    const localPoint = (e: { clientX: number; clientY: number }): { x: number; y: number } => {
      const rect = container.current?.getBoundingClientRect();
      return { x: e.clientX - (rect?.left ?? 0), y: e.clientY - (rect?.top ?? 0) };
    };
    const view: GestureView = {
      band(box: Box | null, style) {
        const band = nodes.band.current;
        if (!band) return;
        if (!box) band.visible(false);
        else {
          const zoom = editor.camera.zoom;
          band.setAttrs({
            visible: true,
            x: box.x,
            y: box.y,
            width: box.w,
            height: box.h,
            stroke: SELECTION_COLOR,
            strokeWidth: 1 / zoom,
            dash: style === 'frame' ? [8 / zoom, 6 / zoom] : [],
            fill: style === 'band' ? 'rgba(30,111,217,0.08)' : 'rgba(120,120,120,0.06)',
          });
        }
        nodes.overlay.current?.batchDraw();
      },
      dragged(drag) {
        callbacks.current.setDragged(drag);
        if (!drag) callbacks.current.onDragOffset?.(0, 0);
      },
      dragOffset(dx, dy) {
        nodes.dragGroup.current?.position({ x: dx, y: dy });
        nodes.dragLayer.current?.batchDraw();
        callbacks.current.onDragOffset?.(dx, dy);
      },
      panning(on) {
        if (container.current) container.current.dataset.panning = on ? 'true' : 'false';
      },
    };
    const camera = new CameraScheduler(editor);
    const gestures = new PointerGestures(editor, view, camera);
    // Moves and the release are followed on the window, so a gesture goes on outside the canvas.
    const onMove = (e: PointerEvent): void => gestures.move(localPoint(e));
    const onUp = (e: PointerEvent): void => {
      unfollow();
      gestures.up(localPoint(e));
    };
    const onCancel = (): void => {
      unfollow();
      gestures.cancel();
    };
    const follow = (): void => {
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
    };
    const unfollow = (): void => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
    };
    return { camera, gestures, localPoint, follow, unfollow };
  });
  const { gestures, localPoint } = wiring;

  const onPointerDown = useCallback((ke: Konva.KonvaEventObject<PointerEvent>): void => {
    const e = ke.evt;
    // The Transformer's handles handle themselves.
    if (ke.target.findAncestor('Transformer')) return;
    if (gestures.active || (e.button !== 0 && e.button !== 1)) return;
    const active = document.activeElement;
    if (isEditable(active)) (active as HTMLElement).blur();
    if (!gestures.down({ screen: localPoint(e), button: e.button, shift: e.shiftKey })) return;
    e.preventDefault();
    wiring.follow();
  }, [gestures, localPoint, wiring]);

  // Wheel, double-click and pointer tracking on the container element.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onWheel = (e: WheelEvent): void => {
      // A long text being edited scrolls itself.
      if (isEditable(e.target) && !e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      gestures.wheel({ screen: localPoint(e), dx: e.deltaX * unit, dy: e.deltaY * unit, zoom: e.ctrlKey || e.metaKey, shift: e.shiftKey });
    };
    const onDblClick = (e: MouseEvent): void => {
      // A double-click inside the text editor selects a word; it is not a canvas gesture.
      if (!isEditable(e.target)) gestures.doubleClick(localPoint(e));
    };
    const onPointerMove = (e: PointerEvent): void => gestures.hover(localPoint(e));
    const onPointerLeave = (): void => gestures.hover(null);
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('dblclick', onDblClick);
    el.addEventListener('pointermove', onPointerMove);
    el.addEventListener('pointerleave', onPointerLeave);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('dblclick', onDblClick);
      el.removeEventListener('pointermove', onPointerMove);
      el.removeEventListener('pointerleave', onPointerLeave);
    };
  }, [container, gestures, localPoint]);

  // Unmounted mid-gesture: a drag puts the cards back and leaves the undo manager as it was.
  useEffect(
    () => () => {
      wiring.unfollow();
      gestures.cancel();
      wiring.camera.dispose();
    },
    [gestures, wiring],
  );

  return { onPointerDown };
}
