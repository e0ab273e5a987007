import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { FrameRecord } from '@shared/board/records';
import { FRAME_EDGE, FRAME_FILL } from '../colors';
import { displayText } from '../display-text';
import { FONT_FAMILY, FRAME_TITLE_SIZE, frameHeader, MIN_TITLE_PX } from './frame-geometry';
import type { ItemProps } from './item-props';
import { useHighlight } from '../highlight-store';
import { ThemeBadge } from './ThemeBadge';

/** A frame (a theme, a cluster): a tinted area with a header band carrying its title. */
export const FrameItem = memo(function FrameItem({ item, editing, placeholder, titleScale }: ItemProps<FrameRecord>) {
  const highlight = useHighlight(item.id);
  const edge = FRAME_EDGE[item.color] ?? FRAME_EDGE.grey;
  const header = frameHeader(item);
  const title = displayText(item.title, 400);
  const fontSize = Math.min(FRAME_TITLE_SIZE, header.h * 0.6);
  return (
    <Group x={item.x} y={item.y} listening={false} opacity={highlight === 'dim' ? 0.45 : 1}>
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
        <Text
          x={14}
          y={(header.h - fontSize) / 2}
          width={Math.max(1, item.w - 28)}
          text={title || placeholder}
          fontSize={fontSize}
          fontStyle="bold"
          fontFamily={FONT_FAMILY}
          fill={title ? '#222' : '#777'}
          wrap="none"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {!editing && titleScale > 1 && (title || item.w * (MIN_TITLE_PX / (FRAME_TITLE_SIZE * titleScale)) > 60) && (
        // Zoomed out: the title keeps a legible size, on a label above the frame's edge.
        <Text
          x={0}
          y={-FRAME_TITLE_SIZE * titleScale * 1.35}
          width={item.w}
          text={title || placeholder}
          fontSize={FRAME_TITLE_SIZE * titleScale}
          fontStyle="bold"
          fontFamily={FONT_FAMILY}
          fill={title ? edge : '#777'}
          wrap="none"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
