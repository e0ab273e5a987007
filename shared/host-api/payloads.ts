import type { RoomRole } from '../room/roles';
/**
 * What travels between the renderer and its host besides the calls' arguments: sessions, save and
 * room statuses, what an export wrote, host events. The methods are in methods.ts.
 */
import type { LoadError, LoadReport } from '../project-file/load';

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
  /**
   * The last backup into the data folder failed (full, read-only): saving the project goes on
   * regardless, and the backup is tried again later. Absent or null while backups work.
   */
  backupError?: { code: SaveErrorCode; detail: string } | null;
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
  /**
   * The check at open that the newest backup contains the state the file was saved with
   * (a Yjs snapshot containment check): null when it does or there is no backup to check (see
   * SaveStatus.backupError); the reason, in English, when it does not.
   */
  backupMisses?: string | null;
}

export type OpenErrorCode = LoadError['code'] | 'not-found' | 'is-directory' | 'unreadable' | 'not-a-file' | 'too-large' | 'exists' | 'in-use' | 'data-folder-unwritable';

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

/** A saved version of the open project (docs/versions.md). */
export interface VersionInfo {
  id: string;
  name: string;
  /** When it was saved (ISO). */
  at: string;
  /** Who saved it, as they are named in the room or the project ('' when unknown). */
  by: string;
  /** Saved by Tablée itself (a workshop-day step change), not by a person: may be thinned. */
  auto: boolean;
  /** 'ok', or why it cannot be opened: damaged, or written by a newer Tablée. */
  status: 'ok' | 'damaged' | 'newer';
  /** The reason in English when status is not 'ok' (the page words the status itself). */
  problem: string | null;
  bytes: number;
}

/**
 * A version's state: the Yjs update (base64, encoding v1) of its whole board, after the load
 * pipeline a project file goes through at open (so at this Tablée's schema, `schema`).
 */
export interface VersionContent {
  id: string;
  schema: number;
  update: string;
}

/** Commands the native menu sends to the board (they act on the renderer's doc and camera). */
export const MENU_COMMANDS = ['undo', 'redo', 'zoom-in', 'zoom-out', 'zoom-fit', 'zoom-reset', 'show-backups', 'versions', 'select-all', 'export'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type HostEvent =
  | { type: 'save-status'; status: SaveStatus }
  | { type: 'session-changed' }
  | { type: 'menu-command'; command: MenuCommand }
  | { type: 'room'; status: RoomStatus };

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
  /** The facilitators' own password (a co-facilitator joins with it and gets the research); null when no room is open. */
  facilitatorPassword: string | null;
  /** Who is in the room, as the HOST knows them (the role is the HOST's, never what a peer claims). */
  people: RoomPersonStatus[];
  /** The latest edits the HOST refused (a locked card, research material, a malformed update), newest last. */
  refusals: RoomRefusal[];
}

export interface RoomPersonStatus {
  /** Names this person's connection for `endRoomAccess`; not a secret (the HOST's machine only). */
  id: string;
  name: string;
  role: RoomRole;
}

export interface RoomRefusal {
  /** ISO date. */
  at: string;
  /** Who sent it, as they call themselves. */
  name: string;
  role: RoomRole;
  /** Why, in English, for the facilitator's log. */
  reason: string;
}

export interface ExportWritten {
  path: string;
  bytes: number;
}

