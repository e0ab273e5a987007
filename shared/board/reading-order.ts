import type { ItemRecord } from './records';

/**
 * The order in which the keyboard and screen readers go through the cards: frame by frame (the
 * frames themselves top-left to bottom-right), each frame followed by its cards, then the cards
 * outside any frame. Inside a group, cards are read in rows: a card whose top is above the middle
 * of the row's first card belongs to that row; a row is read left to right. Pure, so it is tested
 * without a browser; the renderer computes it on demand (a key press), never per frame.
 */
export function readingOrder(items: Iterable<ItemRecord>): ItemRecord[] {
  const frames: ItemRecord[] = [];
  const byFrame = new Map<string, ItemRecord[]>();
  const loose: ItemRecord[] = [];
  for (const item of items) {
    if (item.kind === 'frame') {
      frames.push(item);
      continue;
    }
    if (item.parentId === null) {
      loose.push(item);
      continue;
    }
    const group = byFrame.get(item.parentId);
    if (group) group.push(item);
    else byFrame.set(item.parentId, [item]);
  }
  // Loops rather than push(...spread): a spread of a 50,000-card board's array overflows the stack.
  const out: ItemRecord[] = [];
  for (const frame of inRows(frames)) {
    out.push(frame);
    for (const card of inRows(byFrame.get(frame.id) ?? [])) out.push(card);
    byFrame.delete(frame.id);
  }
  // Cards naming a frame that is not on the board any more are read with the loose ones.
  for (const orphans of byFrame.values()) for (const card of orphans) loose.push(card);
  for (const card of inRows(loose)) out.push(card);
  return out;
}

/** Top-left to bottom-right, row by row. */
export function inRows(items: readonly ItemRecord[]): ItemRecord[] {
  const byTop = [...items].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  const out: ItemRecord[] = [];
  let row: ItemRecord[] = [];
  let rowEnd = -Infinity;
  const flush = (): void => {
    row.sort((a, b) => a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : 1));
    for (const item of row) out.push(item);
    row = [];
  };
  for (const item of byTop) {
    if (row.length > 0 && item.y >= rowEnd) flush();
    if (row.length === 0) rowEnd = item.y + item.h / 2;
    row.push(item);
  }
  flush();
  return out;
}
