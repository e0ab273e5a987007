import { useEffect, useRef, useState } from 'react';
import { Rect, Transformer } from 'react-konva';
import type Konva from 'konva';
import type { Box } from '@shared/board/geometry';
import { MIN_SIZE, type ItemRecord } from '@shared/board/records';
import { keepsShape, sideWithRatio } from './picture-resize';
import { SELECTION_COLOR } from './colors';
import type { Editor } from './editor';
import { ResizeGesture } from './gestures/resize';

interface Props {
  editor: Editor;
  item: ItemRecord;
  /** Box drawn while the handles are dragged, at once (the doc follows once per frame). */
  onPreview(box: Box | null): void;
}

const MIN_SCREEN_PX = 16;

/**
 * Resize handles for the one selected item. The Transformer works on an invisible proxy
 * rectangle in the overlay layer; the card follows through `onPreview`, the doc through a
 * `ResizeGesture` (once per frame, exact on release, one undo step). A picture keeps the shape
 * of its box unless Shift is held (see `keepsShape`).
 */
export function SelectionTransformer({ editor, item, onPreview }: Props) {
  const proxyRef = useRef<Konva.Rect>(null);
  const trRef = useRef<Konva.Transformer>(null);
  const live = useRef<ResizeGesture | null>(null);
  /** The item's box before the handles were taken (what a cancelled resize puts back). */
  const boxNow = useRef<Box>({ x: item.x, y: item.y, w: item.w, h: item.h });
  const [first] = useState(boxNow.current);
  /** Shift, as the latest pointer move had it: the handles read the same (not key events, so
   *  letting go of Shift just before the button does not change the box at the last moment). */
  const shift = useRef(false);
  /** The handle being dragged ('top-left', 'middle-right'…). */
  const anchor = useRef('');
  const picture = item.kind === 'image';

  useEffect(() => {
    if (!picture) return;
    const track = (e: PointerEvent): void => {
      shift.current = e.shiftKey;
    };
    // Capture on the window: seen before the handles' own window listener reads the same move.
    const events = ['pointerdown', 'pointermove'] as const;
    for (const type of events) window.addEventListener(type, track, true);
    return () => {
      for (const type of events) window.removeEventListener(type, track, true);
    };
  }, [picture]);

  useEffect(() => {
    const tr = trRef.current;
    const proxy = proxyRef.current;
    if (!tr || !proxy) return;
    tr.nodes([proxy]);
    tr.getLayer()?.batchDraw();
  }, []);

  // Unmounted mid-resize (the item deleted by a peer): the gesture ends as it was.
  useEffect(
    () => () => {
      live.current?.cancel();
      live.current = null;
    },
    [],
  );

  // Keep the proxy on the item when the item changes (undo, another peer, a commit), except
  // while the handles are held: then the changes are this resize's own.
  useEffect(() => {
    const proxy = proxyRef.current;
    if (!proxy || live.current) return;
    boxNow.current = { x: item.x, y: item.y, w: item.w, h: item.h };
    proxy.setAttrs({ x: item.x, y: item.y, width: item.w, height: item.h, scaleX: 1, scaleY: 1 });
    trRef.current?.forceUpdate();
    proxy.getLayer()?.batchDraw();
  }, [item.x, item.y, item.w, item.h]);

  /** The ratio kept: the box's before the handles were taken. */
  const ratio = (): number => boxNow.current.w / boxNow.current.h;
  const boxOf = (node: Konva.Rect): Box => ({
    x: node.x(),
    y: node.y(),
    w: Math.max(MIN_SIZE, Math.abs(node.width() * node.scaleX())),
    h: Math.max(MIN_SIZE, Math.abs(node.height() * node.scaleY())),
  });

  return (
    <>
      {/* Placed once: the effect above keeps it on the item. Props following the item would reset it
          mid-resize to the last live write, scale still applied (a picture's height would drift). */}
      <Rect ref={proxyRef} x={first.x} y={first.y} width={first.w} height={first.h} listening={false} perfectDrawEnabled={false} />
      <Transformer
        ref={trRef}
        rotateEnabled={false}
        flipEnabled={false}
        keepRatio={picture}
        shiftBehavior={picture ? 'inverted' : 'default'}
        ignoreStroke
        borderStroke={SELECTION_COLOR}
        anchorStroke={SELECTION_COLOR}
        anchorSize={9}
        anchorCornerRadius={2}
        boundBoxFunc={(oldBox, newBox) => {
          if (newBox.width < MIN_SCREEN_PX || newBox.height < MIN_SCREEN_PX) return oldBox;
          // Corners keep the shape through `keepRatio`; a side handle needs the other axis to follow.
          if (!keepsShape(item.kind, shift.current)) return newBox;
          return sideWithRatio(oldBox, newBox, ratio(), anchor.current, MIN_SCREEN_PX) ?? oldBox;
        }}
        onTransformStart={() => {
          anchor.current = trRef.current?.getActiveAnchor() ?? '';
          live.current?.cancel();
          live.current = new ResizeGesture(editor, item, boxNow.current, anchor.current);
        }}
        onTransform={() => {
          const node = proxyRef.current;
          if (!node) return;
          const box = boxOf(node);
          onPreview(box);
          live.current?.update(box, shift.current);
        }}
        onTransformEnd={() => {
          const node = proxyRef.current;
          if (!node) return;
          const gesture = live.current ?? new ResizeGesture(editor, item, boxNow.current, anchor.current);
          live.current = null;
          // Finished before the preview goes, so the card never shows its old box for a frame.
          const box = gesture.finish(boxOf(node), shift.current);
          node.setAttrs({ x: box.x, y: box.y, width: box.w, height: box.h, scaleX: 1, scaleY: 1 });
          boxNow.current = box;
          onPreview(null);
        }}
      />
    </>
  );
}
