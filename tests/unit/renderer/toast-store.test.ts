import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissToast, MAX_TOASTS, pushToast, toastLifetime, toastStore } from '../../../renderer/src/app/toast-store';

// The corner's messages: a few at most, the same one counted rather than stacked, errors long
// enough to read and gone by themselves.
describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    for (const t of toastStore.get()) dismissToast(t.id);
    vi.useRealTimers();
  });

  it('never pile up: the newest few show, the oldest go first', () => {
    for (let i = 1; i <= 8; i++) pushToast('info', `message ${i}`);
    expect(toastStore.get().map((t) => t.message)).toEqual(['message 6', 'message 7', 'message 8']);
    expect(MAX_TOASTS).toBe(3);
  });

  it('the same message again is one toast, counted, its time restarted', () => {
    pushToast('error', 'Disque plein');
    vi.advanceTimersByTime(9_000);
    pushToast('info', 'autre chose');
    pushToast('error', 'Disque plein');
    expect(toastStore.get()).toMatchObject([
      { message: 'autre chose', count: 1 },
      { message: 'Disque plein', count: 2 },
    ]);
    vi.advanceTimersByTime(9_000);
    expect(toastStore.get().map((t) => t.message)).toEqual(['Disque plein']);
  });

  it('an error stays long enough to read, then goes by itself; a dismissed one goes at once', () => {
    const long = 'Le fichier n’a pas pu être enregistré : le dossier est en lecture seule. '.repeat(3);
    pushToast('error', long);
    expect(toastLifetime('error', long)).toBeGreaterThan(toastLifetime('error', 'court'));
    vi.advanceTimersByTime(10_000);
    expect(toastStore.get()).toHaveLength(1);
    vi.advanceTimersByTime(toastLifetime('error', long));
    expect(toastStore.get()).toHaveLength(0);

    const id = pushToast('error', 'Copie impossible');
    dismissToast(id);
    expect(toastStore.get()).toHaveLength(0);
  });

  it('an empty message shows nothing', () => {
    pushToast('error', '');
    expect(toastStore.get()).toHaveLength(0);
  });
});
