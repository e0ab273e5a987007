import { useEffect, useRef } from 'react';
import { Rect, Transformer } from 'react-konva';
import type Konva from 'konva';
import type { Box } from '@shared/board/geometry';
import { MIN_SIZE, type ItemRecord } from '@shared/board/records';
import { SELECTION_COLOR } from './colors';

interface Props {
  item: ItemRecord;
  /** Live box while the handles are dragged (only local: the doc changes on release). */
  onPreview(box: Box | null): void;
  onCommit(box: Box): void;
}

const MIN_SCREEN_PX = 16;

/**
 * Resize handles for the one selected item. The Transformer works on an invisible proxy
 * rectangle in the overlay layer; the card follows through `onPreview`, and the doc is changed
 * once, on release.
 */
export function SelectionTransformer({ item, onPreview, onCommit }: Props) {
  const proxyRef = useRef<Konva.Rect>(null);
  const trRef = useRef<Konva.Transformer>(null);

  useEffect(() => {
    const tr = trRef.current;
    const proxy = proxyRef.current;
    if (!tr || !proxy) return;
    tr.nodes([proxy]);
    tr.getLayer()?.batchDraw();
  }, []);

  // Keep the proxy on the item when the item changes (undo, another peer, a commit).
  useEffect(() => {
    const proxy = proxyRef.current;
    if (!proxy) return;
    proxy.setAttrs({ x: item.x, y: item.y, width: item.w, height: item.h, scaleX: 1, scaleY: 1 });
    trRef.current?.forceUpdate();
    proxy.getLayer()?.batchDraw();
  }, [item.x, item.y, item.w, item.h]);

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
        onTransform={() => {
          const node = proxyRef.current;
          if (node) onPreview(boxOf(node));
        }}
        onTransformEnd={() => {
          const node = proxyRef.current;
          if (!node) return;
          const box = boxOf(node);
          const rounded = { x: Math.round(box.x), y: Math.round(box.y), w: Math.round(box.w), h: Math.round(box.h) };
          node.setAttrs({ x: rounded.x, y: rounded.y, width: rounded.w, height: rounded.h, scaleX: 1, scaleY: 1 });
          onPreview(null);
          onCommit(rounded);
        }}
      />
    </>
  );
}
