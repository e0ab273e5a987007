import type { HostEvent } from '@shared/host-api/contract';
import { apiOver } from '@shared/host-api/api-over';
import { CALL_CHANNEL, EVENT_CHANNEL, type IpcHostApi } from '@shared/host-api/ipc-channels';

/** The part of ipcRenderer the bridge needs; the raw object never reaches the page. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * The method table over IPC: one function per method, each sending its own name and at most
 * its declared arguments (the main process validates them). Answers are CallOutcomes: an Error
 * crossing into the page keeps only its message, so the page's bridge (desktop-bridge.ts)
 * unwraps them.
 */
export function createHostBridge(ipc: IpcRendererLike): IpcHostApi {
  const methods = apiOver<Omit<IpcHostApi, 'onEvent'>>((method, args) => ipc.invoke(CALL_CHANNEL, method, args));
  return {
    ...methods,
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
