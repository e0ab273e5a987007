import type { z } from 'zod';
import type { ArgKind, ArgKinds } from './arg-schemas';
import type { BackupInfo, ExportWritten, PushAck, RecentProject, RoomStatus, SaveStatus, Session, VersionContent, VersionInfo } from './payloads';

/**
 * Every method the renderer may call on its host, declared once, as data. From this table come
 * the API types (contract.ts), the argument checks of the main process and the server
 * (validate.ts), the preload's IPC bridge and the page's WebSocket and desktop bridges
 * (api-over.ts), who may call what over the network (server.ts) and the HOST's dispatch. A new
 * method is one entry here and its implementation in the HOST (host-core.ts).
 *
 * - `args`: the kinds of its arguments (arg-schemas.ts), `?` for one that may be left out (last).
 * - `reach`: `host-machine` methods touch files beyond the open project or run the room: the
 *   server answers them only to a browser on the HOST's own machine.
 * - `desktopMain`: the desktop main process answers it itself (a native dialog); the HOST's
 *   own answer is for browsers.
 * - `group`: which part of the page uses it (the room panel, the export dialog).
 */

/** What a method resolves to; type-only: the host's answers are its own types. */
export interface Returns<R> {
  readonly __result?: R;
}
const returns = <R>(): Returns<R> => ({});

type Reach = 'anyone' | 'host-machine';
export type ArgSpec = ArgKind | `${ArgKind}?`;

interface MethodSpec {
  args: readonly ArgSpec[];
  result: Returns<unknown>;
  reach: Reach;
  group: 'project' | 'room' | 'export';
  desktopMain?: true;
}

export const METHODS = {
  getSession: { group: 'project', reach: 'anyone', args: [], result: returns<Session>() },
  /**
   * Hands the host a Yjs update (base64) made in the renderer; the host saves it. With a project
   * path, the host refuses the update when another project is open by then, so a late edit never
   * lands in the wrong file.
   */
  pushUpdate: { group: 'project', reach: 'anyone', args: ['update', 'path?'], result: returns<PushAck>() },
  /** Saves now; resolves once everything pushed so far is on disk (or saving failed). */
  flush: { group: 'project', reach: 'anyone', args: [], result: returns<SaveStatus>() },
  openProject: { group: 'project', reach: 'host-machine', args: ['path'], result: returns<Session>() },
  createProject: { group: 'project', reach: 'host-machine', args: ['path', 'title'], result: returns<Session>() },
  saveProjectAs: { group: 'project', reach: 'host-machine', args: ['path'], result: returns<Session>() },
  listRecent: { group: 'project', reach: 'host-machine', args: [], result: returns<RecentProject[]>() },
  listBackups: { group: 'project', reach: 'host-machine', args: [], result: returns<BackupInfo[]>() },
  /** Opens a copy of a backup beside the original; the original file is left as it is. */
  restoreBackup: { group: 'project', reach: 'host-machine', args: ['path'], result: returns<Session>() },
  /** The open project's versions (named moments, and the automatic ones of the workshop day), newest first; damaged or newer ones listed with why. */
  listVersions: { group: 'project', reach: 'host-machine', args: [], result: returns<VersionInfo[]>() },
  /** Saves the open project's current state as a version (a full copy, kept beside the backups). */
  saveVersion: { group: 'project', reach: 'host-machine', args: ['saveVersionRequest'], result: returns<VersionInfo>() },
  /** A version's whole state, to look at, compare, restore from or export; a damaged or newer one is refused. */
  readVersion: { group: 'project', reach: 'host-machine', args: ['versionId'], result: returns<VersionContent>() },

  /**
   * Opens the room (live co-editing on the local network). `password` null: anyone who has the
   * room's URL or code may join. `bind`: the address of the interface to serve on; null: where
   * the HOST already listens, else the first LAN address.
   */
  openRoom: { group: 'room', reach: 'host-machine', args: ['openRoomOptions'], result: returns<RoomStatus>() },
  /** Disconnects every participant cleanly; the board stays. */
  closeRoom: { group: 'room', reach: 'host-machine', args: [], result: returns<RoomStatus>() },
  roomStatus: { group: 'room', reach: 'host-machine', args: [], result: returns<RoomStatus>() },
  /**
   * Ends one person's access to the room (RoomStatus.people's id): their connections close and
   * their ticket is forgotten; for a co-facilitator the facilitator password changes too.
   */
  endRoomAccess: { group: 'room', reach: 'host-machine', args: ['roomPersonId'], result: returns<RoomStatus>() },

  /**
   * Writes an export's bytes (base64, built by the page) to a path: temp file, fsync, rename;
   * never over the open project. `overwrite` false: an existing file is an `exists` error.
   */
  writeExport: { group: 'export', reach: 'host-machine', args: ['writeExportRequest'], result: returns<ExportWritten>() },
  /** The whole project (file + images) as a hand-over archive, built by the host; `lang` is that of its reports. */
  exportArchive: { group: 'export', reach: 'host-machine', args: ['exportArchiveRequest'], result: returns<ExportWritten>() },
  /**
   * Where to save, from the system's save dialog, offering `suggestedName` and filtering on
   * `extension` (no dot); null when cancelled or when this host has no dialog (a browser then
   * asks for a path in the page).
   */
  pickExportPath: { group: 'export', reach: 'host-machine', desktopMain: true, args: ['pickExportPathRequest'], result: returns<string | null>() },
} as const satisfies Record<string, MethodSpec>;

export type MethodName = keyof typeof METHODS;
export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(METHODS, name);
}

type ArgOf<S> = S extends `${infer K extends ArgKind}?` ? [z.output<ArgKinds[K]>?] : S extends ArgKind ? [z.output<ArgKinds[S]>] : never;
type TupleOf<L> = L extends readonly [infer H, ...infer R] ? [...ArgOf<H>, ...TupleOf<R>] : [];
/** A method's arguments, as its function takes them. */
export type ArgsOf<M extends MethodName> = TupleOf<(typeof METHODS)[M]['args']>;
type ResultOf<M extends MethodName> = (typeof METHODS)[M]['result'] extends Returns<infer R> ? R : never;
/** Every method as a function. */
export type Methods = { [M in MethodName]: (...args: ArgsOf<M>) => Promise<ResultOf<M>> };

type NamesWhere<K extends keyof MethodSpec, V> = { [M in MethodName]: (typeof METHODS)[M] extends Record<K, V> ? M : never }[MethodName];
export type MethodsOf<G extends MethodSpec['group']> = NamesWhere<'group', G>;
/** The methods the desktop main process answers itself. */
export type DesktopMainMethod = NamesWhere<'desktopMain', true>;

/** Runs `method` on an implementation of the table; the arguments have passed validate.ts. */
export function dispatch(impl: Methods, method: MethodName, args: readonly unknown[]): Promise<unknown> {
  return (impl[method] as (...a: readonly unknown[]) => Promise<unknown>)(...args);
}
