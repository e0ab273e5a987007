import { memo } from 'react';
import { Group, Rect, Shape, Text } from 'react-konva';
import type Konva from 'konva';
import type { NoteRecord } from '@shared/board/records';
import { DIM_OPACITY, MATCH_COLOR, useHighlight } from '../highlight-store';
import { INK, NOTE_FILL } from '../colors';
import { displayText } from '../display-text';
import { FONT_FAMILY, NOTE_FONT_SIZE, NOTE_PADDING } from './frame-geometry';
import type { ItemProps } from './item-props';

const SHADOW = 'rgba(0,0,0,0.13)';

/** A sticky note: paper with a flat shadow (one shape, two fills) and its text, wrapped and cut with an ellipsis. */
export const NoteItem = memo(function NoteItem({ item, editing, detail }: ItemProps<NoteRecord>) {
  const highlight = useHighlight(item.id);
  const fill = NOTE_FILL[item.color] ?? NOTE_FILL.yellow;
  const showText = detail === 'full' && !editing && item.text !== '';
  const { w, h } = item;
  const paper = (context: Konva.Context): void => {
    const ctx = context._context;
    ctx.fillStyle = SHADOW;
    ctx.fillRect(2, 3, w, h);
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, w, h);
  };
  return (
    <Group x={item.x} y={item.y} listening={false} opacity={highlight === 'dim' ? DIM_OPACITY : 1}>
      <Shape sceneFunc={paper} listening={false} perfectDrawEnabled={false} />
      {(highlight === 'match' || highlight === 'current') && (
        <Rect x={-4} y={-4} width={w + 8} height={h + 8} stroke={MATCH_COLOR} strokeWidth={highlight === 'current' ? 5 : 3} listening={false} />
      )}
      {showText && (
        <Text
          x={NOTE_PADDING}
          y={NOTE_PADDING}
          width={Math.max(1, w - NOTE_PADDING * 2)}
          height={Math.max(1, h - NOTE_PADDING * 2)}
          text={displayText(item.text)}
          fontSize={NOTE_FONT_SIZE}
          fontFamily={FONT_FAMILY}
          lineHeight={1.25}
          fill={INK}
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
