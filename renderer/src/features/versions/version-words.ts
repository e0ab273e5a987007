import type * as Y from 'yjs';
import { itemsOf, readItem } from '@shared/board/doc';
import { quotesOf, readInterview, readQuote, interviewsOf } from '@shared/residency/doc';

const short = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

/** A card's words for a summary line: its text, title, quote or picture's description (shortened). */
export function cardLabel(doc: Y.Doc, id: string): string {
  const item = readItem(itemsOf(doc).get(id));
  if (!item) return id;
  switch (item.kind) {
    case 'note':
    case 'text':
      return short(item.text) || id;
    case 'frame':
    case 'proposal':
    case 'experiment':
      return short(item.title) || id;
    case 'quote':
      return short(readQuote(quotesOf(doc).get(item.quoteId))?.text ?? '') || id;
    case 'image':
      return short(item.alt) || id;
  }
}

export const quoteLabel = (doc: Y.Doc, id: string): string => short(readQuote(quotesOf(doc).get(id))?.text ?? '') || id;
export const interviewLabel = (doc: Y.Doc, id: string): string => short(readInterview(interviewsOf(doc).get(id))?.pseudonym ?? '') || id;
