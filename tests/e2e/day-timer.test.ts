import { describe, expect, it } from 'vitest';
import { CHIME_WINDOW_MS } from '@shared/day/day-timer';
import { useE2e } from './fixtures';
import { waitSaved } from './harness';

const e2e = useE2e();

/**
 * The shared timer in the facilitator's own window (its clock is the HOST's): the keys drive it,
 * the bar shows it, and it is kept through a reload. Only paused timers are read, so no assertion
 * depends on how fast the machine is.
 */
describe('the shared timer, in Chromium against the real HOST', () => {
  const board = e2e.useHost({ project: e2e.path('minuteur.tablee') });

  it('Alt+T starts a 10-minute timer and pauses it, Alt+Down takes a minute off, Alt+R resets then removes it; a reload keeps it', async () => {
    const page = await board.open();
    const bar = page.getByTestId('timer-bar');
    expect(await bar.count()).toBe(0);

    await page.mouse.move(20, 700);
    await page.keyboard.press('Alt+KeyT');
    await expect.poll(() => bar.count()).toBe(1);
    await page.keyboard.press('Alt+KeyT');
    await page.keyboard.press('Alt+KeyR');
    await expect.poll(() => bar.textContent()).toMatch(/10:00/);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => bar.textContent()).toMatch(/9:00/);

    // The facilitators' buttons do the same as the keys.
    await page.getByTestId('timer-add-minute').click();
    await expect.poll(() => bar.textContent()).toMatch(/10:00/);
    await page.getByTestId('timer-remove-minute').click();
    await expect.poll(() => bar.textContent()).toMatch(/9:00/);

    // The bar takes no pointer: a click through it reaches the board.
    expect(await bar.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');

    await page.reload();
    await expect.poll(() => page.getByTestId('timer-bar').textContent()).toMatch(/9:00/);

    // Running again, then reset: back to its length (9 minutes now), paused; reset again removes it.
    await page.mouse.move(20, 700);
    await page.keyboard.press('Alt+KeyT');
    await expect.poll(async () => (await page.getByTestId('timer-bar').getAttribute('class')) ?? '').not.toMatch(/paused/);
    await page.keyboard.press('Alt+KeyR');
    await expect.poll(() => page.getByTestId('timer-bar').textContent()).toMatch(/9:00/);
    await page.keyboard.press('Alt+KeyR');
    await expect.poll(() => page.getByTestId('timer-bar').count()).toBe(0);
    // The next test opens the same project: what this one left must be on disk first.
    await waitSaved(page);
    await page.context().close();
  });

  it('the length is chosen before starting, a preset or typed minutes; a negative or absurd one is refused; the sound at zero is off until turned on, and remembered', async () => {
    const page = await board.open();
    const bar = page.getByTestId('timer-bar');
    await page.getByTestId('timer-length-open').click();
    expect(await page.getByTestId('timer-sound').isChecked()).toBe(false);
    const message = page.getByTestId('timer-length-message');

    for (const [typed, why] of [
      ['-3', /plus de zéro minute/],
      ['1441', /au plus une journée/],
      ['dix', /nombre de minutes/],
    ] as const) {
      await page.getByTestId('timer-minutes').fill(typed);
      await page.getByTestId('timer-set-length').click();
      expect(await message.textContent()).toMatch(why);
      expect(await message.getAttribute('role')).toBe('alert');
    }
    // Refused: no timer was set.
    expect(await bar.count()).toBe(0);

    await page.getByTestId('timer-preset-15').click();
    await expect.poll(() => bar.textContent()).toMatch(/15:00 \(en pause\)/);
    await page.getByTestId('timer-minutes').fill('2,5');
    await page.getByTestId('timer-minutes').press('Enter');
    await expect.poll(() => bar.textContent()).toMatch(/2:30 \(en pause\)/);
    expect(await message.getAttribute('role')).toBe('status');

    await page.getByTestId('timer-sound').check();
    await page.reload();
    await page.getByTestId('timer-length-open').click();
    expect(await page.getByTestId('timer-sound').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('timer-bar').textContent()).toMatch(/2:30/);
    // Reset: the timer (at its full length) goes away.
    await page.mouse.move(20, 700);
    await page.keyboard.press('Alt+KeyR');
    await expect.poll(() => page.getByTestId('timer-bar').count()).toBe(0);
    // The next test opens the same project: what this one left must be on disk first.
    await waitSaved(page);
    await page.context().close();
  });

  it('with the sound on, a soft tone plays once each time the timer reaches zero; with it off, none', async () => {
    // Counts the tones the page starts (a chime is two short notes).
    const page = await board.open({
      beforeLoad: (p) =>
        void p.addInitScript(() => {
          const w = window as unknown as { tableeNotes: number };
          w.tableeNotes = 0;
          const Real = window.AudioContext;
          window.AudioContext = class extends Real {
            override createOscillator(): OscillatorNode {
              const osc = super.createOscillator();
              const start = osc.start.bind(osc);
              osc.start = (when?: number) => {
                w.tableeNotes += 1;
                start(when);
              };
              return osc;
            }
          };
        }),
    });
    const notes = (): Promise<number> => page.evaluate(() => (window as unknown as { tableeNotes: number }).tableeNotes);
    /** When the running timer reaches zero, on the page's clock (its time left, read with it). */
    const zeroAt = (): Promise<number> => page.evaluate(() => Date.now() + (window.tablee!.workshop().timer?.remainingMs ?? 0));
    /** Past the window in which a zero may still chime (and a tick more): no chime can come after. */
    const pastChimeWindow = (zero: number): Promise<unknown> =>
      page.waitForFunction((until) => Date.now() > until, zero + CHIME_WINDOW_MS + 1000, { timeout: CHIME_WINDOW_MS + 15_000 });
    const bar = page.getByTestId('timer-bar');
    await page.getByTestId('timer-length-open').click();
    await page.getByTestId('timer-sound').check();
    await page.getByTestId('timer-minutes').fill('0.05'); // 3 seconds
    await page.getByTestId('timer-set-length').click();
    await page.getByTestId('timer-start-pause').click();
    await expect.poll(() => page.evaluate(() => window.tablee!.workshop().timer?.running)).toBe(true);
    const firstZero = await zeroAt();
    await expect.poll(async () => (await bar.getAttribute('class')) ?? '', { timeout: 15_000 }).toMatch(/\bdone\b/);
    await expect.poll(notes).toBe(2);
    // The bar keeps ticking at zero: no second chime, even once the window where a zero chimes is over.
    await pastChimeWindow(firstZero);
    expect(await notes()).toBe(2);

    // Reset and run again: a new zero, one more chime.
    await page.mouse.move(20, 700);
    await page.keyboard.press('Alt+KeyR');
    await page.getByTestId('timer-start-pause').click();
    await expect.poll(async () => (await bar.getAttribute('class')) ?? '', { timeout: 15_000 }).toMatch(/\bdone\b/);
    await expect.poll(notes).toBe(4);

    // Sound off: a zero is only seen.
    await page.getByTestId('timer-sound').uncheck();
    // Out of the checkbox (a field keeps its keys), so Alt+R reaches the board and resets.
    await page.getByTestId('timer-sound').blur();
    await page.keyboard.press('Alt+KeyR');
    await page.getByTestId('timer-start-pause').click();
    await expect.poll(() => page.evaluate(() => window.tablee!.workshop().timer?.running)).toBe(true);
    const silentZero = await zeroAt();
    await expect.poll(async () => (await bar.getAttribute('class')) ?? '', { timeout: 15_000 }).toMatch(/\bdone\b/);
    await pastChimeWindow(silentZero);
    expect(await notes()).toBe(4);
    await page.keyboard.press('Alt+KeyR');
    await page.keyboard.press('Alt+KeyR');
    await expect.poll(() => bar.count()).toBe(0);
    // The next test opens the same project: what this one left must be on disk first.
    await waitSaved(page);
    await page.context().close();
  });
});
