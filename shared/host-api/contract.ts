import type { LoadError, LoadReport } from '../project-file/load';

/**
 * The HostApi: everything the renderer may ask of its host. In the desktop app it travels over
 * IPC (the preload exposes one function per method); in a browser, over a WebSocket to the
 * HOST. Both sides validate arguments with `hostArgSchemas`.
 */
export interface HostApi {
  getSession(): Promise<Session>;
  /**
   * Hands the host a Yjs update (base64) made in the renderer; the host saves it. With
   * `projectPath`, the host refuses the update when another project is open by then, so a
   * late edit never lands in the wrong file.
   */
  pushUpdate(update: string, projectPath?: string): Promise<PushAck>;
  /** Saves now; resolves once everything pushed so far is on disk (or saving failed). */
  flush(): Promise<SaveStatus>;
  openProject(path: string): Promise<Session>;
  createProject(path: string, title: string): Promise<Session>;
  saveProjectAs(path: string): Promise<Session>;
  listRecent(): Promise<RecentProject[]>;
  listBackups(): Promise<BackupInfo[]>;
  /** Opens a copy of a backup beside the original; the original file is left as it is. */
  restoreBackup(backupPath: string): Promise<Session>;
  /** Host → renderer notifications; returns an unsubscribe function. */
  onEvent(listener: (event: HostEvent) => void): () => void;
}

export const HOST_METHODS = [
  'getSession',
  'pushUpdate',
  'flush',
  'openProject',
  'createProject',
  'saveProjectAs',
  'listRecent',
  'listBackups',
  'restoreBackup',
] as const satisfies readonly Exclude<keyof HostApi, 'onEvent'>[];
export type HostMethod = (typeof HOST_METHODS)[number];

export type SaveState = 'saved' | 'saving' | 'error';

export type SaveErrorCode = 'disk-full' | 'read-only' | 'write-failed';

export interface SaveStatus {
  state: SaveState;
  /** Highest update sequence number that is safely on disk. */
  savedSeq: number;
  /** Highest update sequence number received. */
  receivedSeq: number;
  savedAt: string | null;
  error: { code: SaveErrorCode; detail: string } | null;
}

export interface PushAck {
  seq: number;
}

export interface OpenProject {
  path: string;
  title: string;
  /** The board's Yjs state (update encoding v1) after migration and repair. */
  state: Uint8Array;
  report: LoadReport;
  saveStatus: SaveStatus;
}

export type OpenErrorCode = LoadError['code'] | 'not-found' | 'is-directory' | 'unreadable' | 'too-large' | 'exists';

export interface OpenFailure {
  path: string;
  error: { code: OpenErrorCode; detail: string };
  /** The newest backup of that file that loads, if any. */
  backup: BackupInfo | null;
}

export interface Session {
  project: OpenProject | null;
  failure: OpenFailure | null;
  host: 'desktop' | 'browser';
}

export interface RecentProject {
  path: string;
  title: string;
  openedAt: string;
}

export interface BackupInfo {
  path: string;
  /** The project file this is a backup of. */
  of: string;
  takenAt: string;
  bytes: number;
}

/** Commands the native menu sends to the board (they act on the renderer's doc and camera). */
export const MENU_COMMANDS = ['undo', 'redo', 'zoom-in', 'zoom-out', 'zoom-fit', 'zoom-reset', 'show-backups', 'select-all', 'export'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type HostEvent =
  | { type: 'save-status'; status: SaveStatus }
  | { type: 'session-changed' }
  | { type: 'menu-command'; command: MenuCommand }
  | { type: 'room'; status: RoomStatus };

/**
 * The room (live co-editing on the local network), for the facilitator's machine only. Kept apart
 * from HostApi so each bridge can offer it when its side is ready; `validateHostCall` checks both.
 */
export interface RoomApi {
  /** Opens the room on the interface asked for (or the one the HOST already listens on). */
  openRoom(options: OpenRoomOptions): Promise<RoomStatus>;
  /** Disconnects every participant cleanly; the board stays. */
  closeRoom(): Promise<RoomStatus>;
  roomStatus(): Promise<RoomStatus>;
}

export const ROOM_METHODS = ['openRoom', 'closeRoom', 'roomStatus'] as const satisfies readonly (keyof RoomApi)[];
export type RoomMethod = (typeof ROOM_METHODS)[number];
/** Every method a bridge may carry to the host. */
export type ApiMethod = HostMethod | RoomMethod | ExportMethod;

export interface OpenRoomOptions {
  /** null: anyone who has the room's URL or code may join; on a network address only with `openToNetwork`. */
  password: string | null;
  /**
   * The facilitator chose an open room (no password) knowing that anyone on this network can join
   * and see the whole board. Without it, a room on a network address needs a password.
   */
  openToNetwork?: boolean;
  /** IPv4/IPv6 address of the interface to serve on; null: where the HOST already listens, else the first LAN address. */
  bind: string | null;
}

export interface NetworkInterfaceInfo {
  name: string;
  address: string;
}

export interface RoomStatus {
  open: boolean;
  roomId: string | null;
  /** What a participant opens in a browser. */
  url: string | null;
  /** The URL with the password in its fragment, for the QR code. */
  qrUrl: string | null;
  /** SVG markup of the QR code. */
  qrSvg: string | null;
  /** Short code typed into the desktop app (IPv4 only). */
  code: string | null;
  password: string | null;
  /** Address the room is served on; a loopback address is reachable from this machine only. */
  bind: string | null;
  /** People connected to the room's hub right now. */
  participants: number;
  /** The LAN interfaces the facilitator may pick from. */
  interfaces: NetworkInterfaceInfo[];
}

/**
 * Exports (pictures, reports, data) written by the host, for the person at the host machine. The
 * renderer builds the bytes (pure code, the same in the desktop app and the browser); the host
 * only writes them, atomically. A participant's browser downloads instead.
 */
export interface ExportApi {
  /** Writes `data` (base64) to `path`: temp file, fsync, rename; never over the open project. */
  writeExport(request: WriteExportRequest): Promise<ExportWritten>;
  /** The whole project (file + images) as a hand-over archive, built by the host. */
  exportArchive(request: ExportArchiveRequest): Promise<ExportWritten>;
  /**
   * Asks where to save with the system's save dialog; null when cancelled or when this host has
   * no native dialog (the browser client then asks for a path in the page).
   */
  pickExportPath(request: PickExportPathRequest): Promise<string | null>;
}

export const EXPORT_METHODS = ['writeExport', 'exportArchive', 'pickExportPath'] as const satisfies readonly (keyof ExportApi)[];
export type ExportMethod = (typeof EXPORT_METHODS)[number];

export interface WriteExportRequest {
  path: string;
  /** The file's bytes, base64. */
  data: string;
  /** false: an existing file at `path` is an `exists` error. */
  overwrite: boolean;
}

export interface ExportArchiveRequest {
  path: string;
  anonymised: boolean;
  overwrite: boolean;
  /** Language of the reports and README inside. */
  lang: 'fr' | 'en';
}

export interface PickExportPathRequest {
  /** File name offered, e.g. "Résidence — board.png". */
  suggestedName: string;
  /** Without the dot: png, svg, pdf, md, html, csv, canvas, zip. */
  extension: string;
}

export interface ExportWritten {
  path: string;
  bytes: number;
}

/** Codes of an export that could not be written (the HostError code; the message says more). */
export type ExportErrorCode = 'exists' | 'not-found' | 'read-only' | 'disk-full' | 'is-project' | 'is-directory' | 'write-failed' | 'too-large' | 'no-project' | 'unavailable';
