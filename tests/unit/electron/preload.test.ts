import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '@shared/host-api/contract';
import { CALL_CHANNEL, EVENT_CHANNEL, type IpcHostApi } from '@shared/host-api/ipc-channels';
import { METHOD_NAMES, type MethodName } from '@shared/host-api/methods';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]) => 'result'), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('../../../electron/preload/index');
const [globalName, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, IpcHostApi];
const fn = (method: MethodName) => api[method] as (...a: unknown[]) => Promise<unknown>;

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.on.mockClear();
  electron.ipcRenderer.removeListener.mockClear();
});

describe('preload bridge', () => {
  it('exposes window.tableeHost once, with exactly the methods of the table and onEvent', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(globalName).toBe('tableeHost');
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'onEvent'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands the page ipcRenderer or electron objects', () => {
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
  });

  it('each method invokes tablee:call with its own name and its arguments', async () => {
    const args: Record<MethodName, unknown[]> = {
      getSession: [],
      pushUpdate: ['AAAA'],
      flush: [],
      openProject: ['/a.tablee'],
      createProject: ['/b.tablee', 'Résidence'],
      saveProjectAs: ['/c.tablee'],
      listRecent: [],
      listBackups: [],
      restoreBackup: ['/backups/a.tablee'],
      listVersions: [],
      saveVersion: [{ name: 'Avant l’atelier', by: 'Camille' }],
      readVersion: ['2026-12-08T00-15-00.000Z-a1b2c3'],
      openRoom: [{ password: 'pomme', bind: null }],
      closeRoom: [],
      roomStatus: [],
      endRoomAccess: ['a1b2'],
      writeExport: [{ path: '/a.png', data: 'AAAA', overwrite: false }],
      exportArchive: [{ path: '/a.zip', anonymised: true, overwrite: false, lang: 'fr' }],
      pickExportPath: [{ suggestedName: 'a.png', extension: 'png' }],
    };
    for (const method of METHOD_NAMES) {
      await expect(fn(method)(...args[method])).resolves.toBe('result');
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CALL_CHANNEL, method, args[method]);
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(METHOD_NAMES.length);
  });

  it('room methods invoke tablee:call too (the main process validates them like the others)', async () => {
    await fn('openRoom')({ password: 'pomme', bind: null });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CALL_CHANNEL, 'openRoom', [{ password: 'pomme', bind: null }]);
    await fn('roomStatus')();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CALL_CHANNEL, 'roomStatus', []);
    await fn('closeRoom')();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CALL_CHANNEL, 'closeRoom', []);
  });

  it('drops extra arguments instead of forwarding them', async () => {
    await fn('openProject')('/a.tablee', { extra: true });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CALL_CHANNEL, 'openProject', ['/a.tablee']);
    await fn('pushUpdate')('AAAA', undefined);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(CALL_CHANNEL, 'pushUpdate', ['AAAA']);
  });


  it('onEvent delivers only the host event and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onEvent(listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as [string, (e: unknown, ev: HostEvent) => void];
    expect(channel).toBe(EVENT_CHANNEL);
    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
    forward(ipcEvent, { type: 'session-changed' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'session-changed' });
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, forward);
  });

  it('onEvent refuses a non-function', () => {
    expect(() => api.onEvent(42 as never)).toThrow(TypeError);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
