import type { ApiMethod, ExportApi, HostApi, HostEvent, RoomApi } from '@shared/host-api/contract';
import { CALL_CHANNEL, EVENT_CHANNEL } from '@shared/host-api/ipc-channels';

/** The part of ipcRenderer the bridge needs; the raw object never reaches the page. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * The HostApi over IPC: one function per method, each sending its own name and exactly its
 * declared arguments (the main process validates them again). Results are whatever the host
 * returned; the contract types say what that is.
 */
export function createHostBridge(ipc: IpcRendererLike): HostApi & RoomApi & ExportApi {
  const call = <T>(method: ApiMethod, args: unknown[]): Promise<T> => ipc.invoke(CALL_CHANNEL, method, args) as Promise<T>;
  return {
    getSession: () => call('getSession', []),
    pushUpdate: (update, projectPath) => call('pushUpdate', projectPath === undefined ? [update] : [update, projectPath]),
    flush: () => call('flush', []),
    openProject: (path) => call('openProject', [path]),
    createProject: (path, title) => call('createProject', [path, title]),
    saveProjectAs: (path) => call('saveProjectAs', [path]),
    listRecent: () => call('listRecent', []),
    listBackups: () => call('listBackups', []),
    restoreBackup: (backupPath) => call('restoreBackup', [backupPath]),
    openRoom: (options) => call('openRoom', [options]),
    closeRoom: () => call('closeRoom', []),
    roomStatus: () => call('roomStatus', []),
    writeExport: (request) => call('writeExport', [request]),
    exportArchive: (request) => call('exportArchive', [request]),
    pickExportPath: (request) => call('pickExportPath', [request]),
    onEvent(listener) {
      if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
      // The page gets the HostEvent only, never the IpcRendererEvent (it holds `sender`).
      const forward = (_event: unknown, hostEvent: unknown): void => listener(hostEvent as HostEvent);
      ipc.on(EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
  };
}
