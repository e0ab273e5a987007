import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseCliArgs, USAGE } from './cli-args';
import { defaultDataDir } from './data-dir';
import { ensureRendererBuilt } from './ensure-renderer';
import { createHostCore } from './host-core';
import { startServer } from './server';

/**
 * `npm run host -- [--project PATH] [--port N] [--bind ADDR] [--room [--password P | --open-room]]`: the HOST
 * without Electron. Prints one line on stdout when ready (and one more when the room is open);
 * errors go to stderr with a non-zero exit.
 */
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function fail(message: string, code = 1): never {
  process.stderr.write(`Tablée: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  // `npm run host` runs in the package folder; npm says in INIT_CWD where the command was typed.
  const parsed = parseCliArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
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
  if (options.room) {
    const room = await host.api.openRoom({ password: options.password ?? null, bind: null, openToNetwork: options.openRoom });
    process.stdout.write(`Tablée room open at ${room.url} (code ${room.code ?? 'none: IPv6 address, share the URL'})\n`);
    if (/^(127\.|::1$)/.test(room.bind ?? '')) {
      process.stderr.write('Tablée: the room listens on this machine only; to let others join, add --bind with this machine\'s network address\n');
    }
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
