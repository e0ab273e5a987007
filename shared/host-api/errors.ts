/**
 * Every way a host call can fail, as a code the page words in the user's language (hostErrors
 * in shared/i18n) and a technical detail in English. The HOST throws these (HostError), the
 * bridges refuse with them, and they travel as `{ code, detail }` over IPC and the WebSocket.
 */
export const HOST_ERROR_CODES = [
  // Refused before the HOST sees the call.
  'unknown-method',
  'bad-argument',
  'not-absolute',
  'host-machine-only',
  'room-locked',
  'bad-frame',
  // The HOST's refusals.
  'exists',
  'not-found',
  'is-directory',
  'is-project',
  'read-only',
  'disk-full',
  'write-failed',
  'unsaved',
  'in-use',
  'no-project',
  'wrong-project',
  'bad-update',
  'not-a-backup',
  'version-damaged',
  'version-newer',
  'unavailable',
  'no-server',
  'password-required',
  'bind',
  // Anything else the HOST did not expect (a bug): the detail says what.
  'internal',
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

/** A failed call as it travels. */
export interface WireError {
  code: HostErrorCode;
  detail: string;
}

const CODES: ReadonlySet<string> = new Set(HOST_ERROR_CODES);

/**
 * Whether `value` is a WireError. Checked by hand, not with zod: the page's bridges load this
 * before anything else, and the page's first request to its host should not wait for zod.
 */
function isWireError(value: unknown): value is WireError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, detail } = value as Record<string, unknown>;
  return typeof code === 'string' && CODES.has(code) && typeof detail === 'string';
}

/** What the desktop main process answers the preload: IPC carries no error's fields, so a failure is a value. */
export type CallOutcome = { ok: true; value: unknown } | { ok: false; error: WireError };

/** A host call that failed, thrown in the page: the code says what, for wording; the detail is for the curious. */
export class HostCallError extends Error {
  constructor(
    readonly method: string,
    readonly code: HostErrorCode,
    readonly detail: string,
  ) {
    super(`${method}: ${code}: ${detail}`);
    this.name = 'HostCallError';
  }
}

/** The typed error of a wire answer; one that is not a known error is the host answering nonsense. */
export function hostCallErrorOf(method: string, error: unknown): HostCallError {
  if (isWireError(error)) return new HostCallError(method, error.code, error.detail);
  return new HostCallError(method, 'internal', `the host's error could not be read: ${JSON.stringify(error)?.slice(0, 200)}`);
}
