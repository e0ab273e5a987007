import { basename, extname, join } from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import type { HostCore } from '../host/host-core-types';
import type { MenuLabels } from './menu-labels';

/**
 * File menu actions: ask the OS for a path, hand it to the HOST, then tell the renderer the
 * session changed (it reloads its doc from `getSession`). Failures to open a file come back
 * inside the Session; a thrown error (disk, dialog) is shown in a native error box.
 */

export const PROJECT_EXTENSION = 'tablee';

export type DialogLike = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showErrorBox'>;

export interface ProjectActionsDeps {
  host: Pick<HostCore, 'api' | 'emit'>;
  dialog: DialogLike;
  getWindow: () => BaseWindow | null;
  labels: MenuLabels;
  /** Folder the New… and Save As… dialogs start in (the user's documents). */
  defaultDir: string;
}

export interface ProjectActions {
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  saveAs(): Promise<void>;
  /** Opens a known path: Open Recent, a file given on the command line or by the OS. */
  openPath(path: string): Promise<void>;
}

/** Save dialogs on Linux do not always add the extension from the filter. */
export function withProjectExtension(path: string): string {
  return extname(path).toLowerCase() === `.${PROJECT_EXTENSION}` ? path : `${path}.${PROJECT_EXTENSION}`;
}

/** The title a new project gets: its file name without the extension. */
export function titleFromPath(path: string): string {
  return basename(path, extname(path)).trim();
}

export function createProjectActions(deps: ProjectActionsDeps): ProjectActions {
  const { host, dialog, labels } = deps;
  const filters = [{ name: labels.fileFilter, extensions: [PROJECT_EXTENSION] }];

  async function run(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      dialog.showErrorBox(labels.actionFailed, error instanceof Error ? error.message : String(error));
    }
  }

  async function askSavePath(title: string): Promise<string | null> {
    const win = deps.getWindow();
    if (win === null) return null;
    const defaultPath = join(deps.defaultDir, `${labels.defaultName}.${PROJECT_EXTENSION}`);
    const answer = await dialog.showSaveDialog(win, { title, defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] });
    return answer.canceled || !answer.filePath ? null : withProjectExtension(answer.filePath);
  }

  const sessionChanged = (): void => host.emit({ type: 'session-changed' });

  return {
    newProject: () =>
      run(async () => {
        const path = await askSavePath(labels.newTitle);
        if (path === null) return;
        await host.api.createProject(path, titleFromPath(path) || labels.defaultName);
        sessionChanged();
      }),
    openProject: () =>
      run(async () => {
        const win = deps.getWindow();
        if (win === null) return;
        const answer = await dialog.showOpenDialog(win, { title: labels.openTitle, filters, properties: ['openFile'] });
        const path = answer.canceled ? undefined : answer.filePaths[0];
        if (path === undefined) return;
        await host.api.openProject(path);
        sessionChanged();
      }),
    saveAs: () =>
      run(async () => {
        const path = await askSavePath(labels.saveAsTitle);
        if (path === null) return;
        await host.api.saveProjectAs(path);
        sessionChanged();
      }),
    openPath: (path) =>
      run(async () => {
        await host.api.openProject(path);
        sessionChanged();
      }),
  };
}
