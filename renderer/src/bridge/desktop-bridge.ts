import type { HostApi } from '@shared/host-api/contract';
import { apiOver } from '@shared/host-api/api-over';
import { hostCallErrorOf, type CallOutcome } from '@shared/host-api/errors';
import type { IpcHostApi } from '@shared/host-api/ipc-channels';
import { METHOD_NAMES } from '@shared/host-api/methods';
import { BridgeError, type ConnectionSource } from './connection';

export type Bridge = HostApi & ConnectionSource;

/**
 * The desktop preload's functions (one per method of the table, answering CallOutcomes) as the
 * HostApi: a failure becomes a thrown HostCallError. IPC never "disconnects".
 */
export function desktopBridge(host: IpcHostApi): Bridge {
  for (const method of [...METHOD_NAMES, 'onEvent'] as const) {
    if (typeof host[method] !== 'function') {
      throw new BridgeError(`The desktop host does not offer "${method}"`, 'missing-host');
    }
  }
  const methods = apiOver(async (method, args) => {
    const outcome = (await (host[method] as (...a: unknown[]) => Promise<CallOutcome>)(...args)) as CallOutcome | undefined;
    if (outcome?.ok === true) return outcome.value;
    throw outcome?.ok === false ? hostCallErrorOf(method, outcome.error) : new BridgeError(`${method}: the desktop host's answer could not be read`, 'bad-reply');
  });
  return {
    ...methods,
    onEvent: (listener) => host.onEvent(listener),
    connection: () => 'up',
    onConnection: () => () => {},
  };
}
