import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fittedCardHeight, quoteCardWords, setBoardMeasures } from '@shared/board/card-height';
import { quoteLayout } from '@shared/board/card-layout';
import { createItem, insertCopies, updateItem } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import { DEFAULT_SIZE, type ItemRecord } from '@shared/board/records';
import { emWidth } from '@shared/export-pictures/text-metrics';
import { addInterview, addQuote, placeQuote, setProposalBody, updateQuoteText } from '@shared/residency/commands';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${String(r.error)}`);
  return r.value;
};
const LONG = 'Le mardi on vient pour le café mais on reste pour les gens, et quand la salle ferme on ne sait plus où aller. '.repeat(4);
const item = (doc: Y.Doc, id: string): ItemRecord => readItem(itemsOf(doc).get(id))!;

function quoteDoc(text: string): { doc: Y.Doc; quoteId: string } {
  const doc = new Y.Doc();
  const interviewId = addInterview(doc, { pseudonym: 'Nadia', consent: 'quote' });
  return { doc, quoteId: must(addQuote(doc, interviewId, text)) };
}

afterEach(() => setBoardMeasures(undefined));

describe('a card is stored as tall as its whole text', () => {
  it('a long quote placed on the board gets the height the exports draw it at, in the same step', () => {
    const { doc, quoteId } = quoteDoc(LONG);
    const id = must(placeQuote(doc, quoteId, 500, 500));
    const drawn = quoteLayout(quoteCardWords(LONG), DEFAULT_SIZE.quote.w, DEFAULT_SIZE.quote.h, emWidth('italic')).cardH;
    expect(drawn).toBeGreaterThan(DEFAULT_SIZE.quote.h);
    expect(item(doc, id).h).toBe(Math.ceil(drawn));
  });

  it('a short quote keeps its usual size', () => {
    const { doc, quoteId } = quoteDoc('On se sent chez soi.');
    const id = must(placeQuote(doc, quoteId, 500, 500));
    expect(item(doc, id).h).toBe(DEFAULT_SIZE.quote.h);
  });

  it('longer words, a narrower card, a longer body or a paste grow the card; a resize never cuts the text', () => {
    const { doc, quoteId } = quoteDoc('On se sent chez soi.');
    const id = must(placeQuote(doc, quoteId, 500, 500));
    must(updateQuoteText(doc, quoteId, LONG));
    const grown = item(doc, id).h;
    expect(grown).toBeGreaterThan(DEFAULT_SIZE.quote.h);
    updateItem(doc, id, { w: 160, h: 40 });
    expect(item(doc, id).h).toBeGreaterThan(grown);

    const proposal = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Ouvrir le soir' });
    setProposalBody(doc, proposal, LONG.repeat(2));
    expect(item(doc, proposal).h).toBeGreaterThan(DEFAULT_SIZE.proposal.h);

    const [copy] = insertCopies(doc, [{ ...item(doc, id), h: 50 }], 400, 0);
    expect(item(doc, copy!).h).toBe(item(doc, id).h);
  });

  it('also covers the board’s own font where the change is made, when it is wider', () => {
    const { doc, quoteId } = quoteDoc(LONG);
    const card: ItemRecord = { kind: 'quote', quoteId, id: 'q', x: 0, y: 0, ...DEFAULT_SIZE.quote, z: 1, parentId: null, tags: [] };
    const exportsOnly = fittedCardHeight(card, LONG);
    setBoardMeasures(() => (text) => text.length * 0.8);
    const id = must(placeQuote(doc, quoteId, 500, 500));
    expect(item(doc, id).h).toBeGreaterThan(exportsOnly);
  });
});
