import { METHOD_NAMES, type MethodName, type Methods } from './methods';
import { callArgs } from './validate';

/**
 * One function per method of the table, each handing `send` its own name and its arguments
 * (at most the declared count): the preload's IPC bridge and the page's bridges are this with
 * their own `send`. `Api` is what those functions resolve to for the caller: the methods
 * themselves, or the preload's CallOutcomes.
 */
export function apiOver<Api = Methods>(send: (method: MethodName, args: unknown[]) => Promise<unknown>): Api {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) api[method] = (...args) => send(method, callArgs(method, args));
  return api as Api;
}
