import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addMinutes,
  applyTimerOp,
  MAX_TIMER_MS,
  newTimer,
  parseTimerMinutes,
  pauseTimer,
  readDayTimer,
  resetTimer,
  shouldChime,
  startTimer,
  timeLeft,
  writeDayTimer,
  zeroReached,
  DAY_MAP,
} from '@shared/day/day-timer';

const MIN = 60_000;

describe('the shared timer', () => {
  it('counts down from its start and stops at zero', () => {
    const t = startTimer(newTimer(10 * MIN), 1_000_000);
    expect(timeLeft(t, 1_000_000)).toBe(10 * MIN);
    expect(timeLeft(t, 1_000_000 + 4 * MIN)).toBe(6 * MIN);
    expect(timeLeft(t, 1_000_000 + 11 * MIN)).toBe(0);
  });

  it('keeps what is left while paused, and resumes from it', () => {
    const paused = pauseTimer(startTimer(newTimer(10 * MIN), 0), 3 * MIN);
    expect(timeLeft(paused, 50 * MIN)).toBe(7 * MIN);
    const resumed = startTimer(paused, 50 * MIN);
    expect(timeLeft(resumed, 52 * MIN)).toBe(5 * MIN);
    // Starting a running timer again changes nothing.
    expect(startTimer(resumed, 51 * MIN)).toEqual(resumed);
  });

  it('adds and removes minutes, never below zero, running or paused', () => {
    const running = startTimer(newTimer(5 * MIN), 0);
    expect(timeLeft(addMinutes(running, 1, 2 * MIN), 2 * MIN)).toBe(4 * MIN);
    expect(timeLeft(addMinutes(running, -1, 2 * MIN), 2 * MIN)).toBe(2 * MIN);
    expect(timeLeft(addMinutes(running, -10, 2 * MIN), 2 * MIN)).toBe(0);
    // After it ran out, a minute more gives a minute from now.
    expect(timeLeft(addMinutes(running, 1, 9 * MIN), 9 * MIN)).toBe(MIN);
    const paused = newTimer(5 * MIN);
    expect(addMinutes(paused, 1, 123)).toMatchObject({ state: 'paused', leftMs: 6 * MIN });
  });

  it('resets to its full length, paused', () => {
    const t = addMinutes(startTimer(newTimer(5 * MIN), 0), 2, MIN);
    expect(resetTimer(t)).toEqual({ state: 'paused', leftMs: 7 * MIN, totalMs: 7 * MIN });
  });

  it('is read back from the doc, and something else there reads as no timer', () => {
    const doc = new Y.Doc();
    expect(readDayTimer(doc)).toBeNull();
    const t = startTimer(newTimer(5 * MIN), 42);
    writeDayTimer(doc, t);
    expect(readDayTimer(doc)).toEqual(t);
    doc.getMap(DAY_MAP).set('timer', { state: 'running', endsAt: 'soon' });
    expect(readDayTimer(doc)).toBeNull();
    writeDayTimer(doc, null);
    expect(readDayTimer(doc)).toBeNull();
  });
});

describe('a timer started at a fractional instant', () => {
  it('is stored in whole milliseconds, so every page reads it back (an offset is a halved round trip)', () => {
    const doc = new Y.Doc();
    writeDayTimer(doc, startTimer(newTimer(MIN), 1000.5));
    expect(readDayTimer(doc)).not.toBeNull();
  });
});

describe('the facilitators’ timer actions', () => {
  it('start a 10-minute timer when there is none, pause and resume it, and a second reset removes it', () => {
    const started = applyTimerOp(null, 'start-pause', 0)!;
    expect(timeLeft(started, 2 * MIN)).toBe(8 * MIN);
    const paused = applyTimerOp(started, 'start-pause', 2 * MIN)!;
    expect(paused).toMatchObject({ state: 'paused', leftMs: 8 * MIN });
    expect(timeLeft(applyTimerOp(paused, 'add-minute', 3 * MIN)!, 3 * MIN)).toBe(9 * MIN);
    expect(timeLeft(applyTimerOp(paused, 'remove-minute', 3 * MIN)!, 3 * MIN)).toBe(7 * MIN);
    const reset = applyTimerOp(paused, 'reset', 3 * MIN)!;
    expect(reset).toMatchObject({ state: 'paused', leftMs: 10 * MIN });
    expect(applyTimerOp(reset, 'reset', 3 * MIN)).toBeNull();
  });
});

describe('the length a facilitator types', () => {
  it('reads minutes, to the second', () => {
    expect(parseTimerMinutes('5')).toEqual({ ok: true, ms: 5 * MIN });
    expect(parseTimerMinutes(' 2,5 ')).toEqual({ ok: true, ms: 150_000 });
    expect(parseTimerMinutes('0.5')).toEqual({ ok: true, ms: 30_000 });
    expect(parseTimerMinutes('1440')).toEqual({ ok: true, ms: MAX_TIMER_MS });
  });

  it('refuses a negative, zero, absurd or unreadable length with its reason', () => {
    expect(parseTimerMinutes('-5')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseTimerMinutes('0')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseTimerMinutes('0.001')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseTimerMinutes('1441')).toEqual({ ok: false, reason: 'too-long' });
    expect(parseTimerMinutes('1e9')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseTimerMinutes('')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseTimerMinutes('cinq')).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('a negative or absurd length given in code is clamped, and one written by hand reads as no timer', () => {
    expect(newTimer(-5 * MIN)).toEqual({ state: 'paused', leftMs: 0, totalMs: 0 });
    expect(newTimer(10 ** 12)).toEqual({ state: 'paused', leftMs: MAX_TIMER_MS, totalMs: MAX_TIMER_MS });
    expect(addMinutes(newTimer(MIN), 10 ** 9, 0)).toMatchObject({ leftMs: MAX_TIMER_MS });
    const doc = new Y.Doc();
    doc.getMap(DAY_MAP).set('timer', { state: 'paused', leftMs: -MIN, totalMs: MIN });
    expect(readDayTimer(doc)).toBeNull();
    doc.getMap(DAY_MAP).set('timer', { state: 'paused', leftMs: MAX_TIMER_MS + 1, totalMs: MIN });
    expect(readDayTimer(doc)).toBeNull();
  });
});

describe('the sound at zero', () => {
  it('chimes once per zero reached, again for a restarted timer, and not for a zero long past', () => {
    const t = startTimer(newTimer(MIN), 0);
    expect(zeroReached(t, 30_000)).toBeNull();
    const zero = zeroReached(t, MIN + 200);
    expect(zero).toBe(MIN);
    expect(shouldChime(zero, null)).toBe(true);
    // The next ticks see the same zero: no second chime.
    expect(shouldChime(zeroReached(t, MIN + 450), zero)).toBe(false);
    // Paused or with time added, it is not at zero.
    expect(zeroReached(addMinutes(t, 1, MIN + 500), MIN + 600)).toBeNull();
    expect(zeroReached(newTimer(0), MIN)).toBeNull();
    // Restarted, it reaches a zero of its own: one chime more.
    const again = startTimer(newTimer(MIN), 2 * MIN);
    expect(shouldChime(zeroReached(again, 3 * MIN), zero)).toBe(true);
    // A page opening 10 minutes after the zero stays quiet.
    expect(zeroReached(t, 11 * MIN)).toBeNull();
  });
});
