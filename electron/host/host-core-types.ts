import type { HostApi, HostEvent, HostMethod } from '@shared/host-api/contract';

/** The HOST as the Electron main process and the HTTP server see it. Plain Node, no electron. */
export interface HostCore {
  /** Runs a HostApi method. Arguments must already have passed `validateHostCall`. */
  call(method: HostMethod, args: unknown[]): Promise<unknown>;
  /** The same methods, typed, for direct use (menus, CLI). */
  api: Omit<HostApi, 'onEvent'>;
  /** Subscribes to host events (save status, session changed); returns an unsubscribe function. */
  onEvent(listener: (event: HostEvent) => void): () => void;
  /** Sends an event to every listener (the main process uses it for menu commands). */
  emit(event: HostEvent): void;
  /** Flushes the pending save and stops timers. Safe to call twice. */
  close(): Promise<void>;
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
}
