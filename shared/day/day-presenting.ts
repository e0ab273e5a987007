import { z } from 'zod';
import type * as Y from 'yjs';
import type { AgendaStep } from './day-agenda';
import { recordIdSchema } from '../records/items';
import { readTables } from './day-tables';
import { DAY_MAP } from './day-timer';

/**
 * "Our turn": a facilitator presents frames in order and every page follows. Kept in the `day` map
 * (key `presenting`), so only facilitators write it and the HOST refuses it from participants, like
 * the timer and the agenda. `by` is the presenter's person id (their presence `user.id`): the HOST
 * ends the presentation when that person's last socket leaves the room, so nobody stays following
 * a presenter who is gone. Pure functions; reads never throw.
 */

const PRESENTING_KEY = 'presenting';
/** More frames than a day's presentation ever shows: a bigger list is a mistake, not a talk. */
export const MAX_PRESENTED_FRAMES = 200;

const presentingSchema = z
  .object({
    by: z.string().min(1).max(64),
    name: z.string().max(80),
    frames: z.array(recordIdSchema).min(1).max(MAX_PRESENTED_FRAMES),
    index: z.number().int().min(0),
  })
  .strict();
/** Who presents, the frames in their order, and the one on screen (`index`, always within `frames`). */
export type Presenting = z.infer<typeof presentingSchema>;

/** The presentation under way, or null (none, or what is there is not one). An index past the end reads as the last frame. */
export function readPresenting(doc: Y.Doc): Presenting | null {
  if (!doc.share.has(DAY_MAP)) return null;
  const parsed = presentingSchema.safeParse(doc.getMap<unknown>(DAY_MAP).get(PRESENTING_KEY));
  if (!parsed.success) return null;
  return { ...parsed.data, index: Math.min(parsed.data.index, parsed.data.frames.length - 1) };
}

/**
 * Starts presenting `frames` (duplicates dropped, at most MAX_PRESENTED_FRAMES) from the first one;
 * replaces a presentation under way. Null, and nothing written, when there is no frame to present.
 */
export function startPresenting(doc: Y.Doc, who: { by: string; name: string }, frames: readonly string[], origin?: unknown): Presenting | null {
  const list = [...new Set(frames)].slice(0, MAX_PRESENTED_FRAMES);
  if (list.length === 0) return null;
  const presenting = presentingSchema.parse({ by: who.by, name: who.name.slice(0, 80), frames: list, index: 0 });
  doc.transact(() => doc.getMap<unknown>(DAY_MAP).set(PRESENTING_KEY, presenting), origin);
  return presenting;
}

/**
 * The next (`+1`) or previous (`-1`) frame; the index stays within the frames (nothing is written
 * when it would not move). Returns the presentation as it now is, null when none is under way.
 */
export function stepPresenting(doc: Y.Doc, direction: 1 | -1, origin?: unknown): Presenting | null {
  const current = readPresenting(doc);
  if (!current) return null;
  const index = Math.min(current.frames.length - 1, Math.max(0, current.index + direction));
  if (index === current.index) return current;
  const next = { ...current, frames: [...current.frames], index };
  doc.transact(() => doc.getMap<unknown>(DAY_MAP).set(PRESENTING_KEY, next), origin);
  return next;
}

/** Whether the doc holds anything at the presentation's key (a presentation, or what does not read as one). */
export const holdsPresenting = (doc: Y.Doc): boolean => doc.share.has(DAY_MAP) && doc.getMap<unknown>(DAY_MAP).has(PRESENTING_KEY);

/** Ends the presentation for everyone (whatever the key holds, even what does not read as one); false when there was none. */
export function endPresenting(doc: Y.Doc, origin?: unknown): boolean {
  if (!holdsPresenting(doc)) return false;
  doc.transact(() => doc.getMap<unknown>(DAY_MAP).delete(PRESENTING_KEY), origin);
  return true;
}

/** `ids` without duplicates, keeping only those `isFrame` says are frames still on the board, in their order. */
export function presentableFrames(ids: Iterable<string>, isFrame: (id: string) => boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id) || !isFrame(id)) continue;
    seen.add(id);
    out.push(id);
    if (out.length === MAX_PRESENTED_FRAMES) break;
  }
  return out;
}

/** The agenda's frames: each step's in order, step after step (a frame of two steps shows once, at its first). */
export function agendaFrames(steps: readonly AgendaStep[], isFrame: (id: string) => boolean): string[] {
  return presentableFrames(
    steps.flatMap((s) => s.frames),
    isFrame,
  );
}

/** The tables' frames, in the tables' order (a table without one is skipped). */
export function tablesFrames(doc: Y.Doc, isFrame: (id: string) => boolean): string[] {
  return presentableFrames(
    readTables(doc).flatMap((t) => (t.frame ? [t.frame] : [])),
    isFrame,
  );
}
