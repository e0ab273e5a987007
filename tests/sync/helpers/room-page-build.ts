import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

/** Builds tests/sync/browser (the sync module on a bare page) into a fresh folder the HOST can serve. */
export async function buildRoomPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'tablee-room-page-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(REPO, 'tests', 'sync', 'browser'),
    resolve: { alias: { '@shared': join(REPO, 'shared') } },
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false },
  });
  return outDir;
}
