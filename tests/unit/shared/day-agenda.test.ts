import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DAY_MAP, readDayTimer, writeDayTimer, newTimer } from '@shared/day/day-timer';
import {
  goToStep,
  moveStep,
  newStepId,
  parseClockTime,
  readAgenda,
  readCurrentStep,
  stepBeside,
  stepEnd,
  stepPlace,
  writeAgenda,
  writeCurrentStep,
  type AgendaStep,
} from '@shared/day/day-agenda';

const step = (id: string, extra: Partial<AgendaStep> = {}): AgendaStep => ({ id, title: id, instructions: '', frames: [], ...extra });
const DAY = [
  step('a', { title: 'Faisons connaissance', start: '09:30', frames: ['f1'] }),
  step('b', { title: 'Au croisement des chemins', start: '10:30' }),
  step('c', { title: 'Goûter', minutes: 30 }),
];

describe('the agenda', () => {
  it('is saved in the day map and read back, with its current step, beside the timer', () => {
    const doc = new Y.Doc();
    expect(readAgenda(doc)).toEqual([]);
    expect(readCurrentStep(doc)).toBeNull();
    writeDayTimer(doc, newTimer(60_000));
    writeAgenda(doc, DAY, 'b');
    expect(readAgenda(doc)).toEqual(DAY);
    expect(readCurrentStep(doc)?.title).toBe('Au croisement des chemins');
    expect(readDayTimer(doc)).not.toBeNull();
    // Rewriting the steps without a current id keeps the current step.
    writeAgenda(doc, moveStep(DAY, 2, 0));
    expect(readCurrentStep(doc)?.id).toBe('b');
    expect(readAgenda(doc).map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });

  it('reads what is not an agenda as none, without throwing', () => {
    const doc = new Y.Doc();
    doc.getMap<unknown>(DAY_MAP).set('agenda', [{ id: 'x', title: 3 }]);
    expect(readAgenda(doc)).toEqual([]);
    doc.getMap<unknown>(DAY_MAP).set('agenda', 'nonsense');
    doc.getMap<unknown>(DAY_MAP).set('current', 42);
    expect(readAgenda(doc)).toEqual([]);
    expect(readCurrentStep(doc)).toBeNull();
    // A current id whose step was deleted is no current step.
    writeAgenda(doc, DAY, 'gone');
    expect(readCurrentStep(doc)).toBeNull();
    // Duplicate ids keep the first step.
    doc.getMap<unknown>(DAY_MAP).set('agenda', [step('a', { title: 'one' }), step('a', { title: 'two' })]);
    expect(readAgenda(doc).map((s) => s.title)).toEqual(['one']);
  });

  it('refuses to write a step that is not one', () => {
    const doc = new Y.Doc();
    expect(() => writeAgenda(doc, [step('a', { start: '25:00' })])).toThrow();
    expect(readAgenda(doc)).toEqual([]);
  });

  it('reorders steps, clamping the target and ignoring a step that is not there', () => {
    expect(moveStep(DAY, 0, 1).map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(moveStep(DAY, 0, 99).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(moveStep(DAY, 2, -5).map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(moveStep(DAY, 7, 0)).toEqual(DAY);
  });

  it('goes to the next step and back, stopping at both ends', () => {
    expect(stepBeside(DAY, null, 1)?.id).toBe('a');
    expect(stepBeside(DAY, null, -1)).toBeNull();
    expect(stepBeside(DAY, 'a', -1)).toBeNull();
    expect(stepBeside(DAY, 'c', 1)).toBeNull();

    const doc = new Y.Doc();
    writeAgenda(doc, DAY);
    expect(goToStep(doc, 1)?.id).toBe('a');
    expect(goToStep(doc, 1)?.id).toBe('b');
    expect(goToStep(doc, 1)?.id).toBe('c');
    expect(goToStep(doc, 1)).toBeNull();
    expect(readCurrentStep(doc)?.id).toBe('c');
    expect(goToStep(doc, -1)?.id).toBe('b');
    writeCurrentStep(doc, null);
    expect(readCurrentStep(doc)).toBeNull();
  });

  it('knows when a step ends: its start plus its minutes, else the next step’s start', () => {
    expect(parseClockTime('9h30')).toBe(9 * 60 + 30);
    expect(parseClockTime('14h')).toBe(14 * 60);
    expect(parseClockTime('16:30')).toBe(16 * 60 + 30);
    expect(parseClockTime('25:00')).toBeNull();
    expect(stepEnd(DAY, 0)).toBe(10 * 60 + 30);
    expect(stepEnd(DAY, 2)).toBeNull();
    expect(stepEnd([step('x', { start: '16:30', minutes: 30 })], 0)).toBe(17 * 60);
    expect(newStepId(DAY)).toBe('step-4');
  });
});

describe('a step whose frame was deleted', () => {
  it('stays in the agenda and says its place is gone when none of its frames is left', () => {
    const board = new Set(['f1', 'f3']);
    const exists = (id: string): boolean => board.has(id);
    expect(stepPlace(step('x'), exists)).toEqual({ place: 'nowhere', missing: [] });
    expect(stepPlace(step('x', { frames: ['f1'] }), exists)).toEqual({ place: 'here', missing: [] });
    // One of two frames deleted: the view still goes to the one left, and the panel marks the other.
    expect(stepPlace(step('x', { frames: ['f1', 'f2'] }), exists)).toEqual({ place: 'here', missing: ['f2'] });
    expect(stepPlace(step('x', { frames: ['f2', 'f4'] }), exists)).toEqual({ place: 'gone', missing: ['f2', 'f4'] });
    // The doc keeps the step with its frame ids: reading never drops it.
    const doc = new Y.Doc();
    writeAgenda(doc, [step('x', { frames: ['f2'] })], 'x');
    expect(readCurrentStep(doc)).toMatchObject({ id: 'x', frames: ['f2'] });
  });
});
