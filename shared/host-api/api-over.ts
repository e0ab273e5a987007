import { METHOD_NAMES, METHODS, type MethodName, type Methods } from './methods';

/**
 * The arguments a caller sends: at most the method's declared count, without trailing
 * `undefined` (an optional argument left out), so nothing extra ever leaves the page.
 */
export function callArgs(method: MethodName, args: readonly unknown[]): unknown[] {
  const out = args.slice(0, METHODS[method].args.length);
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
}

/**
 * One function per method of the table, each handing `send` its own name and its arguments
 * (callArgs): the preload's IPC bridge and the page's bridges are this with their own `send`.
 * `Api` is what those functions resolve to for the caller: the methods themselves, or the
 * preload's CallOutcomes. No argument is checked here: the main process and the server do.
 */
export function apiOver<Api = Methods>(send: (method: MethodName, args: unknown[]) => Promise<unknown>): Api {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) api[method] = (...args) => send(method, callArgs(method, args));
  return api as Api;
}
