import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** The machine's true clock, kept by shiftPageClock before it shifts the page's. */
    tableeRealNow?: () => number;
  }
}

/**
 * Runs in the page before any of its scripts: the page's wall clock reads `shiftMs` off, as on a
 * laptop set wrong. Date.now, `new Date()` and performance.timeOrigin move together, so
 * performance.timeOrigin + performance.now() still equals Date.now() (performance.now is relative to
 * the origin and stays as it is); the true clock stays reachable for the test as tableeRealNow.
 */
function shiftClock(shiftMs: number): void {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  window.tableeRealNow = realNow;
  const Shifted = new Proxy(RealDate, {
    construct: (target, args: unknown[]) => Reflect.construct(target, args.length === 0 ? [realNow() + shiftMs] : args) as object,
    apply: () => new RealDate(realNow() + shiftMs).toString(),
  });
  Object.defineProperty(Shifted, 'now', { value: () => realNow() + shiftMs, configurable: true, writable: true });
  window.Date = Shifted;
  const origin = performance.timeOrigin + shiftMs;
  Object.defineProperty(performance, 'timeOrigin', { get: () => origin, configurable: true });
}

/** From the next load on (reloads included), `page` runs with its clock `shiftMs` off. */
export async function shiftPageClock(page: Page, shiftMs: number): Promise<void> {
  await page.addInitScript(shiftClock, shiftMs);
}

/** What the page's timer shows, read in one go: workshop().timer, the bar's m:ss in seconds, and the true instant of the read. */
export interface TimerReading {
  timer: { running: boolean; remainingMs: number } | null;
  /** The bar's "m:ss" as seconds; null when the bar shows none. */
  barSeconds: number | null;
  /** The machine's true clock at the read (every page of the test runs on this machine). */
  at: number;
}

export const readTimer = (page: Page): Promise<TimerReading> =>
  page.evaluate(() => {
    const timer = window.tablee!.workshop().timer;
    const text = document.querySelector('[data-testid="timer-bar"]')?.textContent ?? '';
    const m = /(\d+):(\d\d)/.exec(text);
    return { timer, barSeconds: m ? Number(m[1]) * 60 + Number(m[2]) : null, at: (window.tableeRealNow ?? Date.now)() };
  });
