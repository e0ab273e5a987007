import { useTranslation } from 'react-i18next';
import { Group, Rect, Text } from 'react-konva';
import type { FrameRecord } from '@shared/board/records';
import { useResidency } from '../../panels/residency-store';
import { FONT_FAMILY } from './frame-geometry';

const MARK_FILL = { confirmation: '#2e7d32', nugget: '#ef6c00' } as const;
const BADGE_W = 300;

/**
 * A theme's header, right side: its mark (Confirmation / Nugget) and how many quotes, interviews
 * and distinct profiles back it. A theme resting on a single interview says "one voice", in red.
 */
export function ThemeBadge({ frame, headerH }: { frame: FrameRecord; headerH: number }) {
  const { t } = useTranslation();
  const counts = useResidency().counts.get(frame.id);
  const mark = frame.mark ?? 'none';
  if (!counts && mark === 'none') return null;
  const fontSize = Math.min(13, headerH * 0.4);
  const width = Math.min(BADGE_W, frame.w * 0.6);
  const oneVoice = counts !== undefined && counts.interviews === 1;
  const text = counts
    ? `${t('residency.counts', { ...counts })}${oneVoice ? ` · ${t('residency.oneVoice')}` : ''}`
    : '';
  return (
    <Group x={frame.w - width - 10} y={0} listening={false}>
      {mark !== 'none' && (
        <>
          <Rect x={width - 110} y={headerH + 6} width={110} height={fontSize + 10} fill={MARK_FILL[mark]} cornerRadius={8} listening={false} />
          <Text x={width - 110} y={headerH + 11} width={110} align="center" text={t(`residency.mark.${mark}`)} fontSize={fontSize} fontStyle="bold" fontFamily={FONT_FAMILY} fill="#fff" listening={false} />
        </>
      )}
      {text && (
        <Text
          x={0}
          y={(headerH - fontSize) / 2}
          width={width}
          align="right"
          text={text}
          fontSize={fontSize}
          fontFamily={FONT_FAMILY}
          fill={oneVoice ? '#c62828' : '#444'}
          wrap="none"
          ellipsis
          listening={false}
        />
      )}
    </Group>
  );
}
