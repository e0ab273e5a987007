import { useEffect, useRef } from 'react';
import type { AgendaStep } from '@shared/day/day-agenda';
import { timeLeft, type DayTimer } from '@shared/day/day-timer';
import { provideWorkshopPart } from '../../automation/workshop-probe';

/**
 * Lends `window.tablee.workshop()` the day bar's parts: the current step and the timer as the bar
 * shows them. The readers are registered once and read the latest values through a ref, so a test
 * reading the timer gets the time left at the moment it asks, not at the last render.
 */
export function useDayProbe(steps: readonly AgendaStep[], current: AgendaStep | null, timer: DayTimer | null, offset: number | null): void {
  const latest = useRef({ steps, current, timer, offset });
  latest.current = { steps, current, timer, offset };
  useEffect(() => {
    const dropStep = provideWorkshopPart('step', () => {
      const { steps, current } = latest.current;
      const index = current ? steps.findIndex((s) => s.id === current.id) : -1;
      return current && index !== -1 ? { index, title: current.title } : null;
    });
    const dropTimer = provideWorkshopPart('timer', () => {
      const { timer, offset } = latest.current;
      // Without the HOST's clock the bar shows no timer: neither does the probe.
      if (!timer || offset === null) return null;
      return { running: timer.state === 'running', remainingMs: timeLeft(timer, Date.now() + offset) };
    });
    return () => {
      dropStep();
      dropTimer();
    };
  }, []);
}
