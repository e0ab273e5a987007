import type * as Y from 'yjs';
import type { Migration } from '../migration';

/**
 * Schema 5: amendments. Changes suggested to a proposal's body live in the top-level
 * `amendments` map (shared/records/amendments.ts). A schema-4 board has none: nothing to move,
 * and the step exists so a schema-4 peer knows it cannot read a schema-5 room (its HOST would
 * refuse every write into a map it does not know).
 */
export const amendments: Migration = {
  version: 5,
  id: '0005-amendments',
  up(_doc: Y.Doc) {},
};
