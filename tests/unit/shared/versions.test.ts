import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItem } from '@shared/board/doc';
import type { ItemRecord } from '@shared/board/records';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, addQuote, deleteInterview, placeQuote, setProposalBody } from '@shared/residency/commands';
import { interviewsOf, quotesOf, readQuote } from '@shared/residency/doc';
import { changedInVersion, diffVersion, isUnchanged } from '@shared/versions/diff';
import { bringBack, deletedSince, restoreVersion } from '@shared/versions/restore';

const board = (): Y.Doc => newBoardDoc('Résidence', '2026-11-01T00:00:00.000Z');
/** A version as the HOST hands it back: the whole state, in a doc of its own. */
const versionOf = (doc: Y.Doc): Y.Doc => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};
const item = (doc: Y.Doc, id: string): ItemRecord | undefined => readItem(itemsOf(doc).get(id));
const textOf = (doc: Y.Doc, id: string): string | undefined => {
  const i = item(doc, id);
  return i?.kind === 'note' ? i.text : undefined;
};
const undoOf = (doc: Y.Doc): Y.UndoManager => new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
/** Two peers of one room, each receiving the other's updates when `sync` is called. */
function pair(): { a: Y.Doc; b: Y.Doc; sync(): void } {
  const a = board();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = (): void => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

/** A board with two themes: « Mobilité » holding two notes, « Santé » holding one. */
function themedBoard(doc = board()) {
  const mobility = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 600, h: 400, title: 'Mobilité' });
  const health = createItem(doc, { kind: 'frame', x: 1000, y: 0, w: 600, h: 400, title: 'Santé' });
  const bus = createItem(doc, { kind: 'note', x: 50, y: 50, text: 'Le bus passe trop rarement' });
  const bike = createItem(doc, { kind: 'note', x: 300, y: 50, text: 'Pas de piste cyclable' });
  const doctor = createItem(doc, { kind: 'note', x: 1050, y: 50, text: 'Plus de médecin' });
  return { doc, mobility, health, bus, bike, doctor };
}

describe('what changed since a version', () => {
  it('names the cards added, removed, moved between themes and reworded', () => {
    const { doc, mobility, health, bus, bike, doctor } = themedBoard();
    const version = versionOf(doc);
    expect(isUnchanged(diffVersion(version, doc))).toBe(true);

    const added = createItem(doc, { kind: 'note', x: 1300, y: 50, text: 'Une pharmacie de garde' });
    deleteItems(doc, [doctor]);
    moveItems(doc, [bike], 1000, 0);
    updateItem(doc, bus, { text: 'Le bus ne passe plus le dimanche' });
    updateItem(doc, health, { title: 'Santé et soins' });

    const diff = diffVersion(version, doc);
    expect(diff.added).toEqual([added]);
    expect(diff.removed).toEqual([doctor]);
    expect(diff.moved).toEqual([{ id: bike, from: mobility, to: health }]);
    expect(diff.textChanged.sort()).toEqual([bus, health].sort());
    expect(diff.themeTitles[health]).toBe('Santé et soins');
    expect(diff.themeTitles[mobility]).toBe('Mobilité');
    // The version's board highlights what is gone, moved or reworded; an added card is not on it.
    expect([...changedInVersion(diff)].sort()).toEqual([doctor, bike, bus, health].sort());
  });

  it('names interviews and quotes added and removed, and reworded quotes', () => {
    const doc = board();
    const interview = addInterview(doc, { pseudonym: 'Rose' });
    const quote = addQuote(doc, interview, 'On se sent loin de tout');
    if (!quote.ok) throw new Error(quote.error);
    const version = versionOf(doc);
    const later = addInterview(doc, { pseudonym: 'Jean' });
    quotesOf(doc).get(quote.value)!.set('text', 'On se sent loin');
    const diff = diffVersion(version, doc);
    expect(diff.interviews).toEqual({ added: [later], removed: [] });
    expect(diff.quotes.textChanged).toEqual([quote.value]);
    deleteInterview(doc, interview);
    const after = diffVersion(version, doc);
    expect(after.interviews.removed).toEqual([interview]);
    expect(after.quotes.removed).toEqual([quote.value]);
  });
});

