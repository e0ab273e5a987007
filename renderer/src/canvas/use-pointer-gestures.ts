import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type Konva from 'konva';
import { boxFromCorners, contains, intersects, type Box } from '@shared/board/geometry';
import { DEFAULT_SIZE, type ItemRecord } from '@shared/board/records';
import { clampZoom, zoomAround, type Camera } from './camera';
import { CameraScheduler } from './camera-scheduler';
import { SELECTION_COLOR } from './colors';
import type { Editor } from './editor';
import { onFrameHeader, topHit } from './hit-test';
import type { LiveGesture, MoveTotal } from './live-gesture';
import { startLiveMove } from './live-move';

export interface GestureNodes {
  stage: RefObject<Konva.Stage | null>;
  dragLayer: RefObject<Konva.Layer | null>;
  dragGroup: RefObject<Konva.Group | null>;
  overlay: RefObject<Konva.Layer | null>;
  /** Rubber band and frame-drawing preview. */
  band: RefObject<Konva.Rect | null>;
}

/** What a drag carries, as it was when picked up: the drag layer draws these, offset by the pointer. */
export interface DragSnapshot {
  ids: ReadonlySet<string>;
  items: ReadonlyMap<string, ItemRecord>;
}

type Point = { x: number; y: number };

type Gesture =
  | { kind: 'pan'; start: Point; camera: Camera }
  | { kind: 'band'; start: Point; additive: boolean; base: ReadonlySet<string>; moved: boolean }
  | {
      kind: 'drag';
      start: Point;
      startScreen: Point;
      ids: string[];
      clickedId: string;
      started: boolean;
      wasSelected: boolean;
      shift: boolean;
      /** Writes the positions to the doc once per frame while the drag lasts (peers see it live). */
      live: LiveGesture<MoveTotal> | null;
    }
  | { kind: 'frame'; start: Point; startScreen: Point; moved: boolean }
  | { kind: 'place'; tool: 'note' | 'text'; start: Point; startScreen: Point };

/** Screen pixels a press must travel before it counts as a drag. */
const DRAG_THRESHOLD = 3;

const isEditable = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT');

/**
 * Every pointer interaction on the canvas: pan, rubber band, move, draw a frame, place a note
 * or a text, double-click to create or edit, wheel to pan and zoom. Content shapes take no
 * pointer events; hits come from the R-tree (`topHit`). Only the Transformer's handles are
 * Konva-interactive.
 */
