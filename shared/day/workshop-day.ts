import type { AgendaStep } from './day-agenda';

/**
 * The workshop day a residency usually runs, as an agenda: the Residency template and the sample
 * project carry it. Times are fixed; the words come from the dictionaries (day.agenda.workshop).
 */
export const WORKSHOP_DAY_STEPS = ['meet', 'paths', 'lunch', 'action', 'share', 'close'] as const;
export type WorkshopDayStep = (typeof WORKSHOP_DAY_STEPS)[number];
export type WorkshopDayWords = Record<WorkshopDayStep, { title: string; instructions: string }>;

/** The board areas a step happens in (the Residency template's frames). */
export type WorkshopArea = 'immersion' | 'themes' | 'proposals' | 'experiments';

const PLAN: Record<WorkshopDayStep, { start: string; minutes?: number; areas: readonly WorkshopArea[] }> = {
  meet: { start: '09:30', areas: [] },
  paths: { start: '10:30', areas: ['immersion', 'themes'] },
  lunch: { start: '12:30', areas: [] },
  action: { start: '14:00', areas: ['proposals', 'experiments'] },
  share: { start: '16:00', areas: ['experiments'] },
  close: { start: '16:30', minutes: 30, areas: [] },
};

/** The day's steps in `words`, each pointing at the frames of its areas that `frames` has. */
export function workshopDayAgenda(words: WorkshopDayWords, frames: Partial<Record<WorkshopArea, readonly string[]>>): AgendaStep[] {
  return WORKSHOP_DAY_STEPS.map((key) => {
    const plan = PLAN[key];
    return {
      id: key,
      title: words[key].title,
      start: plan.start,
      ...(plan.minutes === undefined ? {} : { minutes: plan.minutes }),
      instructions: words[key].instructions,
      frames: plan.areas.flatMap((a) => frames[a] ?? []),
    };
  });
}
