import { HOST_METHODS, type ExportApi, type HostApi, type RoomApi } from '@shared/host-api/contract';
import { BridgeError, type ConnectionSource } from './connection';

/** Room and export methods are there where the host side offers them (the browser bridge and the desktop preload). */
export type Bridge = HostApi & ConnectionSource & Partial<RoomApi> & Partial<ExportApi>;

/** The desktop preload exposes one function per HostApi method; IPC never "disconnects". */
export function desktopBridge(host: HostApi & Partial<RoomApi> & Partial<ExportApi>): Bridge {
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
    ...(host.openRoom && host.closeRoom && host.roomStatus
      ? { openRoom: host.openRoom.bind(host), closeRoom: host.closeRoom.bind(host), roomStatus: host.roomStatus.bind(host) }
      : {}),
    ...(host.writeExport && host.exportArchive && host.pickExportPath
      ? { writeExport: host.writeExport.bind(host), exportArchive: host.exportArchive.bind(host), pickExportPath: host.pickExportPath.bind(host) }
      : {}),
    connection: () => 'up',
    onConnection: () => () => {},
  };
}
