import { describe, expect, it } from 'vitest';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import { readingOrder } from '@shared/board/reading-order';
import type { ItemRecord } from '@shared/board/records';
import { newBoardDoc } from '@shared/project-file/build';
import { ItemIndex } from '../../../renderer/src/canvas/item-index';

describe('when the reading order must be read again', () => {
  it('a text typed leaves it as it was (the next Tab sorts nothing); a card added, moved, put in a frame or deleted changes it', () => {
    const doc = newBoardDoc('R', '2026-01-01T00:00:00.000Z');
    const index = new ItemIndex(doc);
    const note = createItem(doc, { kind: 'note', x: 0, y: 0, text: 'banc' });
    const frame = createItem(doc, { kind: 'frame', x: 1000, y: 0, w: 800, h: 600, title: 'Lieux' });
    let layout = index.layoutVersion;

    const changes = index.version;
    updateItem(doc, note, { text: 'banc public' });
    expect(index.version).toBeGreaterThan(changes);
    expect(index.layoutVersion).toBe(layout);

    moveItems(doc, [note], 40, 0);
    expect(index.layoutVersion).toBeGreaterThan(layout);
    layout = index.layoutVersion;

    updateItem(doc, note, { parentId: frame });
    expect(index.layoutVersion).toBeGreaterThan(layout);
    layout = index.layoutVersion;

    createItem(doc, { kind: 'note', x: 0, y: 400, text: 'fontaine' });
    expect(index.layoutVersion).toBeGreaterThan(layout);
    layout = index.layoutVersion;

    deleteItems(doc, [note]);
    expect(index.layoutVersion).toBeGreaterThan(layout);
    index.dispose();
  });
});

describe('reading order of a very large board', () => {
  it('orders 150,000 cards without overflowing the stack', () => {
    const doc = newBoardDoc('R', '2026-01-01T00:00:00.000Z');
    const model = readItem(itemsOf(doc).get(createItem(doc, { kind: 'note', x: 0, y: 0, text: 'x' }))!)!;
    const cards: ItemRecord[] = Array.from({ length: 150_000 }, (_, i) => ({ ...model, id: `note:${i}`, x: (i % 400) * 300, y: Math.floor(i / 400) * 300 }));
    const order = readingOrder(cards);
    expect(order).toHaveLength(150_000);
    expect(order[0]!.id).toBe('note:0');
    expect(order[401]!.id).toBe('note:401');
  });
});
