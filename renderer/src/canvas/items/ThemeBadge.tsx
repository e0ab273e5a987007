import { useTranslation } from 'react-i18next';
import { Group, Rect, Text } from 'react-konva';
import type { FrameRecord } from '@shared/board/records';
import { useResidency } from '../../session/residency-store';
import { FONT_FAMILY } from './frame-geometry';

const MARK_FILL = { confirmation: '#2e7d32', nugget: '#ef6c00' } as const;

/**
 * A theme's header, right side: its mark (Confirmation / Nugget) and how many quotes, interviews
 * and distinct profiles back it. A theme resting on a single interview says "one voice", in red.
 */
export function ThemeBadge({ frame, headerH }: { frame: FrameRecord; headerH: number }) {
  const { t } = useTranslation();
  const counts = useResidency().counts.get(frame.id);
  const mark = frame.mark ?? 'none';
  if (!counts && mark === 'none') return null;
  const fontSize = Math.min(13, Math.max(9, headerH * 0.3));
  const oneVoice = counts !== undefined && counts.interviews === 1;
  const parts = [
    mark !== 'none' ? t(`residency.mark.${mark}`) : '',
    counts ? t('residency.counts', { ...counts }) : '',
    oneVoice ? t('residency.oneVoice') : '',
  ].filter(Boolean);
  // Just above the frame's top edge, right-aligned: it never covers the title nor the cards.
  return (
    <Group x={0} y={-fontSize - 6} listening={false}>
      {mark !== 'none' && <Rect x={frame.w - 8} y={1} width={8} height={fontSize} fill={MARK_FILL[mark]} cornerRadius={4} listening={false} />}
      <Text
        x={0}
        y={0}
        width={Math.max(1, frame.w - 14)}
        align="right"
        text={parts.join(' · ')}
        fontSize={fontSize}
        fontStyle={mark !== 'none' ? 'bold' : 'normal'}
        fontFamily={FONT_FAMILY}
        fill={oneVoice ? '#c62828' : mark !== 'none' ? MARK_FILL[mark] : '#555'}
        wrap="none"
        ellipsis
        listening={false}
      />
    </Group>
  );
}
