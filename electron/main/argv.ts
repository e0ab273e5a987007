import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_EXTENSION } from './project-dialogs';

const MAX_PATH = 4096;

function isExistingFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface ArgvOptions {
  /** Directory relative paths are resolved against (a second instance sends its own). */
  cwd?: string;
  /** Injected in tests; defaults to a stat of the path. */
  isFile?: (path: string) => boolean;
}

/**
 * The `.tablee` project a command line asks to open, as an absolute path, or undefined.
 * argv[0] is the executable; switches (`--foo`, which Chromium adds to second-instance argv)
 * and anything that is not an existing `.tablee` file are ignored.
 */
export function projectPathFromArgv(argv: readonly string[], options: ArgvOptions = {}): string | undefined {
  const isFile = options.isFile ?? isExistingFile;
  const cwd = options.cwd ?? process.cwd();
  for (const arg of argv.slice(1)) {
    if (arg.length === 0 || arg.length > MAX_PATH || arg.startsWith('-') || arg.includes('\0')) continue;
    if (!arg.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)) continue;
    const path = resolve(cwd, arg);
    if (isFile(path)) return path;
  }
  return undefined;
}
