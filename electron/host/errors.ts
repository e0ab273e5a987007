import type { SaveErrorCode } from '@shared/host-api/contract';
import type { HostErrorCode, WireError } from '@shared/host-api/errors';

/** An error the user is shown: a code the page words (one of HOST_ERROR_CODES), and a technical detail. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A failed call as it travels back to the page; anything but a HostError is a bug, said as `internal`. */
export function wireErrorOf(e: unknown): WireError {
  return e instanceof HostError ? { code: e.code, detail: e.message } : { code: 'internal', detail: errorText(e) };
}

export function saveErrorCode(e: unknown): SaveErrorCode {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'read-only';
  return 'write-failed';
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
