import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HostEvent } from '@shared/host-api/contract';
import type { MethodName, Methods } from '@shared/host-api/methods';

/** The HOST as the Electron main process and the HTTP server see it. Plain Node, no electron. */
export interface HostCore {
  /** Runs a method of the table by name. Arguments must already have passed `validateHostCall`. */
  call(method: MethodName, args: readonly unknown[]): Promise<unknown>;
  /** The same methods, typed, for direct use (menus, CLI). */
  api: Methods;
  /** The room's network side: the HTTP server routes upgrades here and says where it listens. */
  rooms: RoomEndpoint;
  /** Subscribes to host events (save status, session changed); returns an unsubscribe function. */
  onEvent(listener: (event: HostEvent) => void): () => void;
  /** Sends an event to every listener (the main process uses it for menu commands). */
  emit(event: HostEvent): void;
  /** Flushes the pending save and stops timers. Safe to call twice. */
  close(): Promise<void>;
}

export interface RoomEndpoint {
  /** Takes a /room/* WebSocket upgrade; false when the path is not a room path. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Called by the HTTP server once it listens (null when it stops). */
  servedAt(at: { bind: string; port: number } | null): void;
  /** False only while an open room (no password, chosen as such) is open: otherwise other machines never get the project through /api. */
  locksRemoteApi(): boolean;
}

export interface HostOptions {
  /** Where recent.json, backups/ and the sample copy live. */
  dataDir: string;
  host: 'desktop' | 'browser';
  /** Project to open at start; without it, the sample residency copied into dataDir. */
  projectPath?: string | undefined;
  /** Folder holding sample/ (defaults to the repo's resources/). */
  resourcesDir?: string | undefined;
  /** Autosave delay after the last change, in ms (≤ 1000). */
  autosaveMs?: number;
  /** How long a presenter may be gone before the HOST ends their presentation (room-presenting.ts); tests shorten it. */
  presenterGraceMs?: number;
  /**
   * The built renderer, served to participants when a room opens and no server runs yet (the
   * desktop app); the command line starts its own server and does not need it.
   */
  rendererDir?: string | undefined;
}
