import type * as Y from 'yjs';
import { AMENDMENTS } from './amendments';
import { ASSETS } from './assets';
import { ITEMS } from './items';
import type { RecordKind } from './kind';
import { INTERVIEWS, QUOTES, TAGS } from './residency';
import { VOTE_RESULTS } from './votes';
import { recordsOf } from './y-record';

/**
 * Every record kind of a project, in the order of the readable snapshot. Snapshot, rebuild and
 * repair walk this list; a kind added here is saved, restored and validated with no other change.
 */
export const RECORD_KINDS = [ITEMS, INTERVIEWS, QUOTES, TAGS, ASSETS, VOTE_RESULTS, AMENDMENTS] as const;

export type AnyKind = RecordKind<object, unknown>;

export const ALL_KINDS: readonly AnyKind[] = RECORD_KINDS;

/**
 * Defines every kind's map in the doc (no change, no update). An update naming a map the doc
 * has not defined yet lands in a placeholder type that `getMap` later replaces, so what that
 * transaction changed could not be traced to its kind.
 */
export function defineRecordMaps(doc: Y.Doc): void {
  for (const kind of ALL_KINDS) recordsOf(kind, doc);
}
