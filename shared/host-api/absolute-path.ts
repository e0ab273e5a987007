/**
 * How the HOST's machine writes paths. A path is checked against the file system that will use
 * it: "C:\x" is absolute on Windows but a file named "C:\x" in the current folder elsewhere.
 */
export type PathStyle = 'posix' | 'win32';

export const pathStyleOf = (platform: string): PathStyle => (platform === 'win32' ? 'win32' : 'posix');

/**
 * True when `path` names one place whatever the current folder: "/…" on POSIX; on Windows a drive
 * with its separator ("C:\…", "C:/…") or a network share ("\\server\share\…"). "C:x" and "\x"
 * are refused there: they depend on the current folder of a drive, or on the current drive.
 */
export function isAbsolutePath(path: string, style: PathStyle): boolean {
  if (style === 'posix') return path.startsWith('/');
  return /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]{2}[^\\/]/.test(path);
}

/** The validation message of a relative path, saying what an absolute one looks like. */
export const RELATIVE_PATH_MESSAGE: Record<PathStyle, string> = {
  posix: 'path is not absolute (it must start with /)',
  win32: 'path is not absolute (it must start with a drive such as C:\\ or a share such as \\\\server\\)',
};
