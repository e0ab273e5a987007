import { isAbsolutePath } from '@shared/host-api/absolute-path';

/**
 * Whether a path typed in the page may name one place on the HOST's machine. The page does not
 * know that machine's system for sure, so it accepts what either path style calls absolute
 * ("/…", "C:\…", "\\server\share\…") and leaves the rest of the refusals to the HOST.
 */
export const mayBeAbsolutePath = (path: string): boolean => isAbsolutePath(path, 'posix') || isAbsolutePath(path, 'win32');
