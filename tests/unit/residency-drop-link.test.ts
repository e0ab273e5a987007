import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItem, SYSTEM_ORIGIN } from '@shared/board/doc';
import type { ItemRecord } from '@shared/board/records';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, linkQuote, placeQuote, quoteFromTranscript, quoteUsage, updateQuoteText } from '@shared/residency/commands';
import { interviewsOf, quotesOf, readQuote } from '@shared/residency/doc';
import { createUndoManager } from '../../renderer/src/session/undo';
import { Editor } from '../../renderer/src/canvas/editor';
import { installDropLink } from '../../renderer/src/features/proposals/drop-link';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${String(r.error)}`);
  return r.value;
};

/** A board as the facilitator's window has it: the editor, its undo manager (residency maps in scope) and drop-to-link installed. */
function setUp() {
  const doc = newBoardDoc('Résidence', '2026-11-01T00:00:00.000Z');
  const undo = createUndoManager(doc);
  undo.addToScope([interviewsOf(doc), quotesOf(doc)]);
  const editor = new Editor(doc, undo, { width: 1200, height: 800 });
  const linked: number[] = [];
  const uninstall = installDropLink(editor, (n) => linked.push(n));
  const interview = addInterview(doc, { pseudonym: 'Nadia', consent: 'quote', transcript: 'Ici je viens chiner comme tout le monde.' });
  const quote = must(quoteFromTranscript(doc, interview, 0, 40));
  const theme = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'Le poids des étiquettes' });
  const card = must(placeQuote(doc, quote, 100, 100));
  const proposal = createItem(doc, { kind: 'proposal', x: 1200, y: 0, w: 400, h: 300, title: 'Un lieu sans étiquette' });
  undo.clear();
  const get = (id: string): ItemRecord => readItem(itemsOf(doc).get(id)!)!;
  return { doc, undo, editor, linked, uninstall, quote, theme, card, proposal, get };
}

describe('drop a quote card onto a proposal', () => {
  it('links it and puts the card back in its theme, in ONE undo step; redo replays both', async () => {
    const { undo, editor, linked, quote, theme, card, proposal, get } = setUp();
    const before = get(card);
    // The card's centre lands on the proposal.
    editor.move([card], 1300 - before.x, 50 - before.y);
    await Promise.resolve();
    expect(linked).toEqual([1]);
    const p = get(proposal);
    expect(p.kind === 'proposal' && p.quoteLinks[quote]).toBe(true);
    expect(get(card)).toMatchObject({ x: before.x, y: before.y, parentId: theme });
    expect(undo.undoStack).toHaveLength(1);

    editor.doUndo();
    const undone = get(proposal);
    expect(undone.kind === 'proposal' && undone.quoteLinks[quote]).toBeUndefined();
    expect(get(card)).toMatchObject({ x: before.x, y: before.y, parentId: theme });
    expect(undo.undoStack).toHaveLength(0);

    editor.doRedo();
    const redone = get(proposal);
    expect(redone.kind === 'proposal' && redone.quoteLinks[quote]).toBe(true);
    expect(get(card)).toMatchObject({ x: before.x, y: before.y, parentId: theme });
  });

  it('a move that does not end on a proposal is a plain move', () => {
    const { undo, editor, linked, card, get } = setUp();
    const x = get(card).x;
    editor.move([card], 40, 0);
    expect(linked).toEqual([]);
    expect(get(card).x).toBe(x + 40);
    expect(undo.undoStack).toHaveLength(1);
  });

  it('a card already resting on a proposal and nudged is linked once, and does not bounce back and forth', async () => {
    const { doc, undo, editor, linked, card, proposal, get, quote } = setUp();
    // Put there by someone else (not an undoable edit of mine).
    doc.transact(() => {
      itemsOf(doc).get(card)!.set('x', 1300);
      itemsOf(doc).get(card)!.set('y', 40);
    }, SYSTEM_ORIGIN);
    editor.move([card], 10, 10);
    await Promise.resolve();
    expect(linked).toEqual([1]);
    expect(get(card)).toMatchObject({ x: 1300, y: 40 });
    const p = get(proposal);
    expect(p.kind === 'proposal' && Object.keys(p.quoteLinks)).toEqual([quote]);
    expect(undo.undoStack).toHaveLength(1);
  });
});

describe('fixing a quote’s wording', () => {
  it('is one undo step, keeps the cards and the proposal links, and refuses an empty text', () => {
    const { doc, editor, undo, quote, card, proposal } = setUp();
    editor.command(() => must(linkQuote(doc, proposal, quote)));
    const usage = quoteUsage(doc, quote);
    editor.command(() => updateQuoteText(doc, quote, 'Ici je viens chiner, comme tout le monde.'));
    expect(readQuote(quotesOf(doc).get(quote))?.text).toBe('Ici je viens chiner, comme tout le monde.');
    expect(quoteUsage(doc, quote)).toEqual(usage);
    expect(usage.cards).toEqual([card]);
    expect(usage.proposals).toEqual([proposal]);

    expect(updateQuoteText(doc, quote, '   ')).toEqual({ ok: false, error: 'empty' });
    expect(updateQuoteText(doc, quote, 'x'.repeat(5000))).toEqual({ ok: false, error: 'too-long' });

    undo.undo();
    expect(readQuote(quotesOf(doc).get(quote))?.text).toBe('Ici je viens chiner comme tout le monde.');
    expect(quoteUsage(doc, quote)).toEqual(usage);
  });

  it('two people fixing the same quote offline end with the same words on both laptops', () => {
    const a = newBoardDoc('t', '2026-11-01T00:00:00.000Z');
    const q = must(quoteFromTranscript(a, addInterview(a, { consent: 'quote', transcript: 'On se sent catalogue.' }), 0, 21));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateQuoteText(a, q, 'On se sent catalogué.');
    updateQuoteText(b, q, 'On se sent cataloguée.');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readQuote(quotesOf(a).get(q))?.text).toBe(readQuote(quotesOf(b).get(q))?.text);
  });
});
