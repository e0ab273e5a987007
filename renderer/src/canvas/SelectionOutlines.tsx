import { Shape } from 'react-konva';
import type Konva from 'konva';
import type { Box } from '@shared/board/geometry';
import { SELECTION_COLOR } from './colors';

/** Outlines of the selected items that are on screen, drawn in one pass. */
export function SelectionOutlines({ boxes, zoom }: { boxes: readonly Box[]; zoom: number }) {
  if (boxes.length === 0) return null;
  const sceneFunc = (context: Konva.Context): void => {
    const ctx = context._context;
    const px = 1 / zoom;
    ctx.strokeStyle = SELECTION_COLOR;
    ctx.lineWidth = 2 * px;
    for (const b of boxes) ctx.strokeRect(b.x - 2 * px, b.y - 2 * px, b.w + 4 * px, b.h + 4 * px);
  };
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
