import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { FrameRecord } from '@shared/board/records';
import { FRAME_EDGE, FRAME_FILL } from '../colors';
import { displayText } from '../display-text';
import { FONT_FAMILY, FRAME_TITLE_SIZE, MIN_TITLE_PX, TITLE_INSET, TITLE_LINE_HEIGHT, titleAboveBox } from './frame-geometry';
import { FittedLines } from './FittedLines';
import { fittedFrameHeader, frameTitleFit } from './frame-title';
import type { ItemProps } from './item-props';
import { useHighlight } from '../highlight-store';
import { ThemeBadge } from './ThemeBadge';

/** A frame (a theme, a cluster): a tinted area with a header band carrying its title. */
export const FrameItem = memo(function FrameItem({ item, editing, placeholder, titleScale }: ItemProps<FrameRecord>) {
  const highlight = useHighlight(item.id);
  const edge = FRAME_EDGE[item.color] ?? FRAME_EDGE.grey;
  const header = fittedFrameHeader(item);
  const title = displayText(item.title, 400);
  const text = title || placeholder;
  // The exports' rule: a long title shrinks, then wraps, and the header band grows to hold it all.
  const fitted = frameTitleFit(item, text).title;
  const above = titleAboveBox(item.w, titleScale);
  return (
    <Group id={item.id} x={item.x} y={item.y} listening={false} opacity={highlight === 'dim' ? 0.45 : 1}>
      <Rect
        width={item.w}
        height={item.h}
        fill={FRAME_FILL[item.color] ?? FRAME_FILL.grey}
        stroke={edge}
        strokeWidth={highlight === 'match' || highlight === 'current' ? 5 : 2}
        strokeScaleEnabled={false}
        cornerRadius={6}
        listening={false}
        perfectDrawEnabled={false}
      />
      <Rect width={item.w} height={header.h} fill={edge} opacity={0.18} cornerRadius={[6, 6, 0, 0]} listening={false} perfectDrawEnabled={false} />
      {titleScale <= 1 && <ThemeBadge frame={item} headerH={header.h} />}
      {!editing && titleScale <= 1 && (
        <FittedLines role="title" fit={fitted} x={TITLE_INSET} y={Math.max(2, (header.h - fitted.height) / 2)} width={Math.max(1, item.w - 2 * TITLE_INSET)} fill={title ? '#222' : '#777'} fontStyle="bold" />
      )}
      {!editing && titleScale > 1 && (title || item.w * (MIN_TITLE_PX / (FRAME_TITLE_SIZE * titleScale)) > 60) && (
        // Zoomed out: the title keeps a legible size, on a label from above the frame's edge (two lines at most).
        <Text
          x={above.x}
          y={above.y}
          width={above.w}
          height={above.h}
          text={text}
          fontSize={FRAME_TITLE_SIZE * titleScale}
          lineHeight={TITLE_LINE_HEIGHT}
          fontStyle="bold"
          fontFamily={FONT_FAMILY}
          fill={title ? edge : '#777'}
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
