import type * as Y from 'yjs';
import type { Migration } from '../migration';

/**
 * Schema 4: pictures. An image card (`kind: 'image'`) points at its bytes in the top-level
 * `assets` map (shared/records/assets.ts). A schema-3 board has neither: nothing to move, and
 * the step exists so a schema-3 peer knows it cannot read a schema-4 room (it would drop the
 * image cards as unknown records).
 */
export const images: Migration = {
  version: 4,
  id: '0004-images',
  up(_doc: Y.Doc) {},
};
