import { Shape } from 'react-konva';
import type Konva from 'konva';
import type { ItemRecord } from '@shared/board/records';
import { FRAME_EDGE, FRAME_FILL, NOTE_FILL } from './colors';
import { displayText } from './display-text';
import { FONT_FAMILY } from './items/frame-geometry';

/** Frame titles in the overview, in screen pixels. */
const OVERVIEW_TITLE_PX = 12;

interface Props {
  items: readonly ItemRecord[];
  zoom: number;
  /** Ids not to draw (being dragged). */
  hidden: ReadonlySet<string> | null;
}

/**
 * Level of detail for a zoomed-out board: one shape that paints every visible item as a plain
 * block in a single pass (no Konva node per card), with frame titles while they are legible.
 */
export function OverviewShape({ items, zoom, hidden }: Props) {
  const sceneFunc = (context: Konva.Context): void => {
    const ctx = context._context;
    const px = 1 / zoom;
    for (const item of items) {
      if (hidden?.has(item.id)) continue;
      switch (item.kind) {
        case 'frame': {
          ctx.fillStyle = FRAME_FILL[item.color] ?? FRAME_FILL.grey;
          ctx.fillRect(item.x, item.y, item.w, item.h);
          ctx.strokeStyle = FRAME_EDGE[item.color] ?? FRAME_EDGE.grey;
          ctx.lineWidth = 2 * px;
          ctx.strokeRect(item.x, item.y, item.w, item.h);
          // Titles keep a legible size above their frame, when the frame is wide enough to carry one.
          if (item.title && item.w * zoom >= 48) {
            const size = OVERVIEW_TITLE_PX * px;
            ctx.fillStyle = FRAME_EDGE[item.color] ?? FRAME_EDGE.grey;
            ctx.font = `bold ${size}px ${FONT_FAMILY}`;
            ctx.textBaseline = 'alphabetic';
            ctx.save();
            ctx.beginPath();
            ctx.rect(item.x, item.y - size * 1.6, item.w, size * 1.6);
            ctx.clip();
            ctx.fillText(displayText(item.title, 120), item.x, item.y - size * 0.4);
            ctx.restore();
          }
          break;
        }
        case 'note':
          ctx.fillStyle = NOTE_FILL[item.color] ?? NOTE_FILL.yellow;
          ctx.fillRect(item.x, item.y, item.w, item.h);
          break;
        case 'text':
          ctx.fillStyle = 'rgba(0,0,0,0.25)';
          ctx.fillRect(item.x, item.y + item.h * 0.25, item.w, item.h * 0.5);
          break;
      }
    }
  };
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
