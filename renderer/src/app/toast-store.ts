import { createStore } from '../store';

export type ToastKind = 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  /** How many times this very message was pushed while it showed (merged into one toast). */
  count: number;
}

/**
 * The page's messages in the corner. A module singleton on purpose: the page has one corner,
 * and a message outlives the board it was about (a "saved as" toast shows on the board that
 * replaced it; a participant's join error shows on the join screen).
 */
export const toastStore = createStore<readonly Toast[]>([]);
let nextId = 1;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

/** At most this many at once: the oldest goes first. */
export const MAX_TOASTS = 3;

/** How long a toast shows: errors long enough to read them (longer for a longer message). */
export function toastLifetime(kind: ToastKind, message: string): number {
  if (kind === 'info') return 4_000;
  return Math.min(20_000, Math.max(10_000, message.length * 70));
}

/**
 * Shows a short message in the corner and returns its id (for `dismissToast` once its cause is
 * gone). The same message again while it shows is merged into it (counted, its time restarted),
 * never stacked; an empty message shows nothing.
 */
export function pushToast(kind: ToastKind, message: string): number {
  if (!message.trim()) return 0;
  const toasts = toastStore.get();
  const same = toasts.find((t) => t.kind === kind && t.message === message);
  const id = same?.id ?? nextId++;
  const others = toasts.filter((t) => t.id !== id);
  const dropped = others.slice(0, Math.max(0, others.length - (MAX_TOASTS - 1)));
  for (const t of dropped) forget(t.id);
  toastStore.set([...others.slice(dropped.length), { id, kind, message, count: (same?.count ?? 0) + 1 }]);
  forget(id);
  timers.set(id, setTimeout(() => dismissToast(id), toastLifetime(kind, message)));
  return id;
}

export function dismissToast(id: number): void {
  forget(id);
  toastStore.set((toasts) => (toasts.some((t) => t.id === id) ? toasts.filter((t) => t.id !== id) : toasts));
}

function forget(id: number): void {
  const timer = timers.get(id);
  if (timer !== undefined) clearTimeout(timer);
  timers.delete(id);
}
