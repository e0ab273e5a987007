import { describe, expect, it } from 'vitest';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import { newBoardDoc } from '@shared/project-file/build';
import { ItemIndex } from '../../../renderer/src/canvas/item-index';

/**
 * The index's frames version: what is derived from the frames and what they hold (a proposal's
 * list of themes) is computed again when it moves, and only then, not at every edit of the board.
 */
describe('the frames version of the board index', () => {
  it('moves when a frame or what a frame holds changes, not when a card is edited or moved inside it', () => {
    const doc = newBoardDoc('Frames', '2026-11-01T00:00:00.000Z');
    const index = new ItemIndex(doc);
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'Thème' });
    let seen = index.framesVersion;
    const moved = (): boolean => {
      const now = index.framesVersion;
      const out = now !== seen;
      seen = now;
      return out;
    };
    // A note made inside the frame joins it.
    const note = createItem(doc, { kind: 'note', x: 40, y: 80, w: 160, h: 120, text: 'a' });
    expect(index.get(note)?.parentId).toBe(frame);
    expect(moved()).toBe(true);
    // Its text edited, or moved within the frame: the frames hold the same cards.
    updateItem(doc, note, { text: 'b' });
    expect(moved()).toBe(false);
    moveItems(doc, [note], 20, 20);
    expect(moved()).toBe(false);
    // Moved out of the frame, the frame renamed, a card deleted outside any frame: it moves, moves, does not.
    moveItems(doc, [note], 2000, 0);
    expect(index.get(note)?.parentId).toBe(null);
    expect(moved()).toBe(true);
    updateItem(doc, frame, { title: 'Autre thème' });
    expect(moved()).toBe(true);
    deleteItems(doc, [note]);
    expect(moved()).toBe(false);
    index.dispose();
  });
});
