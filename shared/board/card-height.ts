import type * as Y from 'yjs';
import { quotesOf, readQuote } from '../residency/doc';
import { emWidth } from '../export-pictures/text-metrics';
import { noteLayout, quoteLayout, structuredCardLayout } from './card-layout';
import { itemsOf, readItem, SYSTEM_ORIGIN } from './doc';
import type { MeasureEm } from './fit-text';
import type { ItemRecord } from './records';

/**
 * A card's stored height follows its whole text (shared/board/fit-text): when a change makes the
 * text need more room than the record's h (a quote placed, its words, a title or body, a width),
 * the same transaction writes the grown h, so every reader of the record (hit test, selection,
 * links, placement, the keyboard layer) sees the box that is drawn.
 *
 * The height is the taller of two measures: the picture exports' (Helvetica metrics, the same on
 * every machine, so the doc never holds less than any export draws) and, in the app, the board's
 * own canvas font, so the board of whoever made the change never draws past the record. It is
 * written once, by that change; other machines read it and never rewrite it.
 */

export type Face = 'normal' | 'bold' | 'italic';
type Measures = (face: Face) => MeasureEm;

const exportMeasures: Measures = (face) => emWidth(face === 'normal' ? 'regular' : face);
let boardMeasures: Measures | undefined;

/** The board registers its canvas measure once at start (the HOST and tests have none). */
export function setBoardMeasures(measures: Measures | undefined): void {
  boardMeasures = measures;
}

/** The words as a quote card draws them, quotation marks included. */
export const quoteCardWords = (text: string): string => `« ${text.replace(/\r\n?/g, '\n')} »`;

/** Height the card's text needs with one set of measures (its record's h or more). */
function neededWith(item: ItemRecord, quoteText: string | undefined, m: Measures): number {
  switch (item.kind) {
    case 'note':
      return noteLayout(item.text, item.w, item.h, m('normal')).cardH;
    case 'quote':
      return quoteText === undefined ? item.h : quoteLayout(quoteCardWords(quoteText), item.w, item.h, m('italic')).cardH;
    case 'proposal':
      return structuredCardLayout(item.title, item.body, item.w, item.h, m('bold'), m('normal')).cardH;
    case 'experiment':
      return structuredCardLayout(item.title, item.hypothesis, item.w, item.h, m('bold'), m('normal')).cardH;
    default:
      return item.h;
  }
}

/** Height a card needs to show its whole text: never less than its record's. */
export function fittedCardHeight(item: ItemRecord, quoteText?: string): number {
  const floor = neededWith(item, quoteText, exportMeasures);
  const board = boardMeasures ? neededWith(item, quoteText, boardMeasures) : item.h;
  return Math.ceil(Math.max(item.h, floor, board));
}

/** Grows these cards to their text (call inside the transaction that changed them). */
export function growToText(doc: Y.Doc, ids: Iterable<string>): void {
  const items = itemsOf(doc);
  for (const id of ids) {
    const map = items.get(id);
    const item = readItem(map);
    if (!map || !item) continue;
    const quoteText = item.kind === 'quote' ? readQuote(quotesOf(doc).get(item.quoteId))?.text : undefined;
    const h = fittedCardHeight(item, quoteText);
    if (h > item.h) map.set('h', h);
  }
}

/**
 * Once when the facilitator opens a project: quote, proposal and experiment cards stored shorter
 * than their text (written before this rule, or by an app with other fonts) grow, as a repair
 * outside the undo history that the room receives like any edit. Notes are left out: a board holds
 * tens of thousands, and their text grows them where it is typed.
 */
export function growStoredCards(doc: Y.Doc): void {
  const ids: string[] = [];
  itemsOf(doc).forEach((map, id) => {
    const kind = map.get('kind');
    if (kind === 'quote' || kind === 'proposal' || kind === 'experiment') ids.push(id);
  });
  if (ids.length > 0) doc.transact(() => growToText(doc, ids), SYSTEM_ORIGIN);
}
