import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, moveItems } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import { newBoardDoc } from '@shared/project-file/build';
import { createUndoManager } from '../../../renderer/src/session/undo';

/** Two peers on one board; peer a undoes with the app's undo manager. */
function twoPeers(aWins: boolean) {
  const a = newBoardDoc('Test', '2026-01-01T00:00:00.000Z');
  const b = new Y.Doc();
  // Yjs orders concurrent writes of one field by client id: choose whose move wins.
  a.clientID = aWins ? 2 : 1;
  b.clientID = aWins ? 1 : 2;
  const note = createItem(a, { kind: 'note', x: 100, y: 100, text: 'Une tablée' });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const undo = createUndoManager(a);
  const sync = (): void => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  };
  const card = (doc: Y.Doc) => readItem(itemsOf(doc).get(note)!);
  moveItems(a, [note], 50, 0);
  moveItems(b, [note], -30, 0);
  sync();
  return { undo, sync, card, a, b };
}

describe('undo after a peer moved the same card at the same time', () => {
  it('puts the card back where my move took it from, for everyone, when my move had won', () => {
    const { undo, sync, card, a, b } = twoPeers(true);
    expect(card(a)!.x).toBe(150);
    undo.undo();
    sync();
    // Yjs alone left the card without any x here: invalid for every peer, dropped at the next load.
    expect(card(a)).toMatchObject({ x: 100, y: 100, text: 'Une tablée' });
    expect(card(b)).toMatchObject({ x: 100, y: 100 });
    // Redo cannot bring my move back over the healed value (Yjs sees a conflict); it empties nothing.
    undo.redo();
    sync();
    expect(card(b)).toMatchObject({ x: 100, y: 100 });
  });

  it('leaves the other move when it had won: my undo never takes back a peer\'s edit', () => {
    const { undo, sync, card, a, b } = twoPeers(false);
    expect(card(a)!.x).toBe(70);
    undo.undo();
    sync();
    expect(card(a)!.x).toBe(70);
    expect(card(b)!.x).toBe(70);
  });

  it('leaves a later edit of a peer as it is', () => {
    const { undo, sync, card, a, b } = twoPeers(false);
    moveItems(b, [itemsOf(b).keys().next().value as string], 0, 40);
    sync();
    undo.undo();
    sync();
    expect(card(a)!.y).toBe(140);
    expect(card(b)!.y).toBe(140);
  });
});

describe('moving a card whose place is not known for a moment', () => {
  it('leaves it where it is instead of writing NaN', () => {
    const doc = newBoardDoc('Test', '2026-01-01T00:00:00.000Z');
    const note = createItem(doc, { kind: 'note', x: 0, y: 0 });
    // What a peer holds while a later update's deletion arrived before the value that replaced it.
    doc.transact(() => itemsOf(doc).get(note)!.delete('x'));
    moveItems(doc, [note], 10, 10);
    expect(itemsOf(doc).get(note)!.get('x')).toBeUndefined();
    expect(itemsOf(doc).get(note)!.get('y')).toBe(0);
  });
});
