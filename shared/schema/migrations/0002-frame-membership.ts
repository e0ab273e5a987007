import * as Y from 'yjs';
import { itemsOf } from '../../board/doc';
import type { Migration } from '../migration';

/**
 * Schema 2: a card records the frame it belongs to (`parentId`), so a frame carries its cards.
 * Schema-1 boards only had geometry: a card joins the topmost frame (highest z) under its centre.
 */
export const frameMembership: Migration = {
  version: 2,
  id: '0002-frame-membership',
  up(doc: Y.Doc) {
    const items = itemsOf(doc);
    const frames: { id: string; x: number; y: number; w: number; h: number; z: number }[] = [];
    items.forEach((map, id) => {
      // Anything but a record is left for repair to drop.
      if (!(map instanceof Y.Map) || map.get('kind') !== 'frame') return;
      const [x, y, w, h, z] = ['x', 'y', 'w', 'h', 'z'].map((k) => map.get(k));
      if ([x, y, w, h, z].every((v) => typeof v === 'number')) {
        frames.push({ id, x: x as number, y: y as number, w: w as number, h: h as number, z: z as number });
      }
    });
    frames.sort((a, b) => b.z - a.z || (a.id < b.id ? -1 : 1));
    items.forEach((map) => {
      if (!(map instanceof Y.Map) || map.has('parentId')) return;
      if (map.get('kind') === 'frame') return map.set('parentId', null);
      const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((k) => map.get(k));
      let parent: string | null = null;
      if ([x, y, w, h].every((v) => typeof v === 'number')) {
        const cx = (x as number) + (w as number) / 2;
        const cy = (y as number) + (h as number) / 2;
        parent = frames.find((f) => cx >= f.x && cx <= f.x + f.w && cy >= f.y && cy <= f.y + f.h)?.id ?? null;
      }
      map.set('parentId', parent);
    });
  },
};