describe('restoring a version into the live board', () => {
  it('brings back the whole board as one edit that one undo takes back', () => {
    const { doc, mobility, bus, bike, doctor } = themedBoard();
    const version = versionOf(doc);
    const undo = undoOf(doc);
    const added = createItem(doc, { kind: 'note', x: 2000, y: 50, text: 'ajoutée après' });
    deleteItems(doc, [doctor]);
    moveItems(doc, [bike], 1000, 0);
    updateItem(doc, bus, { text: 'réécrit' });
    undo.stopCapturing();

    const result = restoreVersion(doc, version);
    expect(result.removed).toEqual([added]);
    expect(isUnchanged(diffVersion(version, doc))).toBe(true);
    expect(item(doc, bike)?.parentId).toBe(mobility);
    expect(textOf(doc, doctor)).toBe('Plus de médecin');

    undo.undo();
    expect(textOf(doc, bus)).toBe('réécrit');
    expect(item(doc, doctor)).toBeUndefined();
    expect(textOf(doc, added)).toBe('ajoutée après');
    // The history keeps both: redo brings the restore back.
    undo.redo();
    expect(textOf(doc, bus)).toBe('Le bus passe trop rarement');
  });

  it('restores only a theme: its title and the cards it held, scattered since; the rest stays as it is now', () => {
    const { doc, mobility, health, bus, bike, doctor } = themedBoard();
    const version = versionOf(doc);
    updateItem(doc, mobility, { title: 'Transports ?' });
    moveItems(doc, [bus], 3000, 2000);
    moveItems(doc, [bike], 1000, 0);
    updateItem(doc, doctor, { text: 'Plus aucun médecin' });
    const kept = createItem(doc, { kind: 'note', x: 4000, y: 0, text: 'nouvelle' });

    const result = restoreVersion(doc, version, [mobility]);
    expect(result.removed).toEqual([]);
    expect(item(doc, mobility)).toMatchObject({ title: 'Mobilité' });
    expect(item(doc, bus)).toMatchObject({ x: 50, y: 50, parentId: mobility });
    expect(item(doc, bike)).toMatchObject({ x: 300, parentId: mobility });
    expect(textOf(doc, doctor)).toBe('Plus aucun médecin');
    expect(item(doc, health)).toBeDefined();
    expect(textOf(doc, kept)).toBe('nouvelle');
  });

  it('keeps the concurrent edits of another peer in the room', () => {
    const { a, b, sync } = pair();
    const { mobility, bus, bike, doctor } = themedBoard(a);
    sync();
    const version = versionOf(a);
    // A participant scatters the theme; both peers see it.
    moveItems(b, [bus, bike], 2000, 1500);
    sync();
    // At the same moment: the facilitator restores the theme, the participant edits another card and adds one.
    restoreVersion(a, version, [mobility]);
    updateItem(b, doctor, { text: 'Un médecin deux jours par semaine' });
    const fresh = createItem(b, { kind: 'note', x: 5000, y: 0, text: 'idée du moment' });
    sync();
    for (const doc of [a, b]) {
      expect(item(doc, bus)?.parentId).toBe(mobility);
      expect(item(doc, bike)?.parentId).toBe(mobility);
      expect(textOf(doc, doctor)).toBe('Un médecin deux jours par semaine');
      expect(textOf(doc, fresh)).toBe('idée du moment');
    }
  });

  it('a whole restore keeps a card a peer made concurrently (only cards it saw are removed)', () => {
    const { a, b, sync } = pair();
    themedBoard(a);
    sync();
    const version = versionOf(a);
    const seen = createItem(a, { kind: 'note', x: 0, y: 900, text: 'vue' });
    sync();
    const unseen = createItem(b, { kind: 'note', x: 0, y: 1200, text: 'pas encore vue' });
    restoreVersion(a, version);
    sync();
    expect(item(b, seen)).toBeUndefined();
    expect(textOf(b, unseen)).toBe('pas encore vue');
    expect(textOf(a, unseen)).toBe('pas encore vue');
  });

  it('rewrites a proposal body that changed (a Y.Text), and only when it changed', () => {
    const doc = board();
    const proposal = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Navette', body: 'Une navette le samedi' });
    const version = versionOf(doc);
    setProposalBody(doc, proposal, 'Rien');
    restoreVersion(doc, version);
    expect(item(doc, proposal)).toMatchObject({ body: 'Une navette le samedi' });
    let updates = 0;
    doc.on('update', () => (updates += 1));
    restoreVersion(doc, version);
    expect(updates).toBe(0);
  });
});

describe('bringing back what was deleted', () => {
  it('brings back a deleted card, a deleted quote with its card and a deleted interview', () => {
    const doc = board();
    const interview = addInterview(doc, { pseudonym: 'Rose', consent: 'quote' });
    const quote = addQuote(doc, interview, 'On se sent loin de tout');
    if (!quote.ok) throw new Error(quote.error);
    const card = placeQuote(doc, quote.value, 100, 100);
    if (!card.ok) throw new Error(card.error);
    const note = createItem(doc, { kind: 'note', x: 600, y: 0, text: 'à garder' });
    const version = versionOf(doc);

    deleteItems(doc, [note]);
    deleteInterview(doc, interview);
    expect(deletedSince(version, doc)).toEqual({ items: [card.value, note].sort(), interviews: [interview], quotes: [quote.value] });

    const undo = undoOf(doc);
    bringBack(doc, version, [{ kind: 'item', id: note }]);
    expect(textOf(doc, note)).toBe('à garder');
    undo.undo();
    expect(item(doc, note)).toBeUndefined();

    // The quote card needs its quote, and the quote its interview: all come back.
    bringBack(doc, version, [{ kind: 'item', id: card.value }]);
    expect(item(doc, card.value)).toMatchObject({ kind: 'quote', quoteId: quote.value });
    expect(readQuote(quotesOf(doc).get(quote.value))?.text).toBe('On se sent loin de tout');
    expect(interviewsOf(doc).has(interview)).toBe(true);
    expect(deletedSince(version, doc)).toEqual({ items: [note], interviews: [], quotes: [] });
  });

  it('skips what the version does not have', () => {
    const doc = board();
    const version = versionOf(doc);
    expect(bringBack(doc, version, [{ kind: 'quote', id: 'quote-absent' }])).toEqual([]);
  });
});
