import { createStore } from '../store';

export type ToastKind = 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

/**
 * The page's messages in the corner. A module singleton on purpose: the page has one corner,
 * and a message outlives the board it was about (a "saved as" toast shows on the board that
 * replaced it; a participant's join error shows on the join screen).
 */
export const toastStore = createStore<readonly Toast[]>([]);
let nextId = 1;

/** Shows a short message in the corner; errors stay longer. */
export function pushToast(kind: ToastKind, message: string): number {
  const id = nextId++;
  toastStore.set((toasts) => [...toasts.slice(-4), { id, kind, message }]);
  setTimeout(() => dismissToast(id), kind === 'error' ? 10_000 : 4_000);
  return id;
}

export function dismissToast(id: number): void {
  toastStore.set((toasts) => (toasts.some((t) => t.id === id) ? toasts.filter((t) => t.id !== id) : toasts));
}
