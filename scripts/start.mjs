#!/usr/bin/env node
/**
 * `npm start`: builds Tablée and opens the desktop app on the sample residency (or the project
 * given after `--`). Electron downloads its binary once, on first start. Where that cannot
 * happen (no internet, a locked-down network), it says so in one line and serves the same
 * app to the browser with the host command instead of failing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const electronDir = join(root, 'node_modules', 'electron');

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error('Tablée: the build failed (see above).');
  process.exit(build.status ?? 1);
}

/** Path of the Electron binary, downloading it once if needed; null when that is impossible. */
function electronBinary() {
  const installed = () => {
    const pathFile = join(electronDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
    return existsSync(binary) ? binary : null;
  };
  if (installed()) return installed();
  if (!existsSync(join(electronDir, 'install.js'))) return null;
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: 'ignore', timeout: 300_000 });
  return installed();
}

/** Runs a child with this terminal, passes Ctrl+C / SIGTERM on, and exits with its code. */
function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

const binary = electronBinary();
if (binary) {
  run(binary, [root, ...args]);
} else {
  console.log('Tablée: the Electron binary is not installed and could not be downloaded; opening Tablée in your browser instead.');
  // `npm start -- some.tablee` opens that project in the desktop app; the host command wants --project.
  const hostArgs = args.flatMap((a) => (a.endsWith('.tablee') && !a.startsWith('-') ? ['--project', a] : [a]));
  run(process.execPath, ['--import', 'tsx', join(root, 'electron', 'host', 'cli.ts'), ...hostArgs]);
}
