import { z } from 'zod';
import type * as Y from 'yjs';
import { DAY_MAP } from './day-timer';

/**
 * "Bring everyone here": a facilitator writes the board area they see under the `day` map's
 * `gather` key; every other page that sees `seq` change after it opened moves its view there. A
 * counter rather than a flag: the same area twice is two gatherings, and a page that opens later
 * compares against the `seq` it found, so an old gathering never moves it. Only facilitators write
 * `day` (the HOST refuses participants' writes to it).
 */
const GATHER_KEY = 'gather';

const finite = z.number().finite();
export const gatherRectSchema = z.object({ x: finite, y: finite, w: finite.positive(), h: finite.positive() }).strict();
export const dayGatherSchema = z
  .object({ seq: z.number().int().min(1), rect: gatherRectSchema, by: z.string().max(200) })
  .strict();
export type DayGather = z.infer<typeof dayGatherSchema>;
export type GatherRect = z.infer<typeof gatherRectSchema>;

/** The last gathering, or null (none, or a value that does not parse: reads never throw). */
export function readGather(doc: Y.Doc): DayGather | null {
  const parsed = dayGatherSchema.safeParse(doc.getMap<unknown>(DAY_MAP).get(GATHER_KEY));
  return parsed.success ? parsed.data : null;
}

/** Writes a new gathering to `rect` by `by` (a name); returns its `seq`. */
export function writeGather(doc: Y.Doc, rect: GatherRect, by: string, origin?: unknown): number {
  const seq = (readGather(doc)?.seq ?? 0) + 1;
  const value = dayGatherSchema.parse({ seq, rect, by: by.slice(0, 200) });
  doc.transact(() => doc.getMap<unknown>(DAY_MAP).set(GATHER_KEY, value), origin);
  return seq;
}