export function usePointerGestures(
  editor: Editor,
  container: RefObject<HTMLDivElement | null>,
  nodes: GestureNodes,
  setDragged: (drag: DragSnapshot | null) => void,
  /** Told the drag offset (board units) at every move, so the drag layer can re-cull when it goes far. */
  onDragOffset?: (dx: number, dy: number) => void,
): { onPointerDown: (e: Konva.KonvaEventObject<PointerEvent>) => void; panning: RefObject<boolean> } {
  const gesture = useRef<Gesture | null>(null);
  const panning = useRef(false);
  const scheduler = useRef<CameraScheduler | null>(null);
  scheduler.current ??= new CameraScheduler(editor);

  const localPoint = useCallback(
    (e: { clientX: number; clientY: number }): Point => {
      const rect = container.current?.getBoundingClientRect();
      return { x: e.clientX - (rect?.left ?? 0), y: e.clientY - (rect?.top ?? 0) };
    },
    [container],
  );

  const showBand = useCallback(
    (box: Box | null, style: 'band' | 'frame') => {
      const band = nodes.band.current;
      if (!band) return;
      if (!box) {
        band.visible(false);
      } else {
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
    [editor, nodes],
  );

  const onMove = useCallback(
    (e: PointerEvent) => {
      const g = gesture.current;
      if (!g) return;
      const s = localPoint(e);
      const p = editor.toBoard(s.x, s.y);
      switch (g.kind) {
        case 'pan':
          scheduler.current!.set({ ...g.camera, x: g.camera.x + (s.x - g.start.x), y: g.camera.y + (s.y - g.start.y) });
          break;
        case 'band': {
          const box = boxFromCorners(g.start.x, g.start.y, p.x, p.y);
          g.moved = true;
          showBand(box, 'band');
          const hits = editor.index.idsIn(box).filter((it) => (it.kind === 'frame' ? contains(box, it) : intersects(box, it)));
          const next = new Set(g.additive ? g.base : []);
          for (const it of hits) next.add(it.id);
          editor.select(next);
          break;
        }
        case 'drag': {
          if (!g.started) {
            if (Math.hypot(s.x - g.startScreen.x, s.y - g.startScreen.y) < DRAG_THRESHOLD) return;
            g.started = true;
            const ids = new Set(g.ids);
            const frames = new Set(g.ids.filter((id) => editor.index.get(id)?.kind === 'frame'));
            for (const child of editor.index.childrenOf(frames)) ids.add(child);
            const items = new Map<string, ItemRecord>();
            for (const id of ids) {
              const item = editor.index.get(id);
              if (item) items.set(id, item);
            }
            setDragged({ ids, items });
            g.live = startLiveMove(editor, g.ids, ids);
          }
          nodes.dragGroup.current?.position({ x: p.x - g.start.x, y: p.y - g.start.y });
          nodes.dragLayer.current?.batchDraw();
          onDragOffset?.(p.x - g.start.x, p.y - g.start.y);
          g.live?.update({ dx: Math.round(p.x - g.start.x), dy: Math.round(p.y - g.start.y) });
          break;
        }
        case 'frame': {
          if (!g.moved && Math.hypot(s.x - g.startScreen.x, s.y - g.startScreen.y) < DRAG_THRESHOLD) return;
          g.moved = true;
          showBand(boxFromCorners(g.start.x, g.start.y, p.x, p.y), 'frame');
          break;
        }
        case 'place':
          break;
      }
    },
    [editor, localPoint, nodes, setDragged, showBand, onDragOffset],
  );

  const onUp = useCallback(
    (e: PointerEvent) => {
      const g = gesture.current;
      gesture.current = null;
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      if (!g) return;
      const s = localPoint(e);
      const p = editor.toBoard(s.x, s.y);
      switch (g.kind) {
        case 'pan':
          panning.current = false;
          scheduler.current!.flush();
          if (container.current) container.current.dataset.panning = 'false';
          break;
        case 'band':
          showBand(null, 'band');
          if (!g.moved && !g.additive) editor.clearSelection();
          break;
        case 'drag': {
          if (g.started) {
            const dx = Math.round(p.x - g.start.x);
            const dy = Math.round(p.y - g.start.y);
            const cancelled = e.type === 'pointercancel';
            // The exact drop, in the same undo step as the frames before it; a cancel puts all back.
            if (cancelled || (dx === 0 && dy === 0)) g.live?.cancel({ dx: 0, dy: 0 });
            else g.live?.finish({ dx, dy });
            // The drag layer keeps its offset until it is hidden (it would flash the cards back).
            setDragged(null);
            onDragOffset?.(0, 0);
          } else if (!g.shift && g.wasSelected && editor.selection.size > 1) {
            // A click (no drag) on one of several selected items selects just that one.
            editor.select([g.clickedId]);
          }
          break;
        }
        case 'frame': {
          showBand(null, 'frame');
          if (g.moved) {
            const box = boxFromCorners(g.start.x, g.start.y, p.x, p.y);
            if (box.w >= 16 && box.h >= 16) editor.createFrame(box);
          } else {
            const { w, h } = DEFAULT_SIZE.frame;
            editor.createFrame({ x: g.start.x - w / 2, y: g.start.y - h / 2, w, h });
          }
          editor.setTool('select');
          break;
        }
        case 'place':
          if (g.tool === 'note') editor.createNoteAt(g.start, true);
          else editor.createTextAt(g.start, true);
          editor.setTool('select');
          break;
      }
    },
    [container, editor, localPoint, onMove, setDragged, onDragOffset, showBand],
  );

  const onPointerDown = useCallback(
    (ke: Konva.KonvaEventObject<PointerEvent>) => {
      const e = ke.evt;
      // The Transformer's handles handle themselves.
      if (ke.target.findAncestor('Transformer')) return;
      if (gesture.current) return;
      if (e.button !== 0 && e.button !== 1) return;
      const active = document.activeElement;
      if (isEditable(active)) (active as HTMLElement).blur();
      const s = localPoint(e);
      const p = editor.toBoard(s.x, s.y);
      const { tool, spacePan } = editor.getState();
      let g: Gesture;
      if (e.button === 1 || spacePan || tool === 'hand') {
        g = { kind: 'pan', start: s, camera: editor.camera };
        panning.current = true;
        if (container.current) container.current.dataset.panning = 'true';
      } else if (tool === 'frame') {
        g = { kind: 'frame', start: p, startScreen: s, moved: false };
      } else if (tool === 'note' || tool === 'text') {
        g = { kind: 'place', tool, start: p, startScreen: s };
      } else {
        const hit = topHit(editor.index, p.x, p.y, editor.camera.zoom);
        if (!hit) {
          g = { kind: 'band', start: p, additive: e.shiftKey, base: editor.selection, moved: false };
        } else {
          const wasSelected = editor.selection.has(hit.id);
          if (e.shiftKey) {
            editor.toggle(hit.id);
          } else if (!wasSelected) {
            editor.select([hit.id]);
          }
          if (e.shiftKey && wasSelected) return; // just deselected: nothing to drag
          g = {
            kind: 'drag',
            start: p,
            startScreen: s,
            ids: [...editor.selection],
            clickedId: hit.id,
            started: false,
            wasSelected,
            shift: e.shiftKey,
            live: null,
          };
        }
      }
      e.preventDefault();
      gesture.current = g;
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onUp);
    },
    [container, editor, localPoint, onMove, onUp],
  );

  // Wheel, double-click and pointer tracking on the container element.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const sched = scheduler.current!;
    const onWheel = (e: WheelEvent): void => {
      // A long text being edited scrolls itself.
      if (isEditable(e.target) && !e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const cam = sched.current();
      if (e.ctrlKey || e.metaKey) {
        const s = localPoint(e);
        const factor = Math.exp(-e.deltaY * unit * 0.002);
        sched.set(zoomAround(cam, clampZoom(cam.zoom * factor), s.x, s.y));
      } else {
        let dx = e.deltaX * unit;
        let dy = e.deltaY * unit;
        if (e.shiftKey && dx === 0) {
          dx = dy;
          dy = 0;
        }
        sched.set({ ...cam, x: cam.x - dx, y: cam.y - dy });
      }
    };
    const onDblClick = (e: MouseEvent): void => {
      // A double-click inside the text editor selects a word; it is not a canvas gesture.
      if (isEditable(e.target)) return;
      if (editor.getState().tool !== 'select' || editor.getState().spacePan) return;
      const s = localPoint(e);
      const p = editor.toBoard(s.x, s.y);
      const hit = topHit(editor.index, p.x, p.y, editor.camera.zoom);
      if (hit && (hit.kind !== 'frame' || onFrameHeader(hit, p.x, p.y, editor.camera.zoom))) {
        editor.startEditing(hit.id);
      } else if (!hit || hit.kind === 'frame') {
        editor.createNoteAt(p, true);
      }
    };
    const onPointerMove = (e: PointerEvent): void => {
      editor.pointer = localPoint(e);
    };
    const onPointerLeave = (): void => {
      editor.pointer = null;
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('dblclick', onDblClick);
    el.addEventListener('pointermove', onPointerMove);
    el.addEventListener('pointerleave', onPointerLeave);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('dblclick', onDblClick);
      el.removeEventListener('pointermove', onPointerMove);
      el.removeEventListener('pointerleave', onPointerLeave);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      sched.dispose();
    };
  }, [container, editor, localPoint, onMove, onUp]);

  // Unmounted mid-drag: put the cards back and leave the undo manager as it was.
  useEffect(
    () => () => {
      const g = gesture.current;
      if (g?.kind === 'drag') g.live?.cancel({ dx: 0, dy: 0 });
    },
    [],
  );

  return { onPointerDown, panning };
}
