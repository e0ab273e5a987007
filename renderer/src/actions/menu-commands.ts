import type { MenuCommand } from '@shared/host-api/contract';
import type { Editor } from '../canvas/editor';

/** What the native menu's commands do to the board (the same as their shortcuts). */
export function runMenuCommand(editor: Editor, command: MenuCommand, ui: { showBackups(): void; showExport?(): void }): void {
  switch (command) {
    case 'undo':
      return editor.doUndo();
    case 'redo':
      return editor.doRedo();
    case 'zoom-in':
      return editor.zoomIn();
    case 'zoom-out':
      return editor.zoomOut();
    case 'zoom-fit':
      return editor.zoomToFit();
    case 'zoom-reset':
      return editor.zoomReset();
    case 'select-all':
      return editor.selectAll();
    case 'show-backups':
      return ui.showBackups();
    case 'export':
      return ui.showExport?.();
  }
}
