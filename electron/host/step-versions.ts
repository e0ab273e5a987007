import type * as Y from 'yjs';
import { readCurrentStep, type AgendaStep } from '@shared/day/day-agenda';
import { DAY_MAP } from '@shared/day/day-timer';

/**
 * Calls `onStep` each time the workshop day's current step changes to a step of the agenda, from
 * whichever page moved it: the HOST watches its own copy of the board, so one automatic version
 * is saved per change however many facilitator windows are open. Returns the unwatch function.
 */
export function watchAgendaSteps(doc: Y.Doc, onStep: (step: AgendaStep) => void): () => void {
  const day = doc.getMap<unknown>(DAY_MAP);
  let last = readCurrentStep(doc)?.id ?? null;
  const observer = (event: Y.YMapEvent<unknown>): void => {
    if (!event.keysChanged.has('current')) return;
    const step = readCurrentStep(doc);
    if (!step || step.id === last) {
      last = step?.id ?? null;
      return;
    }
    last = step.id;
    onStep(step);
  };
  day.observe(observer);
  return () => day.unobserve(observer);
}
