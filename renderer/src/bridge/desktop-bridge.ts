import { HOST_METHODS, type HostApi, type RoomApi } from '@shared/host-api/contract';
import { BridgeError, type ConnectionSource } from './connection';

/** Room methods are there where the host side offers them (the browser bridge; the desktop preload does not yet). */
export type Bridge = HostApi & ConnectionSource & Partial<RoomApi>;

/** The desktop preload exposes one function per HostApi method; IPC never "disconnects". */
export function desktopBridge(host: HostApi): Bridge {
  for (const method of HOST_METHODS) {
    if (typeof host[method] !== 'function') {
      throw new BridgeError(`The desktop host does not offer "${method}"`, 'missing-host');
    }
  }
  return {
    getSession: () => host.getSession(),
    pushUpdate: (update, projectPath) => host.pushUpdate(update, projectPath),
    flush: () => host.flush(),
    openProject: (path) => host.openProject(path),
    createProject: (path, title) => host.createProject(path, title),
    saveProjectAs: (path) => host.saveProjectAs(path),
    listRecent: () => host.listRecent(),
    listBackups: () => host.listBackups(),
    restoreBackup: (path) => host.restoreBackup(path),
    onEvent: (listener) => host.onEvent(listener),
    connection: () => 'up',
    onConnection: () => () => {},
  };
}
