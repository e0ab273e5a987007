import type { SaveErrorCode } from '@shared/host-api/contract';

/** An error the user is shown: a stable code the UI can word, and a technical detail. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function saveErrorCode(e: unknown): SaveErrorCode {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'read-only';
  return 'write-failed';
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
