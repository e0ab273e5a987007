import { join } from 'node:path';
import type { BaseWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuLabels } from '../../../electron/main/menu-labels';
import { createProjectActions, titleFromPath, withProjectExtension } from '../../../electron/main/project-dialogs';
import { fakeHost } from './fakes';

function setup(answers: { save?: { canceled: boolean; filePath?: string }; open?: { canceled: boolean; filePaths: string[] } } = {}) {
  const host = fakeHost();
  const win = {} as BaseWindow;
  const dialog = {
    showSaveDialog: vi.fn(async (_w: unknown, _o: unknown) => answers.save ?? { canceled: true }),
    showOpenDialog: vi.fn(async (_w: unknown, _o: unknown) => answers.open ?? { canceled: true, filePaths: [] }),
    showErrorBox: vi.fn(),
  };
  let current: BaseWindow | null = win;
  const actions = createProjectActions({ host, dialog: dialog as never, getWindow: () => current, labels: menuLabels('en'), defaultDir: '/home/u/Documents' });
  return { host, dialog, actions, win, noWindow: () => (current = null) };
}

describe('project dialogs', () => {
  it('New… asks for a .tablee path, creates the project titled after the file, then says the session changed', async () => {
    const { host, dialog, actions, win } = setup({ save: { canceled: false, filePath: '/home/u/Atelier Nord' } });
    await actions.newProject();
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(win);
    expect(options).toMatchObject({ defaultPath: join('/home/u/Documents', 'Residency.tablee'), filters: [{ extensions: ['tablee'] }] });
    expect(host.api.createProject).toHaveBeenCalledWith('/home/u/Atelier Nord.tablee', 'Atelier Nord');
    expect(host.emit).toHaveBeenCalledWith({ type: 'session-changed' });
  });

  it('Open… opens the chosen file', async () => {
    const { host, dialog, actions } = setup({ open: { canceled: false, filePaths: ['/p/a.tablee'] } });
    await actions.openProject();
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['tablee'] }] });
    expect(host.api.openProject).toHaveBeenCalledWith('/p/a.tablee');
    expect(host.emit).toHaveBeenCalledWith({ type: 'session-changed' });
  });

  it('Save As… saves under the new path', async () => {
    const { host, actions } = setup({ save: { canceled: false, filePath: '/p/copy.TABLEE' } });
    await actions.saveAs();
    expect(host.api.saveProjectAs).toHaveBeenCalledWith('/p/copy.TABLEE');
    expect(host.emit).toHaveBeenCalledWith({ type: 'session-changed' });
  });

  it('a cancelled dialog does nothing', async () => {
    const { host, actions } = setup();
    await actions.newProject();
    await actions.openProject();
    await actions.saveAs();
    expect(host.api.createProject).not.toHaveBeenCalled();
    expect(host.api.openProject).not.toHaveBeenCalled();
    expect(host.api.saveProjectAs).not.toHaveBeenCalled();
    expect(host.emit).not.toHaveBeenCalled();
  });

  it('without a window no dialog is shown', async () => {
    const { dialog, actions, noWindow } = setup({ open: { canceled: false, filePaths: ['/p/a.tablee'] } });
    noWindow();
    await actions.openProject();
    await actions.saveAs();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('openPath opens a known file; a host error shows an error box instead of throwing', async () => {
    const { host, dialog, actions } = setup();
    await actions.openPath('/p/b.tablee');
    expect(host.api.openProject).toHaveBeenCalledWith('/p/b.tablee');
    host.api.openProject.mockRejectedValueOnce(new Error('EACCES'));
    await expect(actions.openPath('/p/c.tablee')).resolves.toBeUndefined();
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Tablée could not do this', 'EACCES');
    expect(host.emit).toHaveBeenCalledTimes(1);
  });

  it('path helpers add the extension once and title from the file name', () => {
    expect(withProjectExtension('/a/b')).toBe('/a/b.tablee');
    expect(withProjectExtension('/a/b.tablee')).toBe('/a/b.tablee');
    expect(withProjectExtension('/a/b.json')).toBe('/a/b.json.tablee');
    expect(titleFromPath('/a/Résidence Sud.tablee')).toBe('Résidence Sud');
  });
});
