import { memo } from 'react';
import { Rect, Text } from 'react-konva';
import { fitText, labelStyle } from '@shared/board/fit-text';
import type { TextRecord } from '@shared/board/records';
import { DIM_OPACITY, useHighlight } from '../highlight-store';
import { INK } from '../colors';
import { displayText } from '../display-text';
import { cachedLayout, canvasMeasure } from '../fitted-text';
import { FittedLines } from './FittedLines';
import { FONT_FAMILY } from './frame-geometry';
import type { ItemProps } from './item-props';

/** A free text label on the board: its whole text, shrunk when needed (shared/board/fit-text), never cut. */
export const TextItem = memo(function TextItem({ item, editing, detail, placeholder }: ItemProps<TextRecord>) {
  const highlight = useHighlight(item.id);
  if (editing) return null;
  if (detail !== 'full') {
    return <Rect x={item.x} y={item.y} width={item.w} height={item.h} fill="rgba(0,0,0,0.18)" listening={false} perfectDrawEnabled={false} />;
  }
  const text = displayText(item.text);
  if (text) {
    const fit = cachedLayout(`text|${item.w}|${item.h}|${item.fontSize}|${text}`, () => fitText(text, item, labelStyle(item.fontSize), canvasMeasure('normal')));
    return <FittedLines role="text" fit={fit} x={item.x} y={item.y} width={item.w} fill={INK} opacity={highlight === 'dim' ? DIM_OPACITY : 1} />;
  }
  return (
    <Text
      x={item.x}
      y={item.y}
      width={item.w}
      height={item.h}
      text={placeholder}
      opacity={highlight === 'dim' ? DIM_OPACITY : 1}
      fontSize={item.fontSize}
      fontFamily={FONT_FAMILY}
      lineHeight={1.2}
      fill="#9a9a9a"
      wrap="word"
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});
