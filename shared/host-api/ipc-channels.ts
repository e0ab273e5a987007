import type { HostEvent } from './payloads';
import type { CallOutcome } from './errors';
import type { Methods } from './methods';

/**
 * The HostApi over Electron IPC. Renderer → main: invoke(CALL_CHANNEL, method, args), answered
 * with a CallOutcome. Main → renderer: send(EVENT_CHANNEL, HostEvent).
 */
export const CALL_CHANNEL = 'tablee:call';
export const EVENT_CHANNEL = 'tablee:event';

/**
 * What the preload exposes to the page (`window.tableeHost`): each method of the table
 * answering a CallOutcome (an Error crossing into the page keeps only its message), and onEvent.
 */
export type IpcHostApi = { [M in keyof Methods]: (...args: Parameters<Methods[M]>) => Promise<CallOutcome> } & {
  onEvent(listener: (event: HostEvent) => void): () => void;
};
