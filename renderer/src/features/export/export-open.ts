import { createStore, useStore } from '../../store';

/**
 * Whether the export dialog is open: the `export` action (the button, the menu, Ctrl/Cmd+Shift+E)
 * opens it from wherever it is asked, the board view shows it. A module singleton on purpose: the
 * page shows one board, so it has one export dialog.
 */
const exportOpen = createStore(false);

export const openExportDialog = (): void => exportOpen.set(true);
export const closeExportDialog = (): void => exportOpen.set(false);

export function useExportDialogOpen(): boolean {
  return useStore(exportOpen);
}
