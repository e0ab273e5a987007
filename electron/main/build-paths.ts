import { join } from 'node:path';

/**
 * Where electron-vite puts the built preload and renderer, and where resources/ (the sample
 * residency) lives, from the app root (`app.getAppPath()`: the project folder in development,
 * the asar root when packaged). The HOST's own default for resources is relative to its
 * source file, which is wrong once bundled into out/main/index.js.
 */
export function builtPaths(appPath: string): { preload: string; renderer: string; resources: string } {
  return {
    resources: join(appPath, 'resources'),
    // A sandboxed preload must be CommonJS: electron.vite.config.ts emits it as .cjs.
    preload: join(appPath, 'out', 'preload', 'index.cjs'),
    renderer: join(appPath, 'out', 'renderer'),
  };
}
