import { useEffect, useRef } from 'react';
import { Rect, Transformer } from 'react-konva';
import type Konva from 'konva';
import type { Box } from '@shared/board/geometry';
import { MIN_SIZE, type ItemRecord } from '@shared/board/records';
import { SELECTION_COLOR } from './colors';
import type { Editor } from './editor';
import type { LiveGesture } from './live-gesture';
import { startLiveResize } from './live-resize';

interface Props {
  editor: Editor;
  item: ItemRecord;
  /** Box drawn while the handles are dragged, at once (the doc follows once per frame). */
  onPreview(box: Box | null): void;
}

const MIN_SCREEN_PX = 16;

/**
 * Resize handles for the one selected item. The Transformer works on an invisible proxy
 * rectangle in the overlay layer; the card follows through `onPreview`, the doc once per frame
 * (so peers see the resize), exact on release, all of it one undo step.
 */
export function SelectionTransformer({ editor, item, onPreview }: Props) {
  const proxyRef = useRef<Konva.Rect>(null);
  const trRef = useRef<Konva.Transformer>(null);
  const live = useRef<LiveGesture<Box> | null>(null);
  /** The item's box before the handles were taken (what a cancelled resize puts back). */
  const boxNow = useRef<Box>({ x: item.x, y: item.y, w: item.w, h: item.h });

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
      live.current?.cancel(boxNow.current);
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

  const rounded = (b: Box): Box => ({ x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.w), h: Math.round(b.h) });
  const boxOf = (node: Konva.Rect): Box => ({
    x: node.x(),
    y: node.y(),
    w: Math.max(MIN_SIZE, Math.abs(node.width() * node.scaleX())),
    h: Math.max(MIN_SIZE, Math.abs(node.height() * node.scaleY())),
  });

  return (
    <>
      <Rect ref={proxyRef} x={item.x} y={item.y} width={item.w} height={item.h} listening={false} perfectDrawEnabled={false} />
      <Transformer
        ref={trRef}
        rotateEnabled={false}
        flipEnabled={false}
        keepRatio={false}
        ignoreStroke
        borderStroke={SELECTION_COLOR}
        anchorStroke={SELECTION_COLOR}
        anchorSize={9}
        anchorCornerRadius={2}
        boundBoxFunc={(oldBox, newBox) =>
          newBox.width < MIN_SCREEN_PX || newBox.height < MIN_SCREEN_PX ? oldBox : newBox
        }
        onTransformStart={() => {
          live.current?.cancel(boxNow.current);
          live.current = startLiveResize(editor, item.id);
        }}
        onTransform={() => {
          const node = proxyRef.current;
          if (!node) return;
          const box = boxOf(node);
          onPreview(box);
          live.current?.update(rounded(box));
        }}
        onTransformEnd={() => {
          const node = proxyRef.current;
          if (!node) return;
          const box = rounded(boxOf(node));
          node.setAttrs({ x: box.x, y: box.y, width: box.w, height: box.h, scaleX: 1, scaleY: 1 });
          const gesture = live.current;
          live.current = null;
          // Finished before the preview goes, so the card never shows its old box for a frame.
          if (gesture) gesture.finish(box);
          else editor.update(item.id, box);
          boxNow.current = box;
          onPreview(null);
        }}
      />
    </>
  );
}
