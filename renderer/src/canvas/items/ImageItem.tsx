import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Image as KonvaImage, Rect, Text } from 'react-konva';
import type { ImageCardRecord } from '@shared/board/records';
import { useBitmap } from '../bitmap-cache';
import { DIM_OPACITY, MATCH_COLOR, useHighlight } from '../highlight-store';
import { FONT_FAMILY, NOTE_PADDING } from './frame-geometry';
import type { ItemProps } from './item-props';

const CAPTION_H = 26;
const BACK = '#eceae4';

/**
 * A picture on the board. Drawn zoomed out as a plain rectangle (no decoding); in full, from a
 * bitmap decoded once per picture (canvas/bitmap-cache.ts). A card whose picture is missing (a
 * damaged file, a card pasted from another project) says so and shows its description.
 */
export const ImageItem = memo(function ImageItem({ item, detail }: ItemProps<ImageCardRecord>) {
  const { t } = useTranslation();
  const highlight = useHighlight(item.id);
  const full = detail === 'full';
  const state = useBitmap(full ? item.assetId : null);
  const { w, h } = item;
  const broken = state.kind === 'missing' || state.kind === 'failed';
  const caption = item.caption ?? '';
  return (
    <Group x={item.x} y={item.y} listening={false} opacity={highlight === 'dim' ? DIM_OPACITY : 1}>
      <Rect x={2} y={3} width={w} height={h} fill="rgba(0,0,0,0.12)" listening={false} perfectDrawEnabled={false} />
      <Rect width={w} height={h} fill={BACK} listening={false} perfectDrawEnabled={false} />
      {full && state.kind === 'ready' && <KonvaImage image={state.bitmap} width={w} height={h} listening={false} perfectDrawEnabled={false} />}
      {full && broken && (
        <Text
          x={NOTE_PADDING}
          y={NOTE_PADDING}
          width={Math.max(1, w - NOTE_PADDING * 2)}
          height={Math.max(1, h - NOTE_PADDING * 2)}
          text={`${t('residency.image.missing')}\n${item.alt}`}
          fontSize={14}
          fontFamily={FONT_FAMILY}
          lineHeight={1.3}
          fill="#616161"
          align="center"
          verticalAlign="middle"
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {full && caption !== '' && !broken && (
        <>
          <Rect y={h - CAPTION_H} width={w} height={CAPTION_H} fill="rgba(255,255,255,0.85)" listening={false} perfectDrawEnabled={false} />
          <Text
            x={NOTE_PADDING / 2}
            y={h - CAPTION_H + 6}
            width={Math.max(1, w - NOTE_PADDING)}
            height={CAPTION_H - 6}
            text={caption}
            fontSize={13}
            fontFamily={FONT_FAMILY}
            fill="#3a3a3a"
            wrap="none"
            ellipsis
            listening={false}
            perfectDrawEnabled={false}
          />
        </>
      )}
      {highlight !== 'normal' && highlight !== 'dim' && (
        <Rect x={-4} y={-4} width={w + 8} height={h + 8} stroke={MATCH_COLOR} strokeWidth={highlight === 'current' ? 5 : 3} listening={false} />
      )}
    </Group>
  );
});
