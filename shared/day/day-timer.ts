import { z } from 'zod';
import type * as Y from 'yjs';

/**
 * The workshop's shared timer, stored as instants of the HOST's clock so every screen computes
 * the same time left whatever its own clock says (each page knows its offset to the HOST:
 * shared/room/clock-offset.ts). Running: it ends at `endsAt`; paused: `leftMs` remain.
 * Pure functions over a HOST-clock `now`; facilitators write it, participants only read it.
 */

/** Top-level map facilitators write for the day (replayed to the workshop doc, not writable by participants). */
export const DAY_MAP = 'day';
const TIMER_KEY = 'timer';

const MINUTE_MS = 60_000;
/** A timer longer than a day is a mistake, not a workshop slot. */
export const MAX_TIMER_MS = 24 * 60 * MINUTE_MS;

const ms = z.number().int().min(0).max(MAX_TIMER_MS);
export const dayTimerSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), endsAt: z.number().int().min(0), totalMs: ms }).strict(),
  z.object({ state: z.literal('paused'), leftMs: ms, totalMs: ms }).strict(),
]);
/** `totalMs`: the length it was started with (plus added minutes), where reset takes it back. */
export type DayTimer = z.infer<typeof dayTimerSchema>;

const clamp = (v: number): number => Math.min(MAX_TIMER_MS, Math.max(0, Math.round(v)));

/** Milliseconds left at HOST instant `now` (0 once it has run out). */
export function timeLeft(timer: DayTimer, now: number): number {
  return timer.state === 'running' ? Math.max(0, timer.endsAt - now) : timer.leftMs;
}

/** A new timer of `durationMs`, paused (start runs it). */
export const newTimer = (durationMs: number): DayTimer => ({ state: 'paused', leftMs: clamp(durationMs), totalMs: clamp(durationMs) });

export function startTimer(timer: DayTimer, now: number): DayTimer {
  return timer.state === 'running' ? timer : { state: 'running', endsAt: Math.round(now) + timer.leftMs, totalMs: timer.totalMs };
}

export function pauseTimer(timer: DayTimer, now: number): DayTimer {
  return timer.state === 'paused' ? timer : { state: 'paused', leftMs: clamp(timeLeft(timer, now)), totalMs: timer.totalMs };
}

/** Adds (or, negative, removes) minutes; never below zero. Works whether it runs or not, and after it ran out. */
export function addMinutes(timer: DayTimer, minutes: number, now: number): DayTimer {
  const left = clamp(timeLeft(timer, now) + minutes * MINUTE_MS);
  const totalMs = clamp(timer.totalMs + minutes * MINUTE_MS);
  return timer.state === 'running' ? { state: 'running', endsAt: Math.round(now) + left, totalMs } : { state: 'paused', leftMs: left, totalMs };
}

/** Back to its full length, paused. */
export const resetTimer = (timer: DayTimer): DayTimer => ({ state: 'paused', leftMs: timer.totalMs, totalMs: timer.totalMs });

/** What a facilitator can do to the timer (the actions of the same names). */
export type TimerOp = 'start-pause' | 'add-minute' | 'remove-minute' | 'reset';
/** The length of a timer started when there is none. */
export const DEFAULT_TIMER_MS = 10 * MINUTE_MS;

/**
 * The timer after `op` at HOST instant `now`; null: no timer (the bar goes away). Start on no timer
 * starts one of DEFAULT_TIMER_MS; reset of a timer already back to its full length removes it.
 */
export function applyTimerOp(timer: DayTimer | null, op: TimerOp, now: number): DayTimer | null {
  const t = timer ?? newTimer(DEFAULT_TIMER_MS);
  switch (op) {
    case 'start-pause':
      return t.state === 'running' ? pauseTimer(t, now) : startTimer(t, now);
    case 'add-minute':
      return addMinutes(t, 1, now);
    case 'remove-minute':
      return addMinutes(t, -1, now);
    case 'reset':
      return timer === null || (t.state === 'paused' && t.leftMs === t.totalMs) ? null : resetTimer(t);
  }
}

/** The timer a doc holds; null when there is none or what is there is not a timer (never throws). */
export function readDayTimer(doc: Y.Doc): DayTimer | null {
  if (!doc.share.has(DAY_MAP)) return null;
  const parsed = dayTimerSchema.safeParse(doc.getMap<unknown>(DAY_MAP).get(TIMER_KEY));
  return parsed.success ? parsed.data : null;
}

/** Writes (or, with null, removes) the timer; one transaction, on `origin` (the local origin for an undoable gesture). */
export function writeDayTimer(doc: Y.Doc, timer: DayTimer | null, origin?: unknown): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(DAY_MAP);
    if (timer) map.set(TIMER_KEY, { ...timer });
    else map.delete(TIMER_KEY);
  }, origin);
}

/** The lengths a facilitator picks in one click, in minutes. */
export const TIMER_PRESETS = [5, 10, 15, 30] as const;

/** A length typed by a facilitator: milliseconds, or why it is refused (nothing is written then). */
export type TimerLength = { ok: true; ms: number } | { ok: false; reason: 'not-a-number' | 'not-positive' | 'too-long' };

/**
 * Reads a length in minutes ("5", "2.5", "2,5"), to the second. Zero or less is refused rather than
 * clamped (a timer already at zero is a mistake, not a choice), and so is more than a day.
 */
export function parseTimerMinutes(text: string): TimerLength {
  const trimmed = text.trim().replace(',', '.');
  const minutes = /^[-+]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(minutes)) return { ok: false, reason: 'not-a-number' };
  const ms = Math.round(minutes * 60) * 1000;
  if (ms <= 0) return { ok: false, reason: 'not-positive' };
  if (ms > MAX_TIMER_MS) return { ok: false, reason: 'too-long' };
  return { ok: true, ms };
}

/** How late after the zero a page may still chime: a page that opens long after it says nothing. */
export const CHIME_WINDOW_MS = 5000;

/**
 * Which zero the timer has reached at HOST instant `now`, as a key (its end instant), or null when it
 * is not at zero, or got there more than CHIME_WINDOW_MS ago. A page chimes when the key is new to it:
 * once per zero, whatever the rerenders, and again only when a restarted timer reaches its own zero.
 */
export function zeroReached(timer: DayTimer | null, now: number): number | null {
  if (!timer || timer.state !== 'running') return null;
  const late = now - timer.endsAt;
  return late >= 0 && late <= CHIME_WINDOW_MS ? timer.endsAt : null;
}

/** Whether to chime now: a zero was reached that this page has not chimed for yet (`chimed`: the last key it chimed for). */
export const shouldChime = (zero: number | null, chimed: number | null): boolean => zero !== null && zero !== chimed;
