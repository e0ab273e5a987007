import type { HostEvent } from '@shared/host-api/contract';
import { apiOver } from '@shared/host-api/api-over';
import type { CallOutcome } from '@shared/host-api/errors';
import { CALL_CHANNEL, EVENT_CHANNEL, type IpcHostApi } from '@shared/host-api/ipc-channels';
import { validateHostCall } from '@shared/host-api/validate';

/** The part of ipcRenderer the bridge needs; the raw object never reaches the page. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * The method table over IPC: one function per method, each sending its own name and at most
 * its declared arguments, checked here first (paths as either system writes them; the main
 * process checks again as its own system does). Answers are CallOutcomes: an Error crossing
 * into the page keeps only its message, so the page's bridge (desktop-bridge.ts) unwraps them.
 */
export function createHostBridge(ipc: IpcRendererLike): IpcHostApi {
  const methods = apiOver<Omit<IpcHostApi, 'onEvent'>>(async (method, args): Promise<CallOutcome> => {
    const checked = validateHostCall(method, args, 'either');
    if (!checked.ok) return checked;
    return (await ipc.invoke(CALL_CHANNEL, method, checked.value.args)) as CallOutcome;
  });
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
