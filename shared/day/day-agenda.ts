import { z } from 'zod';
import type * as Y from 'yjs';
import { DAY_MAP } from './day-timer';

/**
 * The workshop day's agenda: steps the facilitators write in the `day` map (participants only read
 * it; the HOST refuses their writes to `day`), and which step is the current one. A step starts at a
 * clock time ("HH:MM") or lasts some minutes, says what to do in a line, and may name the board frames
 * where it happens (so every page can bring its view there when the step changes).
 * Pure functions; reads never throw: what is not an agenda reads as an empty one.
 */

const AGENDA_KEY = 'agenda';
const CURRENT_KEY = 'current';

const MAX_STEPS = 100;
const MAX_MINUTES = 24 * 60;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const agendaStepSchema = z
  .object({
    id: z.string().min(1).max(64),
    title: z.string().max(200),
    /** When it starts, on the room's wall clock ("09:30"); or else: */
    start: hhmm.optional(),
    /** how long it lasts. */
    minutes: z.number().int().min(1).max(MAX_MINUTES).optional(),
    instructions: z.string().max(1000).default(''),
    /** Ids of the board frames where it happens (none: the view stays where it is). */
    frames: z.array(z.string().min(1)).max(50).default([]),
  })
  .strict();
export type AgendaStep = z.infer<typeof agendaStepSchema>;
const agendaSchema = z.array(agendaStepSchema).max(MAX_STEPS);

/** The steps a doc holds, in order; [] when there are none or they are not an agenda (never throws). */
export function readAgenda(doc: Y.Doc): AgendaStep[] {
  if (!doc.share.has(DAY_MAP)) return [];
  const parsed = agendaSchema.safeParse(doc.getMap<unknown>(DAY_MAP).get(AGENDA_KEY));
  if (!parsed.success) return [];
  // Two steps with one id would make next/back ambiguous: keep the first.
  const seen = new Set<string>();
  return parsed.data.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

/** The current step, or null (none chosen, or its step was deleted). */
export function readCurrentStep(doc: Y.Doc): AgendaStep | null {
  if (!doc.share.has(DAY_MAP)) return null;
  const id = doc.getMap<unknown>(DAY_MAP).get(CURRENT_KEY);
  return typeof id === 'string' ? (readAgenda(doc).find((s) => s.id === id) ?? null) : null;
}

/** Writes the whole agenda (it is small) and, when given, the current step's id (null: none); one transaction. */
export function writeAgenda(doc: Y.Doc, steps: readonly AgendaStep[], current?: string | null, origin?: unknown): void {
  const valid = agendaSchema.parse(steps);
  doc.transact(() => {
    const map = doc.getMap<unknown>(DAY_MAP);
    // Plain JSON: a key left undefined (no start, no minutes) is not written at all.
    map.set(AGENDA_KEY, valid.map((s) => JSON.parse(JSON.stringify(s)) as AgendaStep));
    if (current === null) map.delete(CURRENT_KEY);
    else if (current !== undefined) map.set(CURRENT_KEY, current);
  }, origin);
}

/** Makes `id` the current step (null: none). */
export function writeCurrentStep(doc: Y.Doc, id: string | null, origin?: unknown): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(DAY_MAP);
    if (id === null) map.delete(CURRENT_KEY);
    else map.set(CURRENT_KEY, id);
  }, origin);
}

/** The steps with the one at `from` moved to `to` (indexes clamped; the same list when nothing moves). */
export function moveStep(steps: readonly AgendaStep[], from: number, to: number): AgendaStep[] {
  const list = [...steps];
  if (from < 0 || from >= list.length) return list;
  const target = Math.min(list.length - 1, Math.max(0, to));
  const [step] = list.splice(from, 1);
  list.splice(target, 0, step!);
  return list;
}

/** The step after (`+1`) or before (`-1`) the current one; with no current step, next is the first. Null: no such step. */
export function stepBeside(steps: readonly AgendaStep[], currentId: string | null, direction: 1 | -1): AgendaStep | null {
  const at = currentId === null ? -1 : steps.findIndex((s) => s.id === currentId);
  if (at === -1) return direction === 1 ? (steps[0] ?? null) : null;
  return steps[at + direction] ?? null;
}

/** Moves the current step forward or back in the doc; returns the new current step (null: there was none to go to, nothing changed). */
export function goToStep(doc: Y.Doc, direction: 1 | -1, origin?: unknown): AgendaStep | null {
  const current = readCurrentStep(doc);
  const next = stepBeside(readAgenda(doc), current?.id ?? null, direction);
  if (next) writeCurrentStep(doc, next.id, origin);
  return next;
}

/** Parses "HH:MM" (or "9h30", "14h") into minutes after midnight; null when it is not a time. */
export function parseClockTime(text: string): number | null {
  const m = /^\s*(\d{1,2})\s*[:hH]\s*(\d{2})?\s*$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** "HH:MM" for minutes after midnight. */
export const formatClockTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * When the step at `index` ends, in minutes after midnight: its own start plus its minutes, else the
 * next step's start; null when neither is known (the bar then shows no time left for it).
 */
export function stepEnd(steps: readonly AgendaStep[], index: number): number | null {
  const step = steps[index];
  if (!step) return null;
  const start = step.start === undefined ? null : parseClockTime(step.start);
  if (start !== null && step.minutes !== undefined) return start + step.minutes;
  const next = steps[index + 1]?.start;
  return next === undefined ? null : parseClockTime(next);
}

/** A new step id, unique among `steps`. */
export function newStepId(steps: readonly AgendaStep[]): string {
  const ids = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (ids.has(`step-${n}`)) n += 1;
  return `step-${n}`;
}

/**
 * Where a step happens on the board as it is now: 'nowhere' (it names no frame), 'here' (at least one
 * of its frames exists; the others may be gone) or 'gone' (every frame it names was deleted: the step
 * stays, and says its place is gone). `missing`: the ids it names that the board no longer has.
 */
export function stepPlace(step: AgendaStep, exists: (id: string) => boolean): { place: 'nowhere' | 'here' | 'gone'; missing: string[] } {
  const missing = step.frames.filter((id) => !exists(id));
  const place = step.frames.length === 0 ? 'nowhere' : missing.length === step.frames.length ? 'gone' : 'here';
  return { place, missing };
}
