import type * as Y from 'yjs';

/**
 * One step of the record layout, from `version - 1` to `version`.
 * `up` must be deterministic and idempotent: two offline peers may both run it on the same data.
 */
export interface Migration {
  version: number;
  id: string;
  up(doc: Y.Doc): void;
}
