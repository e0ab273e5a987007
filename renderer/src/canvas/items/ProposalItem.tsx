import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Rect, Text } from 'react-konva';
import { CARD_TITLE_Y, structuredCardLayout, type StructuredCardLayout } from '@shared/board/card-layout';
import type { ExperimentRecord, ProposalRecord } from '@shared/board/records';
import { useResidency } from '../../session/residency-store';
import { formatDay } from '../../text/record-format';
import { DIM_OPACITY, MATCH_COLOR, useHighlight } from '../highlight-store';
import { EXPERIMENT, INK, PROPOSAL } from '../colors';
import { displayText } from '../display-text';
import { cachedLayout, canvasMeasure } from '../fitted-text';
import { badgeLeft, DecisionBadge } from './DecisionBadge';
import { FittedLines } from './FittedLines';
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
    <Group id={id} x={x} y={y} listening={false} opacity={highlight === 'dim' ? DIM_OPACITY : 1}>
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

/** Title and body of a structured card, fitted; the card is drawn `cardH` tall. */
function layoutOf(title: string, body: string, w: number, h: number): StructuredCardLayout {
  return cachedLayout(`card|${w}|${h}|${title}|${body}`, () => structuredCardLayout(title, body, w, h, canvasMeasure('bold'), canvasMeasure('normal')));
}

/** The card's height once drawn: its record's, or more when its words need it (only known when drawn in full). */
function drawnHeight(title: string, body: string, w: number, h: number, detail: string): number {
  return detail === 'full' ? layoutOf(displayText(title), displayText(body), w, h).cardH : h;
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
  const layout = layoutOf(title, body, w, h);
  return (
    <>
      <Text x={NOTE_PADDING} y={6} width={kickerWidth} text={kicker} fontSize={12} fontStyle="bold" fontFamily={FONT_FAMILY} fill="#fff" wrap="none" ellipsis listening={false} />
      <FittedLines role="title" fit={layout.title} x={NOTE_PADDING} y={CARD_TITLE_Y} width={inner} fill={INK} fontStyle="bold" />
      <FittedLines role="body" fit={layout.body} x={NOTE_PADDING} y={layout.bodyY} width={inner} fill={INK} />
      <Text x={NOTE_PADDING} y={layout.cardH - 22} width={inner} text={footer} fontSize={11} fontFamily={FONT_FAMILY} fill="#555" wrap="none" ellipsis listening={false} />
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
      title={displayText(item.title) || t('residency.untitledProposal')}
      body={displayText(item.body)}
      footer={open > 0 ? `${t('amend.badge', { count: open })} · ${links}` : links}
    />
  );
}

/** A proposal: its title, the start of its text, how many quotes and themes ground it, and its decision. */
export const ProposalItem = memo(function ProposalItem({ item, detail }: ItemProps<ProposalRecord>) {
  return (
    <Card id={item.id} x={item.x} y={item.y} w={item.w} h={drawnHeight(item.title, item.body, item.w, item.h, detail)} fill={PROPOSAL.fill} edge={PROPOSAL.edge}>
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
      title={displayText(item.title) || t('residency.untitledExperiment')}
      body={displayText(item.hypothesis)}
      footer={[item.place, dates].filter(Boolean).join(' · ')}
    />
  );
}

/** An experiment: title, hypothesis, place and status. */
export const ExperimentItem = memo(function ExperimentItem({ item, detail }: ItemProps<ExperimentRecord>) {
  return (
    <Card id={item.id} x={item.x} y={item.y} w={item.w} h={drawnHeight(item.title, item.hypothesis, item.w, item.h, detail)} fill={EXPERIMENT.fill} edge={EXPERIMENT.edge}>
      {detail === 'full' && <ExperimentTexts item={item} />}
    </Card>
  );
});
