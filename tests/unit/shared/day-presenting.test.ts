import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AgendaStep } from '@shared/day/day-agenda';
import {
  agendaFrames,
  endPresenting,
  MAX_PRESENTED_FRAMES,
  presentableFrames,
  readPresenting,
  startPresenting,
  stepPresenting,
  tablesFrames,
} from '@shared/day/day-presenting';
import { DAY_MAP, newTimer, readDayTimer, writeDayTimer } from '@shared/day/day-timer';

const FANNY = { by: 'person-fanny', name: 'Fanny' };
const isFrame = (id: string): boolean => id.startsWith('f');
const step = (id: string, frames: string[]): AgendaStep => ({ id, title: id, instructions: '', frames });

describe('presenting', () => {
  it('starts on the first frame, goes on and back within the frames, and ends, beside the timer', () => {
    const doc = new Y.Doc();
    expect(readPresenting(doc)).toBeNull();
    writeDayTimer(doc, newTimer(60_000));
    expect(startPresenting(doc, FANNY, ['f1', 'f2', 'f1', 'f3'])).toEqual({ ...FANNY, frames: ['f1', 'f2', 'f3'], index: 0 });
    expect(readPresenting(doc)).toEqual({ ...FANNY, frames: ['f1', 'f2', 'f3'], index: 0 });

    expect(stepPresenting(doc, -1)?.index).toBe(0);
    expect(stepPresenting(doc, 1)?.index).toBe(1);
    expect(stepPresenting(doc, 1)?.index).toBe(2);
    // Past the last frame it stays there.
    expect(stepPresenting(doc, 1)?.index).toBe(2);
    expect(readPresenting(doc)?.index).toBe(2);
    expect(stepPresenting(doc, -1)?.index).toBe(1);

    expect(endPresenting(doc)).toBe(true);
    expect(readPresenting(doc)).toBeNull();
    expect(doc.getMap(DAY_MAP).has('presenting')).toBe(false);
    expect(endPresenting(doc)).toBe(false);
    expect(stepPresenting(doc, 1)).toBeNull();
    // The timer beside it is untouched.
    expect(readDayTimer(doc)).toEqual(newTimer(60_000));
  });

  it('presents any frame a board may hold, whatever the length of its id', () => {
    const doc = new Y.Doc();
    const long = 'f'.repeat(100);
    expect(startPresenting(doc, { by: 'fanny', name: 'Fanny' }, [long], 'test')?.frames).toEqual([long]);
    expect(readPresenting(doc)?.frames).toEqual([long]);
  });

  it('writes nothing without a frame to present, and keeps at most the limit', () => {
    const doc = new Y.Doc();
    expect(startPresenting(doc, FANNY, [])).toBeNull();
    expect(doc.getMap(DAY_MAP).has('presenting')).toBe(false);
    const many = Array.from({ length: MAX_PRESENTED_FRAMES + 50 }, (_, i) => `f${i}`);
    expect(startPresenting(doc, FANNY, many)?.frames).toHaveLength(MAX_PRESENTED_FRAMES);
  });

  it('reads what is not a presentation as none, never throwing; an index past the end reads as the last frame; end removes even a bad value', () => {
    const doc = new Y.Doc();
    const day = doc.getMap<unknown>(DAY_MAP);
    for (const bad of [42, 'x', null, [], { by: '', name: 'A', frames: ['f1'], index: 0 }, { ...FANNY, frames: [], index: 0 }, { ...FANNY, frames: ['f1'], index: -1 }, { ...FANNY, frames: ['f1'], index: 0.5 }, { ...FANNY, frames: [3], index: 0 }, { ...FANNY, frames: ['f1'], index: 0, extra: true }]) {
      day.set('presenting', bad);
      expect(readPresenting(doc)).toBeNull();
      expect(stepPresenting(doc, 1)).toBeNull();
    }
    expect(endPresenting(doc)).toBe(true);
    expect(day.has('presenting')).toBe(false);

    day.set('presenting', { ...FANNY, frames: ['f1', 'f2'], index: 9 });
    expect(readPresenting(doc)?.index).toBe(1);
    expect(stepPresenting(doc, -1)?.index).toBe(0);
  });

  it('orders frames from the agenda (step after step, once each, only frames still there)', () => {
    const steps = [step('a', []), step('b', ['f2', 'f1']), step('c', ['f1', 'gone', 'f3']), step('d', ['f2'])];
    expect(agendaFrames(steps, isFrame)).toEqual(['f2', 'f1', 'f3']);
    expect(agendaFrames([], isFrame)).toEqual([]);
    expect(presentableFrames(['f1', 'x', 'f1', 'f0'], isFrame)).toEqual(['f1', 'f0']);
  });

  it('orders frames from the tables as the tables read them, skipping a table without a frame and what is not tables', () => {
    const doc = new Y.Doc();
    expect(tablesFrames(doc, isFrame)).toEqual([]);
    const day = doc.getMap<unknown>(DAY_MAP);
    day.set('tables', 'not tables');
    expect(tablesFrames(doc, isFrame)).toEqual([]);
    const table = (id: string, frame: string | null) => ({ id, name: id, frame, challenge: '', people: [] });
    day.set('tables', [table('t1', 'f3'), table('t2', null), table('t3', 'f1'), table('t4', 'deleted'), table('t5', 'f3')]);
    expect(tablesFrames(doc, isFrame)).toEqual(['f3', 'f1']);
    // A list the tables feature would not read (one entry is not a table) gives no frames either.
    day.set('tables', [table('t1', 'f3'), 7, { frame: 'f1' }]);
    expect(tablesFrames(doc, isFrame)).toEqual([]);
  });
});
