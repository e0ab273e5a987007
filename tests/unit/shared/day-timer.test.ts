import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMinutes, applyTimerOp, newTimer, pauseTimer, readDayTimer, resetTimer, startTimer, timeLeft, writeDayTimer, DAY_MAP } from '@shared/day/day-timer';

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
