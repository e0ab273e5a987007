import type { ArgsOf, Methods, MethodsOf } from './methods';
import type { HostEvent } from './payloads';

/**
 * The HostApi: everything the renderer may ask of its host, as types derived from the method
 * table (methods.ts). In the desktop app it travels over IPC (the preload); in a browser, over a
 * WebSocket to the HOST (wire.ts). A failed call throws a HostCallError (errors.ts).
 */
export type HostApi = Methods & {
  /** Host → renderer notifications; returns an unsubscribe function. */
  onEvent(listener: (event: HostEvent) => void): () => void;
};

/** The room's methods, for the facilitator's machine only. */
export type RoomApi = Pick<Methods, MethodsOf<'room'>>;
/**
 * Exports (pictures, reports, data) written by the host, for the person at the host machine. The
 * renderer builds the bytes (pure code, the same in the desktop app and the browser); the host
 * only writes them, atomically. A participant's browser downloads instead.
 */
export type ExportApi = Pick<Methods, MethodsOf<'export'>>;

export type PickExportPathRequest = ArgsOf<'pickExportPath'>[0];

export * from './payloads';
