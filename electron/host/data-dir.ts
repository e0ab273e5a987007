import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export const PRODUCT_NAME = 'Tablée';

/**
 * The user data folder, the same one Electron's `app.getPath('userData')` gives, so the desktop
 * app and the host command share recent projects, the sample copy and backups.
 * TABLEE_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.TABLEE_DATA_DIR) return env.TABLEE_DATA_DIR;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return join(absoluteOr(env.APPDATA, join(home, 'AppData', 'Roaming')), PRODUCT_NAME);
  return join(absoluteOr(env.XDG_CONFIG_HOME, join(home, '.config')), PRODUCT_NAME);
}

/**
 * True when XDG_CONFIG_HOME is set but empty or relative: the XDG base directory rules say to
 * ignore it then (a relative one would put the data folder wherever the app was started from).
 */
export function xdgConfigHomeIsInvalid(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.XDG_CONFIG_HOME !== undefined && !isAbsolute(env.XDG_CONFIG_HOME);
}

const absoluteOr = (path: string | undefined, fallback: string): string => (path && isAbsolute(path) ? path : fallback);
