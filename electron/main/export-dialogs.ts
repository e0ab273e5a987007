import { join } from 'node:path';
import type { BaseWindow } from 'electron';
import type { PickExportPathRequest } from '@shared/host-api/contract';
import type { MenuLabels } from './menu-labels';
import type { DialogLike } from './project-dialogs';

export interface ExportDialogDeps {
  dialog: Pick<DialogLike, 'showSaveDialog'>;
  getWindow: () => BaseWindow | null;
  labels: Pick<MenuLabels, 'exportTitle'>;
  /** Folder the dialog starts in (the user's documents). */
  defaultDir: string;
}

/** The export's path from the system's save dialog (it asks before replacing a file); null when cancelled. */
export function createExportPathPicker(deps: ExportDialogDeps): (request: PickExportPathRequest) => Promise<string | null> {
  return async ({ suggestedName, extension }) => {
    const win = deps.getWindow();
    if (win === null) return null;
    const answer = await deps.dialog.showSaveDialog(win, {
      title: deps.labels.exportTitle,
      defaultPath: join(deps.defaultDir, suggestedName),
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (answer.canceled || !answer.filePath) return null;
    // Save dialogs on Linux do not always add the extension from the filter.
    return answer.filePath.toLowerCase().endsWith(`.${extension}`) ? answer.filePath : `${answer.filePath}.${extension}`;
  };
}
