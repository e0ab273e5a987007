import { useSyncExternalStore } from 'react';

/**
 * Whether the export dialog is open: the `export` action (the button, the menu, Ctrl/Cmd+Shift+E)
 * opens it from wherever it is asked, the board view shows it.
 */
let open = false;
const listeners = new Set<() => void>();
const set = (next: boolean): void => {
  if (open === next) return;
  open = next;
  for (const l of [...listeners]) l();
};

export const openExportDialog = (): void => set(true);
export const closeExportDialog = (): void => set(false);

export function useExportDialogOpen(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => open,
  );
}
