import { useEffect } from 'react';
import { createStore, useStore } from '../../store';

/**
 * Whether the export dialog is open: the toolbar button, the menu and Ctrl/Cmd+Shift+E open it
 * from wherever they are, the board view shows it. A module singleton on purpose: the page
 * shows one board, so it has one export dialog.
 */
const exportOpen = createStore(false);

export const openExportDialog = (): void => exportOpen.set(true);
export const closeExportDialog = (): void => exportOpen.set(false);

export function useExportDialogOpen(): boolean {
  return useStore(exportOpen);
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
