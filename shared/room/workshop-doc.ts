import type * as Y from 'yjs';
import { AUTHORSHIP_MAPS } from '../board/authorship';
import { DAY_MAP } from '../day/day-timer';
import { VOTES_MAP } from '../records/votes';

/**
 * The room's workshop doc: what participants receive and edit (docs/architecture.md, "Two kinds of
 * material"). The HOST builds it from the project and keeps both in step (workshop-mirror.ts); the
 * research material (interviews, quotes as written, tags) never enters it.
 */

/**
 * Each theme's counts (quotes, interviews, distinct profiles), computed by the HOST from the
 * research material and published here, since participants cannot count interviews they never see.
 * frame id → { quotes, interviews, profiles }.
 */
export const THEME_COUNTS_MAP = 'themeCounts';

/** Top-level maps of the workshop doc. `quotes` holds the quotes as published (words and credit). */
export const WORKSHOP_ROOTS = ['items', 'assets', 'amendments', 'quotes', 'meta', DAY_MAP, VOTES_MAP, THEME_COUNTS_MAP, ...AUTHORSHIP_MAPS] as const;

/** Maps a participant's update may write into; the rest only the HOST writes (`day`, and `votes`: the frozen results of dot votes). */
export const PARTICIPANT_ROOTS: ReadonlySet<string> = new Set(['items', 'assets', 'amendments', ...AUTHORSHIP_MAPS]);

export interface PublishedCounts {
  quotes: number;
  interviews: number;
  profiles: number;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e9;

/** The published counts of a workshop doc; empty in a project's own doc (which counts for itself). */
export function readThemeCounts(doc: Y.Doc): Map<string, PublishedCounts> {
  const out = new Map<string, PublishedCounts>();
  if (!doc.share.has(THEME_COUNTS_MAP)) return out;
  doc.getMap<unknown>(THEME_COUNTS_MAP).forEach((v, frameId) => {
    const c = v as Partial<PublishedCounts> | null;
    if (c && isCount(c.quotes) && isCount(c.interviews) && isCount(c.profiles)) out.set(frameId, { quotes: c.quotes, interviews: c.interviews, profiles: c.profiles });
  });
  return out;
}
