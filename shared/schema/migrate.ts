import type * as Y from 'yjs';
import { metaOf, SYSTEM_ORIGIN } from '../board/doc';
import type { Migration } from './migration';
import { boardMeta } from './migrations/0001-board-meta';
import { frameMembership } from './migrations/0002-frame-membership';
import { residency } from './migrations/0003-residency';
import { images } from './migrations/0004-images';
import { amendments } from './migrations/0005-amendments';
import { SCHEMA_VERSION } from './version';

/** Every migration, oldest first. A test checks there is exactly one per version up to SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [boardMeta, frameMembership, residency, images, amendments];

/** Brings a doc from `fromVersion` to SCHEMA_VERSION; returns the ids of the migrations that ran. */
export function migrate(doc: Y.Doc, fromVersion: number): string[] {
  const ran: string[] = [];
  doc.transact(() => {
    for (const m of MIGRATIONS) {
      if (m.version <= fromVersion) continue;
      m.up(doc);
      ran.push(m.id);
    }
    const meta = metaOf(doc);
    if (meta.get('schemaVersion') !== SCHEMA_VERSION) meta.set('schemaVersion', SCHEMA_VERSION);
  }, SYSTEM_ORIGIN);
  return ran;
}
