import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Newest modification time among the files under `folder` (0 when it does not exist). */
async function newestMtime(folder: string): Promise<number> {
  let newest = 0;
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const info = await stat(join(e.parentPath, e.name)).catch(() => null);
    if (info && info.mtimeMs > newest) newest = info.mtimeMs;
  }
  return newest;
}

/**
 * Builds the renderer when the build is missing or older than its sources, quietly, so the
 * host command works straight from a fresh clone and its only output stays the ready line.
 */
export async function ensureRendererBuilt(repoRoot: string, outDir: string): Promise<void> {
  const built = await stat(join(outDir, 'index.html')).then((s) => s.mtimeMs, () => 0);
  const sources = Math.max(await newestMtime(join(repoRoot, 'renderer')), await newestMtime(join(repoRoot, 'shared')));
  if (built > sources) return;
  const { build } = await import('vite');
  const { default: config } = (await import(join(repoRoot, 'electron.vite.config.ts'))) as {
    default: { renderer: Record<string, unknown> };
  };
  // Vite takes NODE_ENV over the mode: a host started from a test runner (NODE_ENV=test) would
  // otherwise bundle React's development build. The host itself never reads NODE_ENV.
  process.env.NODE_ENV = 'production';
  await build({ ...config.renderer, configFile: false, mode: 'production', logLevel: 'error' });
}
