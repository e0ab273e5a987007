import * as Y from 'yjs';
import { itemsOf, SYSTEM_ORIGIN, writeItem } from '@shared/board/doc';
import { NOTE_COLORS, type ItemRecord } from '@shared/board/records';

/**
 * A board of `n` notes (7,000 of these make a 2 MB state), as one Yjs update made by
 * a throw-away doc: what a facilitator's file holds after a residency's sense-making.
 */
export function bigBoardUpdate(n = 7_000): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const items = itemsOf(doc);
    for (let i = 0; i < n; i++) {
      const note: ItemRecord = {
        id: `note:big-${i}`,
        kind: 'note',
        x: (i % 100) * 240,
        y: Math.floor(i / 100) * 200,
        w: 220,
        h: 170,
        z: i + 1,
        parentId: null,
        text: `« Citation ${i} : on ne sait pas toujours à quelle porte frapper, ni qui fait quoi ici. »`,
        color: NOTE_COLORS[i % NOTE_COLORS.length]!,
      };
      writeItem(items, note);
    }
  }, SYSTEM_ORIGIN);
  return Y.encodeStateAsUpdate(doc);
}
