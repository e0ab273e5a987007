import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Rect, Text } from 'react-konva';
import type { QuoteCardRecord } from '@shared/board/records';
import { attributionFor, refusalFor } from '@shared/residency/consent';
import type { InterviewRecord, QuoteRecord } from '@shared/residency/records';
import { attributionLine } from '../../text/record-format';
import { DIM_OPACITY, MATCH_COLOR, useHighlight } from '../highlight-store';
import { useResidency } from '../../session/residency-store';
import { INK, QUOTE_BAR, QUOTE_PAPER, QUOTE_WHO } from '../colors';
import { displayText } from '../display-text';
import { FONT_FAMILY, NOTE_PADDING } from './frame-geometry';
import type { ItemProps } from './item-props';

const ATTRIBUTION_H = 34;

/**
 * A quote on the board: the words of the quote record (never a copy), in quotation marks, with a
 * discreet attribution that respects consent (pseudonym or profile, place, date). If consent is
 * withdrawn after the card was placed, the words are hidden and the card says why.
 */
export const QuoteItem = memo(function QuoteItem({ item, detail }: ItemProps<QuoteCardRecord>) {
  const data = useResidency();
  const highlight = useHighlight(item.id);
  const quote = data.quotes.get(item.quoteId);
  const interview = quote?.interviewId ? data.interviews.get(quote.interviewId) : undefined;
  const refused = quote ? refusalFor(quote, interview) : 'quote-missing';
  const { w, h } = item;
  return (
    <Group x={item.x} y={item.y} listening={false} opacity={highlight === 'dim' ? DIM_OPACITY : 1}>
      <Rect x={2} y={3} width={w} height={h} fill="rgba(0,0,0,0.12)" listening={false} perfectDrawEnabled={false} />
      <Rect width={w} height={h} fill={refused ? '#eeeeee' : QUOTE_PAPER} listening={false} perfectDrawEnabled={false} />
      <Rect width={5} height={h} fill={refused ? '#9e9e9e' : QUOTE_BAR} listening={false} perfectDrawEnabled={false} />
      {highlight !== 'normal' && highlight !== 'dim' && (
        <Rect x={-4} y={-4} width={w + 8} height={h + 8} stroke={MATCH_COLOR} strokeWidth={highlight === 'current' ? 5 : 3} listening={false} />
      )}
      {detail === 'full' && <QuoteTexts w={w} h={h} quote={quote} interview={interview} refused={!!refused} />}
    </Group>
  );
});

/**
 * The words and the attribution, mounted only when the card is drawn in full: zoomed out,
 * thousands of cards mount and unmount while the zoom changes, and a translation hook and a
 * formatted date per card were a large part of that.
 */
function QuoteTexts({ w, h, quote, interview, refused }: { w: number; h: number; quote: QuoteRecord | undefined; interview: InterviewRecord | undefined; refused: boolean }) {
  const { t, i18n } = useTranslation();
  const attribution = quote ? attributionFor(quote, interview) : undefined;
  const words = refused ? t('residency.withheld') : `« ${displayText(quote?.text ?? '')} »`;
  const who = refused ? '' : attribution ? attributionLine(attribution, t, i18n.language) : t('residency.unattributed');
  return (
    <>
      <Text
        x={NOTE_PADDING + 4}
        y={NOTE_PADDING}
        width={Math.max(1, w - NOTE_PADDING * 2 - 4)}
        height={Math.max(1, h - NOTE_PADDING * 2 - ATTRIBUTION_H)}
        text={words}
        fontSize={refused ? 14 : 16}
        fontStyle={refused ? 'normal' : 'italic'}
        fontFamily={FONT_FAMILY}
        lineHeight={1.25}
        fill={refused ? '#616161' : INK}
        wrap="word"
        ellipsis
        listening={false}
        perfectDrawEnabled={false}
      />
      <Text
        x={NOTE_PADDING + 4}
        y={h - ATTRIBUTION_H - 4}
        width={Math.max(1, w - NOTE_PADDING * 2 - 4)}
        height={ATTRIBUTION_H}
        text={who}
        fontSize={11}
        fontFamily={FONT_FAMILY}
        lineHeight={1.2}
        fill={QUOTE_WHO}
        wrap="word"
        ellipsis
        listening={false}
        perfectDrawEnabled={false}
      />
    </>
  );
}
