import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger, walk } from 'builder-util';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

/**
 * The installers' configuration (electron-builder.yml), read and checked by electron-builder's
 * own loader and schema, and the list of files it would pack, computed with its own matcher
 * against the repository. No Electron binary is downloaded: nothing here builds an installer.
 * The packager's internals are used, so its three packages are pinned to one exact version.
 */
const REPO = join(import.meta.dirname, '..', '..');

const loadConfig = (): Promise<Configuration> => getConfig(REPO, null, null);

/** electron-builder's rule for the app's files (its `files` plus the defaults it adds), internal to it. */
type MainMatchers = (
  appDir: string,
  destination: string,
  expand: (pattern: string) => string,
  platformOptions: object,
  packager: { info: object },
  outDir: string,
  isElectronCompile: boolean,
) => fileMatcher.FileMatcher[];

/** The files the Linux packages would hold besides node_modules, relative to the repository. */
async function packedFiles(config: Configuration): Promise<string[]> {
  const getMainFileMatchers = (fileMatcher as unknown as { getMainFileMatchers: MainMatchers }).getMainFileMatchers;
  const info = { projectDir: REPO, buildResourcesDir: config.directories!.buildResources!, isPrepackedAppAsar: false, config, debugLogger: new DebugLogger(false) };
  const matchers = getMainFileMatchers(REPO, 'app', (p) => p, config.linux ?? {}, { info }, join(REPO, config.directories!.output!), false);
  const files = new Set<string>();
  for (const m of matchers) for (const f of await walk(m.from, m.createFilter())) files.add(relative(REPO, f).split(sep).join('/'));
  return [...files].sort();
}

const pngSize = (path: string): string => {
  const png = PNG.sync.read(readFileSync(path));
  return `${png.width}x${png.height}`;
};

// Loading electron-builder's own modules (the schema check) takes seconds on a busy 2-core machine.
describe('the installers’ configuration', { timeout: 60_000 }, () => {
  it('loads, passes electron-builder’s schema, and names the app', async () => {
    const config = await loadConfig();
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.appId).toBe('org.tablee.desktop');
    expect(config.productName).toBe('Tablée');
  });

  it('builds AppImage and deb, dmg, and an NSIS setup', async () => {
    const config = await loadConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
  });

  it('publishes nothing and brings no auto-update (the workshop room has no internet)', async () => {
    const config = await loadConfig();
    expect(config.publish).toBeNull();
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('electron-updater');
    // One command builds the app then its installer, and never uploads it.
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder --publish never');
  });

  it('opens .tablee files, which show their own icon on macOS and Windows', async () => {
    const config = await loadConfig();
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations).toHaveLength(1);
    const project = associations[0]!;
    expect(project).toMatchObject({ ext: 'tablee', role: 'Editor', mimeType: 'application/x-tablee' });
    const icons = join(REPO, config.directories!.buildResources!);
    expect(readFileSync(join(icons, `${project.icon}.icns`)).subarray(0, 4).toString('ascii')).toBe('icns');
    // An icon file: reserved 0, type 1, then at least one image.
    const ico = readFileSync(join(icons, `${project.icon}.ico`));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4) > 0]).toEqual([0, 1, true]);
  });

  it('has the app’s icons in resources/: 512 and 256 pixels', async () => {
    const config = await loadConfig();
    expect(pngSize(join(REPO, config.mac!.icon!))).toBe('512x512');
    expect(pngSize(join(REPO, config.win!.icon!))).toBe('512x512');
    expect(pngSize(join(REPO, config.linux!.icon!, '512x512.png'))).toBe('512x512');
    expect(pngSize(join(REPO, config.linux!.icon!, '256x256.png'))).toBe('256x256');
  });

  it('packs the built app and the sample residency, and nothing else', async () => {
    if (!existsSync(join(REPO, 'out', 'main', 'index.js'))) throw new Error('out/ is missing: run `npm run build` first (npm test does)');
    const files = await packedFiles(await loadConfig());
    for (const needed of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'resources/sample/residence-exemple.tablee', 'package.json']) {
      expect(files).toContain(needed);
    }
    const stray = files.filter((f) => !(f.startsWith('out/') || f.startsWith('resources/sample/') || f === 'package.json'));
    expect(stray).toEqual([]);
    expect(files.filter((f) => /\.(map|tsx?)$/.test(f))).toEqual([]);
  });
});
