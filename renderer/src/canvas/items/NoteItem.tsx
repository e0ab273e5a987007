import { memo } from 'react';
import { Group, Rect, Shape } from 'react-konva';
import { noteLayout } from '@shared/board/card-layout';
import type Konva from 'konva';
import type { NoteRecord } from '@shared/board/records';
import { DIM_OPACITY, MATCH_COLOR, useHighlight } from '../highlight-store';
import { INK, NOTE_FILL } from '../colors';
import { displayText } from '../display-text';
import { canvasMeasure, cachedLayout } from '../fitted-text';
import { FittedLines } from './FittedLines';
import { NOTE_PADDING } from './frame-geometry';
import type { ItemProps } from './item-props';

const SHADOW = 'rgba(0,0,0,0.13)';

/** A sticky note: paper with a flat shadow (one shape, two fills) and its whole text, fitted (shared/board/fit-text). */
export const NoteItem = memo(function NoteItem({ item, editing, detail }: ItemProps<NoteRecord>) {
  const highlight = useHighlight(item.id);
  const fill = NOTE_FILL[item.color] ?? NOTE_FILL.yellow;
  const showText = detail === 'full' && !editing && item.text !== '';
  const { w } = item;
  const text = showText ? displayText(item.text) : '';
  const layout = showText ? cachedLayout(`note|${w}|${item.h}|${text}`, () => noteLayout(text, w, item.h, canvasMeasure('normal'))) : undefined;
  // A note whose text needs it even at the smallest size is drawn taller than its record.
  const h = layout?.cardH ?? item.h;
  const paper = (context: Konva.Context): void => {
    const ctx = context._context;
    ctx.fillStyle = SHADOW;
    ctx.fillRect(2, 3, w, h);
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, w, h);
  };
  return (
    <Group id={item.id} x={item.x} y={item.y} listening={false} opacity={highlight === 'dim' ? DIM_OPACITY : 1}>
      <Shape sceneFunc={paper} listening={false} perfectDrawEnabled={false} />
      {(highlight === 'match' || highlight === 'current') && (
        <Rect x={-4} y={-4} width={w + 8} height={h + 8} stroke={MATCH_COLOR} strokeWidth={highlight === 'current' ? 5 : 3} listening={false} />
      )}
      {layout && <FittedLines role="text" fit={layout.text} x={NOTE_PADDING} y={NOTE_PADDING} width={Math.max(1, w - NOTE_PADDING * 2)} fill={INK} />}
    </Group>
  );
});
