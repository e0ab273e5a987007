import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { SaveStatus } from '@shared/host-api/contract';
import { parseCliArgs, USAGE, type CliOptions } from './cli-args';
import { defaultDataDir } from './data-dir';
import { ensureRendererBuilt } from './ensure-renderer';
import { createHostCore } from './host-core';
import type { HostCore } from './host-core-types';
import { startServer, type RunningServer } from './server';

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

  const dataDir = options.dataDir ?? defaultDataDir();
  const host = await createHostCore({ dataDir, host: 'browser', projectPath: options.project });
  const session = await host.api.getSession();
  reportBackups(host, dataDir, session.project?.saveStatus.backupError ?? null);
  if (session.failure) {
    const { path, error, backup } = session.failure;
    const hint = backup ? `\nThe newest good backup is ${backup.path} (${backup.takenAt}).` : '';
    fail(`cannot open ${path}: ${error.code} (${error.detail}). The file was left untouched.${hint}`);
  }

  const rendererDir = join(REPO_ROOT, 'out', 'renderer');
  await ensureRendererBuilt(REPO_ROOT, rendererDir);
  const running = await listen(host, rendererDir, options).catch((e: NodeJS.ErrnoException & { port: number }) =>
    fail(e.code === 'EADDRINUSE' ? `port ${e.port} is already in use; pick another with --port` : `cannot listen on ${options.bind}:${e.port}: ${e.message}`),
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
  if (!options.portAsked && !running.url.endsWith(`:${options.port}/`)) process.stderr.write(`Tablée: port ${options.port} is in use, so another one was taken\n`);
  process.stdout.write(`Tablée ready at ${running.url}\n`);
  if (options.room) {
    const room = await host.api.openRoom({ password: options.password ?? null, bind: null, openToNetwork: options.openRoom });
    process.stdout.write(`Tablée room open at ${room.url} (code ${room.code ?? 'none: IPv6 address, share the URL'})\n`);
    // Only a co-facilitator gets it: it opens the facilitators' door, research material included.
    process.stdout.write(`Tablée facilitators' password (for a co-facilitator only: it gives the interviews too): ${room.facilitatorPassword ?? 'none'}\n`);
    if (/^(127\.|::1$)/.test(room.bind ?? '')) {
      process.stderr.write('Tablée: the room listens on this machine only; to let others join, add --bind with this machine\'s network address\n');
    }
  }
}

/** Ports tried after the default one before letting the system pick any free port. */
const NEXT_PORTS_TRIED = 10;

/**
 * Serves on the port asked for, or, when none was asked, on the default port if it is free, else
 * the next free one, else any: a second `npm start` must not fail because the first one runs.
 */
async function listen(host: HostCore, rendererDir: string, options: CliOptions): Promise<RunningServer> {
  const ports = options.portAsked ? [options.port] : [...Array.from({ length: NEXT_PORTS_TRIED + 1 }, (_, i) => options.port + i), 0];
  for (const [i, port] of ports.entries()) {
    try {
      return await startServer(host, { rendererDir, bind: options.bind, port });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || i === ports.length - 1) throw Object.assign(e as Error, { port });
    }
  }
  throw new Error('no port to try');
}

/** Says on stderr when backups into the data folder stop working, and when they work again. */
function reportBackups(host: HostCore, dataDir: string, first: SaveStatus['backupError']): void {
  let failing = false;
  const show = (error: SaveStatus['backupError']): void => {
    if (error && !failing) process.stderr.write(`Tablée: no backup could be made in ${dataDir} (${error.detail}); the project still saves, and backups are tried again later\n`);
    if (!error && failing) process.stderr.write('Tablée: backups work again\n');
    failing = Boolean(error);
  };
  show(first);
  host.onEvent((event) => event.type === 'save-status' && show(event.status.backupError ?? null));
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
