import { useEffect, useSyncExternalStore } from 'react';

/**
 * Whether the export dialog is open: the toolbar button, the menu and Ctrl/Cmd+Shift+E open it
 * from wherever they are, the board view shows it.
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

/** Ctrl/Cmd+Shift+E anywhere, text fields included (it types nothing there). */
export function useExportShortcut(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey) return;
      if (e.code !== 'KeyE' && e.key.toLowerCase() !== 'e') return;
      e.preventDefault();
      openExportDialog();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
