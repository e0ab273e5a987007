import { join } from 'node:path';
import type { BaseWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createExportPathPicker } from '../../../electron/main/export-dialogs';
import { registerHostIpc, type IpcCallEvent, type IpcMainLike } from '../../../electron/main/ipc';
import { menuLabels } from '../../../electron/main/menu-labels';
import { CALL_CHANNEL } from '@shared/host-api/ipc-channels';
import { fakeHost, fakeWindow } from './fakes';

type Handler = (event: IpcCallEvent, ...args: unknown[]) => Promise<unknown>;
const fromApp: IpcCallEvent = { sender: { id: 7 }, senderFrame: { url: 'app://tablee/index.html', parent: null } };

const noDialog = { pickExportPath: vi.fn(async () => null) };

function ipcWith(local: Parameters<typeof registerHostIpc>[0]['local']) {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), removeHandler: (c) => void handlers.delete(c) };
  const host = fakeHost();
  const win = fakeWindow(7);
  registerHostIpc({ host, ipcMain, getWindow: () => win, local });
  return { host, invoke: (method: unknown, args: unknown) => handlers.get(CALL_CHANNEL)!(fromApp, method, args) };
}

describe('export over IPC', () => {
  it('writeExport reaches the HOST with its validated request', async () => {
    const { host, invoke } = ipcWith(noDialog);
    await invoke('writeExport', [{ path: '/home/u/tableau.png', data: 'iVBO', overwrite: false }]);
    expect(host.call).toHaveBeenLastCalledWith('writeExport', [{ path: '/home/u/tableau.png', data: 'iVBO', overwrite: false }]);
  });

  it('a request that is not base64, or carries extra fields, never reaches the HOST', async () => {
    const { host, invoke } = ipcWith(noDialog);
    await expect(invoke('writeExport', [{ path: '/a.png', data: 'not base64!', overwrite: false }])).resolves.toMatchObject({ ok: false, error: { code: 'bad-argument', detail: expect.stringMatching(/base64/) } });
    await expect(invoke('writeExport', [{ path: '/a.png', data: 'AAAA', overwrite: false, mode: 0o777 }])).resolves.toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    await expect(invoke('pickExportPath', [{ suggestedName: '../../etc/passwd', extension: 'png' }])).resolves.toMatchObject({ ok: false, error: { code: 'bad-argument', detail: expect.stringMatching(/file name/) } });
    expect(host.call).not.toHaveBeenCalled();
    expect(noDialog.pickExportPath).not.toHaveBeenCalled();
  });

  it('pickExportPath is answered by the main process (native dialog), not the HOST', async () => {
    const pick = vi.fn(async () => '/home/u/tableau.png');
    const { host, invoke } = ipcWith({ pickExportPath: pick });
    await expect(invoke('pickExportPath', [{ suggestedName: 'tableau.png', extension: 'png' }])).resolves.toEqual({ ok: true, value: '/home/u/tableau.png' });
    expect(pick).toHaveBeenCalledWith({ suggestedName: 'tableau.png', extension: 'png' });
    expect(host.call).not.toHaveBeenCalled();
  });
});

describe('native save dialog for exports', () => {
  function setup(answer: { canceled: boolean; filePath?: string }, window: BaseWindow | null = {} as BaseWindow) {
    const dialog = { showSaveDialog: vi.fn(async (_w: unknown, _o: unknown) => answer) };
    const pick = createExportPathPicker({ dialog: dialog as never, getWindow: () => window, labels: menuLabels('fr'), defaultDir: '/home/u/Documents' });
    return { dialog, pick };
  }

  it('starts in the documents folder with the suggested name and the format as filter; adds a missing extension', async () => {
    const { dialog, pick } = setup({ canceled: false, filePath: '/home/u/Bureau/restitution' });
    await expect(pick({ suggestedName: 'Résidence.pdf', extension: 'pdf' })).resolves.toBe('/home/u/Bureau/restitution.pdf');
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      title: 'Exporter vers',
      defaultPath: join('/home/u/Documents', 'Résidence.pdf'),
      filters: [{ extensions: ['pdf'] }],
    });
  });

  it('keeps the extension the person typed, and answers null when cancelled or without a window', async () => {
    await expect(setup({ canceled: false, filePath: '/a/B.PNG' }).pick({ suggestedName: 'b.png', extension: 'png' })).resolves.toBe('/a/B.PNG');
    await expect(setup({ canceled: true }).pick({ suggestedName: 'b.png', extension: 'png' })).resolves.toBeNull();
    const noWindow = setup({ canceled: false, filePath: '/a/b.png' }, null);
    await expect(noWindow.pick({ suggestedName: 'b.png', extension: 'png' })).resolves.toBeNull();
    expect(noWindow.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('host errors over IPC', () => {
  it('travel as { code, detail }, as over the WebSocket, so the page can word them', async () => {
    const { HostError } = await import('../../../electron/host/errors');
    const { host, invoke } = ipcWith(noDialog);
    host.call.mockRejectedValueOnce(new HostError('exists', 'a file already exists at /a.png'));
    await expect(invoke('writeExport', [{ path: '/a.png', data: 'AAAA', overwrite: false }])).resolves.toEqual({ ok: false, error: { code: 'exists', detail: 'a file already exists at /a.png' } });
  });
});
