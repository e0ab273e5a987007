import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, moveItems } from '@shared/board/commands';
import { newBoardDoc } from '@shared/project-file/build';
import { CardArrivals } from '../../../renderer/src/features/day/card-arrivals';

const MINUTE = 60_000;

describe('the cards a page sees arrive in a frame', () => {
  it('counts new cards inside each frame, within the last minutes, from when the page started counting', () => {
    const doc = newBoardDoc('Tables', '2026-11-01T00:00:00.000Z');
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 900, h: 640 });
    const other = createItem(doc, { kind: 'frame', x: 2000, y: 0, w: 900, h: 640 });
    // A card already there before the page counts is not one it saw arrive.
    createItem(doc, { kind: 'note', x: 100, y: 100 });
    let now = 1_000_000;
    const arrivals = new CardArrivals(doc, 10 * MINUTE, () => now);
    expect(arrivals.count(frame, 10 * MINUTE)).toBe(0);

    let told = 0;
    arrivals.subscribe(() => told++);
    createItem(doc, { kind: 'note', x: 200, y: 100 });
    now += 4 * MINUTE;
    createItem(doc, { kind: 'note', x: 300, y: 300 });
    createItem(doc, { kind: 'note', x: 2100, y: 100 });
    // Outside every frame: nobody's.
    const loose = createItem(doc, { kind: 'note', x: 5000, y: 5000 });
    expect(arrivals.count(frame, 10 * MINUTE)).toBe(2);
    expect(arrivals.count(other, 10 * MINUTE)).toBe(1);
    expect(told).toBe(3);
    // A card moved into the frame was not added there.
    moveItems(doc, [loose], -4800, -4800);
    expect(arrivals.count(frame, 10 * MINUTE)).toBe(2);

    // Seven minutes later, the first one is past the ten minutes.
    now += 7 * MINUTE;
    expect(arrivals.count(frame, 10 * MINUTE)).toBe(1);
    expect(arrivals.count(frame, 2 * MINUTE)).toBe(0);
    arrivals.dispose();
    createItem(doc, { kind: 'note', x: 400, y: 300 });
    expect(arrivals.count(frame, 10 * MINUTE)).toBe(1);
  });

  it('counts the cards that arrive from another peer, but not the board arriving whole', () => {
    const source = newBoardDoc('Tables', '2026-11-01T00:00:00.000Z');
    const frame = createItem(source, { kind: 'frame', x: 0, y: 0, w: 900, h: 640 });
    for (let i = 0; i < 600; i++) createItem(source, { kind: 'note', x: 10 + (i % 30) * 20, y: 10 + Math.floor(i / 30) * 20 });
    const page = new Y.Doc();
    const arrivals = new CardArrivals(page, 10 * MINUTE);
    Y.applyUpdate(page, Y.encodeStateAsUpdate(source));
    expect(arrivals.count(frame, 10 * MINUTE)).toBe(0);
    // Then a participant adds one in the frame: it reaches the page as an update.
    const before = Y.encodeStateVector(source);
    createItem(source, { kind: 'note', x: 500, y: 500 });
    Y.applyUpdate(page, Y.encodeStateAsUpdate(source, before));
    expect(arrivals.count(frame, 10 * MINUTE)).toBe(1);
  });
});
