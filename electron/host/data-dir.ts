import { homedir } from 'node:os';
import { join } from 'node:path';

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
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}
