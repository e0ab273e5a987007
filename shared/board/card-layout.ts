import { CARD_TEXT, fitText, type FittedText, type MeasureEm } from './fit-text';

/**
 * Where the texts of a card sit and how tall the card is drawn once its whole text shows
 * (shared/board/fit-text). The board's card components and the picture exports both use these,
 * so a card looks the same on screen and on paper. A card is drawn at least as tall as its record;
 * taller only when its text needs it at the smallest size, and the change that made it need that
 * also stores the grown height (card-height.ts), so the record and the drawing agree.
 */

export const CARD_PAD = 12;
/** Room kept at the bottom of a quote card for its attribution. */
export const QUOTE_ATTRIBUTION_H = 34;
/** A quote's words start right of its coloured bar. */
export const QUOTE_TEXT_X = CARD_PAD + 4;
/** A proposal's or experiment's title starts under its band. */
export const CARD_TITLE_Y = 34;
const CARD_TITLE_H = 40;
const CARD_FOOTER_H = 28;

export interface NoteLayout {
  text: FittedText;
  cardH: number;
}

export function noteLayout(text: string, w: number, h: number, measure: MeasureEm): NoteLayout {
  const fitted = fitText(text, { w: Math.max(1, w - CARD_PAD * 2), h: h - CARD_PAD * 2 }, CARD_TEXT.note, measure);
  return { text: fitted, cardH: Math.max(h, fitted.height + CARD_PAD * 2) };
}

export interface QuoteLayout {
  words: FittedText;
  wordsW: number;
  cardH: number;
}

/** `words` are the quote as drawn, quotation marks included. */
export function quoteLayout(words: string, w: number, h: number, measure: MeasureEm): QuoteLayout {
  const wordsW = Math.max(1, w - CARD_PAD * 2 - 4);
  const fitted = fitText(words, { w: wordsW, h: h - CARD_PAD * 2 - QUOTE_ATTRIBUTION_H }, CARD_TEXT.quote, measure);
  return { words: fitted, wordsW, cardH: Math.max(h, fitted.height + CARD_PAD * 2 + QUOTE_ATTRIBUTION_H) };
}

export interface StructuredCardLayout {
  title: FittedText;
  body: FittedText;
  /** Top of the body text, from the card's top. */
  bodyY: number;
  cardH: number;
}

/** A proposal or an experiment: band, title (bold), body, footer line. */
export function structuredCardLayout(title: string, body: string, w: number, h: number, measureTitle: MeasureEm, measureBody: MeasureEm): StructuredCardLayout {
  const inner = Math.max(1, w - CARD_PAD * 2);
  const fittedTitle = fitText(title, { w: inner, h: CARD_TITLE_H }, CARD_TEXT.cardTitle, measureTitle);
  const bodyY = CARD_TITLE_Y + Math.max(CARD_TITLE_H, fittedTitle.height) + 4;
  const fittedBody = fitText(body, { w: inner, h: h - bodyY - CARD_FOOTER_H }, CARD_TEXT.cardBody, measureBody);
  return { title: fittedTitle, body: fittedBody, bodyY, cardH: Math.max(h, bodyY + fittedBody.height + CARD_FOOTER_H) };
}

/** A frame's title: shrunk, then wrapped; the header band grows to hold what is left. */
export function frameTitleLayout(title: string, w: number, bandH: number, measure: MeasureEm): { title: FittedText; headerH: number } {
  const fitted = fitText(title, { w: Math.max(1, w - 28), h: bandH - 8 }, { ...CARD_TEXT.frameTitle, maxSize: Math.min(CARD_TEXT.frameTitle.maxSize, bandH * 0.6) }, measure);
  return { title: fitted, headerH: Math.max(bandH, fitted.height + 8) };
}
