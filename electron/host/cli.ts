import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseCliArgs, USAGE } from './cli-args';
import { defaultDataDir } from './data-dir';
import { ensureRendererBuilt } from './ensure-renderer';
import { createHostCore } from './host-core';
import { startServer } from './server';

/**
 * `npm run host -- [--project PATH] [--port N] [--bind ADDR]`: the HOST without Electron.
 * Prints exactly one line on stdout when ready; errors go to stderr with a non-zero exit.
 */
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function fail(message: string, code = 1): never {
  process.stderr.write(`Tablée: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) fail(`${parsed.error}\n${USAGE}`, 2);
  const options = parsed.value;
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  const host = await createHostCore({
    dataDir: options.dataDir ?? defaultDataDir(),
    host: 'browser',
    projectPath: options.project,
  });
  const session = await host.api.getSession();
  if (session.failure) {
    const { path, error, backup } = session.failure;
    const hint = backup ? `\nThe newest good backup is ${backup.path} (${backup.takenAt}).` : '';
    fail(`cannot open ${path}: ${error.code} (${error.detail}). The file was left untouched.${hint}`);
  }

  const rendererDir = join(REPO_ROOT, 'out', 'renderer');
  await ensureRendererBuilt(REPO_ROOT, rendererDir);
  const running = await startServer(host, { rendererDir, bind: options.bind, port: options.port }).catch((e: NodeJS.ErrnoException) =>
    fail(e.code === 'EADDRINUSE' ? `port ${options.port} is already in use; pick another with --port` : `cannot listen on ${options.bind}:${options.port}: ${e.message}`),
  );

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const status = await host.api.flush().catch(() => null);
    await host.close();
    await running.close();
    if (status?.state === 'error') fail(`the last changes could not be saved: ${status.error?.detail ?? 'unknown error'}`);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdout.write(`Tablée ready at ${running.url}\n`);
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
