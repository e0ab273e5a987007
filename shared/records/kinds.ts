import { ASSETS } from './assets';
import { ITEMS } from './items';
import type { RecordKind } from './kind';
import { INTERVIEWS, QUOTES, TAGS } from './residency';

/**
 * Every record kind of a project, in the order of the readable snapshot. Snapshot, rebuild and
 * repair walk this list; a kind added here is saved, restored and validated with no other change.
 */
export const RECORD_KINDS = [ITEMS, INTERVIEWS, QUOTES, TAGS, ASSETS] as const;

export type AnyKind = RecordKind<object, unknown>;

export const ALL_KINDS: readonly AnyKind[] = RECORD_KINDS;
