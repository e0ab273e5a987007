import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItem } from '@shared/board/doc';
import type { ItemRecord } from '@shared/board/records';
import { readingOrder } from '@shared/board/reading-order';

const records = (doc: Y.Doc): ItemRecord[] => [...itemsOf(doc).values()].map((m) => readItem(m)!);

describe('reading order of the cards (Tab, screen readers)', () => {
  it('goes frame by frame, each followed by its cards in rows, then the cards outside frames', () => {
    const doc = new Y.Doc();
    const text = (id: string): string => (readItem(itemsOf(doc).get(id)!) as { text?: string; title?: string }).text ?? (readItem(itemsOf(doc).get(id)!) as { title: string }).title;
    // Created out of order on purpose: the order comes from the places, not from creation.
    createItem(doc, { kind: 'note', x: 2000, y: 0, text: 'loose right' });
    createItem(doc, { kind: 'frame', x: 1000, y: 0, w: 800, h: 600, title: 'B' });
    createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'A' });
    createItem(doc, { kind: 'note', x: 300, y: 40, text: 'A top right' });
    // A little lower than its neighbour but on the same row (its top is above the neighbour's middle).
    createItem(doc, { kind: 'note', x: 40, y: 60, text: 'A top left' });
    createItem(doc, { kind: 'note', x: 40, y: 300, text: 'A bottom' });
    createItem(doc, { kind: 'note', x: 1100, y: 100, text: 'B only' });
    createItem(doc, { kind: 'note', x: -500, y: 900, text: 'loose below' });
    const order = readingOrder(records(doc)).map((r) => text(r.id));
    expect(order).toEqual(['A', 'A top left', 'A top right', 'A bottom', 'B', 'B only', 'loose right', 'loose below']);
  });
});
