import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Rect, Text } from 'react-konva';
import type { DecisionStatus } from '@shared/board/records';
import type { Detail } from './item-props';
import { FONT_FAMILY } from './frame-geometry';

/** One colour per decision, readable with white text on it: green kept, amber to dig, grey dropped. */
const DECISION_FILL: Record<DecisionStatus, string> = { retained: '#2e7d32', 'dig-deeper': '#b26a00', dropped: '#616161' };

export const BADGE_W = 84;
const BADGE_H = 18;
/** Room kept at the right of the band for the padlock of a locked card (Padlock.tsx: 22 px and its margin). */
const PADLOCK_ROOM = 34;

/** Where the badge starts in a card's band: what the kind's name may use before it. */
export const badgeLeft = (w: number, locked: boolean): number => w - BADGE_W - 6 - (locked ? PADLOCK_ROOM : 0);

function Label({ status }: { status: DecisionStatus }) {
  const { t } = useTranslation();
  return (
    <Text
      width={BADGE_W}
      height={BADGE_H}
      align="center"
      verticalAlign="middle"
      text={t(`decisions.status.${status}`)}
      fontSize={11}
      fontStyle="bold"
      fontFamily={FONT_FAMILY}
      fill="#fff"
      wrap="none"
      ellipsis
      listening={false}
    />
  );
}

/**
 * A proposal's decision, as a pill in its card's band (drawn with the card, inside its group: it
 * re-renders only when the card does). Zoomed out, the pill's colour alone; its word only when
 * the card is drawn in full (no translation hook per card far out).
 */
export const DecisionBadge = memo(function DecisionBadge({ status, w, locked, detail }: { status: DecisionStatus; w: number; locked: boolean; detail: Detail }) {
  return (
    <Group x={badgeLeft(w, locked)} y={4} listening={false}>
      <Rect width={BADGE_W} height={BADGE_H} fill={DECISION_FILL[status]} stroke="#fff" strokeWidth={1} cornerRadius={BADGE_H / 2} listening={false} perfectDrawEnabled={false} />
      {detail === 'full' && <Label status={status} />}
    </Group>
  );
});
