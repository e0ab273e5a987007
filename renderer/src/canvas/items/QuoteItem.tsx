import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Rect, Text } from 'react-konva';
import { QUOTE_ATTRIBUTION_H, QUOTE_TEXT_X, quoteLayout, type QuoteLayout } from '@shared/board/card-layout';
import { CARD_TEXT, fitText } from '@shared/board/fit-text';
import type { QuoteCardRecord } from '@shared/board/records';
import { attributionFor, refusalFor } from '@shared/residency/consent';
import type { InterviewRecord, QuoteRecord } from '@shared/residency/records';
import { attributionLine } from '../../text/record-format';
import { DIM_OPACITY, MATCH_COLOR, useHighlight } from '../highlight-store';
import { useResidency } from '../../session/residency-store';
import { INK, QUOTE_BAR, QUOTE_PAPER, QUOTE_WHO } from '../colors';
import { displayText } from '../display-text';
import { cachedLayout, canvasMeasure } from '../fitted-text';
import { FittedLines } from './FittedLines';
import { FONT_FAMILY, NOTE_PADDING } from './frame-geometry';
import type { ItemProps } from './item-props';

/**
 * A quote on the board: the words of the quote record (never a copy), in quotation marks, with a
 * discreet attribution that respects consent (pseudonym or profile, place, date). If consent is
 * withdrawn after the card was placed, the words are hidden and the card says why. The words are
 * never cut: they shrink, then the card is drawn taller (shared/board/card-layout).
 */
export const QuoteItem = memo(function QuoteItem({ item, detail }: ItemProps<QuoteCardRecord>) {
  const data = useResidency();
  const highlight = useHighlight(item.id);
  const quote = data.quotes.get(item.quoteId);
  const interview = quote?.interviewId ? data.interviews.get(quote.interviewId) : undefined;
  const refused = quote ? refusalFor(quote, interview) : 'quote-missing';
  const { w } = item;
  const words = detail === 'full' && !refused ? `« ${displayText(quote?.text ?? '')} »` : '';
  const layout = words ? cachedLayout(`quote|${w}|${item.h}|${words}`, () => quoteLayout(words, w, item.h, canvasMeasure('italic'))) : undefined;
  const h = layout?.cardH ?? item.h;
  return (
    <Group id={item.id} x={item.x} y={item.y} listening={false} opacity={highlight === 'dim' ? DIM_OPACITY : 1}>
      <Rect x={2} y={3} width={w} height={h} fill="rgba(0,0,0,0.12)" listening={false} perfectDrawEnabled={false} />
      <Rect width={w} height={h} fill={refused ? '#eeeeee' : QUOTE_PAPER} listening={false} perfectDrawEnabled={false} />
      <Rect width={5} height={h} fill={refused ? '#9e9e9e' : QUOTE_BAR} listening={false} perfectDrawEnabled={false} />
      {highlight !== 'normal' && highlight !== 'dim' && (
        <Rect x={-4} y={-4} width={w + 8} height={h + 8} stroke={MATCH_COLOR} strokeWidth={highlight === 'current' ? 5 : 3} listening={false} />
      )}
      {detail === 'full' && <QuoteTexts w={w} h={h} layout={layout} quote={quote} interview={interview} refused={!!refused} />}
    </Group>
  );
});

/**
 * The words and the attribution, mounted only when the card is drawn in full: zoomed out,
 * thousands of cards mount and unmount while the zoom changes, and a translation hook and a
 * formatted date per card were a large part of that.
 */
function QuoteTexts({ w, h, layout, quote, interview, refused }: { w: number; h: number; layout: QuoteLayout | undefined; quote: QuoteRecord | undefined; interview: InterviewRecord | undefined; refused: boolean }) {
  const { t, i18n } = useTranslation();
  const attribution = quote ? attributionFor(quote, interview) : undefined;
  const whoW = Math.max(1, w - NOTE_PADDING * 2 - 4);
  const who = refused ? '' : attribution ? attributionLine(attribution, t, i18n.language) : t('residency.unattributed');
  return (
    <>
      {layout ? (
        <FittedLines role="words" fit={layout.words} x={QUOTE_TEXT_X} y={NOTE_PADDING} width={layout.wordsW} fill={INK} fontStyle="italic" />
      ) : (
        <Text
          x={QUOTE_TEXT_X}
          y={NOTE_PADDING}
          width={Math.max(1, w - NOTE_PADDING * 2 - 4)}
          text={refused ? t('residency.withheld') : ''}
          fontSize={14}
          fontFamily={FONT_FAMILY}
          lineHeight={1.25}
          fill="#616161"
          wrap="word"
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {who && <FittedLines role="who" fit={cachedLayout(`who|${w}|${who}`, () => fitText(who, { w: whoW, h: QUOTE_ATTRIBUTION_H }, CARD_TEXT.attribution, canvasMeasure('normal')))} x={QUOTE_TEXT_X} y={h - QUOTE_ATTRIBUTION_H - 4} width={whoW} fill={QUOTE_WHO} />}
    </>
  );
}
