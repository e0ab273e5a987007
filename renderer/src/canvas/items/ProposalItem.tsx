import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Rect, Text } from 'react-konva';
import type { ExperimentRecord, ProposalRecord } from '@shared/board/records';
import { useResidency } from '../../session/residency-store';
import { formatDay } from '../../text/record-format';
import { DIM_OPACITY, MATCH_COLOR, useHighlight } from '../highlight-store';
import { EXPERIMENT, INK, PROPOSAL } from '../colors';
import { displayText } from '../display-text';
import { badgeLeft, DecisionBadge } from './DecisionBadge';
import { FONT_FAMILY, NOTE_PADDING } from './frame-geometry';
import type { ItemProps } from './item-props';

interface CardProps {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  edge: string;
  /** The texts, only when the card is drawn in full (see CardTexts). */
  children?: ReactNode;
}

/** A structured card: a coloured band with its kind, a bold title, a text, a footer line. */
function Card({ id, x, y, w, h, fill, edge, children }: CardProps) {
  const highlight = useHighlight(id);
  return (
    <Group x={x} y={y} listening={false} opacity={highlight === 'dim' ? DIM_OPACITY : 1}>
      <Rect x={2} y={3} width={w} height={h} fill="rgba(0,0,0,0.12)" listening={false} perfectDrawEnabled={false} />
      <Rect width={w} height={h} fill={fill} stroke={edge} strokeWidth={1} listening={false} perfectDrawEnabled={false} />
      <Rect width={w} height={26} fill={edge} listening={false} perfectDrawEnabled={false} />
      {(highlight === 'match' || highlight === 'current') && (
        <Rect x={-4} y={-4} width={w + 8} height={h + 8} stroke={MATCH_COLOR} strokeWidth={highlight === 'current' ? 5 : 3} listening={false} />
      )}
      {children}
    </Group>
  );
}

interface CardTextsProps {
  w: number;
  h: number;
  kicker: string;
  /** Where the kind's name must stop (a badge follows it in the band); the whole width unless said. */
  kickerEnd?: number;
  title: string;
  body: string;
  footer: string;
}

function CardTexts({ w, h, kicker, kickerEnd, title, body, footer }: CardTextsProps) {
  const inner = Math.max(1, w - NOTE_PADDING * 2);
  const kickerWidth = kickerEnd === undefined ? inner : Math.max(1, Math.min(inner, kickerEnd - NOTE_PADDING - 4));
  return (
    <>
      <Text x={NOTE_PADDING} y={6} width={kickerWidth} text={kicker} fontSize={12} fontStyle="bold" fontFamily={FONT_FAMILY} fill="#fff" wrap="none" ellipsis listening={false} />
      <Text x={NOTE_PADDING} y={34} width={inner} height={40} text={title} fontSize={16} fontStyle="bold" fontFamily={FONT_FAMILY} fill={INK} wrap="word" ellipsis listening={false} />
      <Text
        x={NOTE_PADDING}
        y={78}
        width={inner}
        height={Math.max(1, h - 78 - 28)}
        text={body}
        fontSize={13}
        fontFamily={FONT_FAMILY}
        lineHeight={1.25}
        fill={INK}
        wrap="word"
        ellipsis
        listening={false}
      />
      <Text x={NOTE_PADDING} y={h - 22} width={inner} text={footer} fontSize={11} fontFamily={FONT_FAMILY} fill="#555" wrap="none" ellipsis listening={false} />
    </>
  );
}

// The texts (and their translations) live in components of their own, mounted only when the card
// is drawn in full: zoomed out, thousands of cards mount and unmount while the zoom changes, and a
// translation hook per card was a large part of that.

function ProposalTexts({ item }: { item: ProposalRecord }) {
  const { t } = useTranslation();
  const open = useResidency().openAmendments.get(item.id) ?? 0;
  const links = t('residency.proposalLinks', {
    quotes: t('residency.proposalCounts.quotes', { count: Object.keys(item.quoteLinks).length }),
    themes: t('residency.proposalCounts.themes', { count: Object.keys(item.themeLinks).length }),
  });
  return (
    <CardTexts
      w={item.w}
      h={item.h}
      kicker={t('residency.proposal.heading')}
      {...(item.decision ? { kickerEnd: badgeLeft(item.w, item.locked === true) } : {})}
      title={displayText(item.title, 200) || t('residency.untitledProposal')}
      body={displayText(item.body, 600)}
      footer={open > 0 ? `${t('amend.badge', { count: open })} · ${links}` : links}
    />
  );
}

/** A proposal: its title, the start of its text, how many quotes and themes ground it, and its decision. */
export const ProposalItem = memo(function ProposalItem({ item, detail }: ItemProps<ProposalRecord>) {
  return (
    <Card id={item.id} x={item.x} y={item.y} w={item.w} h={item.h} fill={PROPOSAL.fill} edge={PROPOSAL.edge}>
      {detail === 'full' && <ProposalTexts item={item} />}
      {item.decision && <DecisionBadge status={item.decision.status} w={item.w} locked={item.locked === true} detail={detail} />}
    </Card>
  );
});

function ExperimentTexts({ item }: { item: ExperimentRecord }) {
  const { t, i18n } = useTranslation();
  const dates = [item.startDate, item.endDate].filter(Boolean).map((d) => formatDay(d, i18n.language)).join(' → ');
  return (
    <CardTexts
      w={item.w}
      h={item.h}
      kicker={`${t('residency.experiment.heading')} · ${t(`residency.status.${item.status}`)}`}
      title={displayText(item.title, 200) || t('residency.untitledExperiment')}
      body={displayText(item.hypothesis, 600)}
      footer={[item.place, dates].filter(Boolean).join(' · ')}
    />
  );
}

/** An experiment: title, hypothesis, place and status. */
export const ExperimentItem = memo(function ExperimentItem({ item, detail }: ItemProps<ExperimentRecord>) {
  return (
    <Card id={item.id} x={item.x} y={item.y} w={item.w} h={item.h} fill={EXPERIMENT.fill} edge={EXPERIMENT.edge}>
      {detail === 'full' && <ExperimentTexts item={item} />}
    </Card>
  );
});
