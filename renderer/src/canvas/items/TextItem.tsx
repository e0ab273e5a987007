import { memo } from 'react';
import { Rect, Text } from 'react-konva';
import type { TextRecord } from '@shared/board/records';
import { DIM_OPACITY, useHighlight } from '../highlight-store';
import { INK } from '../colors';
import { displayText } from '../display-text';
import { FONT_FAMILY } from './frame-geometry';
import type { ItemProps } from './item-props';

/** A free text label on the board. */
export const TextItem = memo(function TextItem({ item, editing, detail, placeholder }: ItemProps<TextRecord>) {
  const highlight = useHighlight(item.id);
  if (editing) return null;
  if (detail !== 'full') {
    return <Rect x={item.x} y={item.y} width={item.w} height={item.h} fill="rgba(0,0,0,0.18)" listening={false} perfectDrawEnabled={false} />;
  }
  const text = displayText(item.text);
  return (
    <Text
      x={item.x}
      y={item.y}
      width={item.w}
      height={item.h}
      text={text || placeholder}
      opacity={highlight === 'dim' ? DIM_OPACITY : 1}
      fontSize={item.fontSize}
      fontFamily={FONT_FAMILY}
      lineHeight={1.2}
      fill={text ? INK : '#9a9a9a'}
      wrap="word"
      ellipsis
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});
