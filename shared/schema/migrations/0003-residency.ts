import type * as Y from 'yjs';
import { itemsOf } from '../../board/doc';
import type { Migration } from '../migration';

/**
 * Schema 3: residency material. Every card carries `tags` (ids from the project's tag lists)
 * and a frame is a theme with a `mark` (none, confirmation, nugget). Interviews, quotes and tags
 * live in maps of their own, which an older board simply does not have yet: nothing to move.
 * Deterministic and idempotent: only missing fields are added, always with the same value.
 */
export const residency: Migration = {
  version: 3,
  id: '0003-residency',
  up(doc: Y.Doc) {
    itemsOf(doc).forEach((map) => {
      if (typeof map.get !== 'function') return;
      if (!Array.isArray(map.get('tags'))) map.set('tags', []);
      if (map.get('kind') === 'frame' && typeof map.get('mark') !== 'string') map.set('mark', 'none');
    });
  },
};
