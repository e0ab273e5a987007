import type * as Y from 'yjs';
import { metaOf } from '../../board/doc';
import type { Migration } from '../migration';

/** Schema 1: the board's title and creation date live in the doc, so every peer sees them. */
export const boardMeta: Migration = {
  version: 1,
  id: '0001-board-meta',
  up(doc: Y.Doc) {
    const meta = metaOf(doc);
    if (typeof meta.get('title') !== 'string') meta.set('title', '');
    // A fixed date rather than "now": two peers migrating the same board must write the same value.
    if (typeof meta.get('createdAt') !== 'string') meta.set('createdAt', '1970-01-01T00:00:00.000Z');
  },
};
