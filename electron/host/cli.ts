import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { SaveStatus } from '@shared/host-api/contract';
import { parseCliArgs, PASSWORD_ENV, USAGE, validPassword, type CliOptions } from './cli-args';
import { defaultDataDir } from './data-dir';
import { ensureRendererBuilt } from './ensure-renderer';
import { promptPassword } from './password-prompt';
import { createHostCore } from './host-core';
import type { HostCore } from './host-core-types';
import { startServer, type RunningServer } from './server';

/**
 * `npm run host -- [--project PATH] [--port N] [--bind ADDR] [--room [--password P | --open-room]]`: the HOST
 * without Electron. Prints one line on stdout when ready (and one more when the room is open);
 * errors go to stderr with a non-zero exit. A project that cannot be opened does not stop it: the
 * HOST says why on stderr and serves the page's failure screen, which offers the newest good backup.
 */
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function fail(message: string, code = 1): never {
  process.stderr.write(`Tablée: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  // `npm run host` runs in the package folder; npm says in INIT_CWD where the command was typed.
  const parsed = parseCliArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd(), process.env);
  if (!parsed.ok) fail(`${parsed.error}\n${USAGE}`, 2);
  const options = parsed.value;
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (options.passwordFrom === 'flag') {
    process.stderr.write(`Tablée: warning: --password shows in the process list to anyone on this computer; leave it out to be asked for it, or set ${PASSWORD_ENV}\n`);
  }
  // Read once, then out of the environment: nothing this process starts, nor a report of it, shows it.
  delete process.env[PASSWORD_ENV];
  if (options.room && !options.openRoom && options.password === undefined && process.stdin.isTTY) {
    options.password = await askPassword(!isLoopback(options.bind));
  }

  const dataDir = options.dataDir ?? defaultDataDir();
  const host = await createHostCore({ dataDir, host: 'browser', projectPath: options.project });
  const session = await host.api.getSession();
  reportBackups(host, dataDir, session.project?.saveStatus.backupError ?? null);
  if (session.failure) {
    const { path, error, backup } = session.failure;
    // Another HOST has it open: that one is where to work, not a second page of this one.
    if (error.code === 'in-use') fail(`cannot open ${path}: ${error.code} (${error.detail}). The file was left untouched.`);
    const offer = backup ? `the page offers the newest good backup, ${backup.path} (${backup.takenAt})` : 'no backup of it opens; the page lets you open or create another project';
    process.stderr.write(`Tablée: cannot open ${path}: ${error.code} (${error.detail}). The file was left untouched; ${offer}\n`);
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
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop());
  const hangup = onHangup(() => void stop());
  if (process.env.npm_lifecycle_event === 'host') stopWhenOrphaned(() => !hangup.ignored && void stop());
  if (!options.portAsked && !running.url.endsWith(`:${options.port}/`)) process.stderr.write(`Tablée: port ${options.port} is in use, so another one was taken\n`);
  process.stdout.write(`Tablée ready at ${running.url}\n`);
  if (options.room && session.failure) {
    process.stderr.write('Tablée: no room without an open project: open or restore one in the page, then open the room from it\n');
  } else if (options.room) {
    const room = await host.api.openRoom({ password: options.password ?? null, bind: null, openToNetwork: options.openRoom });
    process.stdout.write(`Tablée room open at ${room.url} (code ${room.code ?? 'none: IPv6 address, share the URL'})\n`);
    // Only a co-facilitator gets it: it opens the facilitators' door, research material included.
    process.stdout.write(`Tablée facilitators' password (for a co-facilitator only: it gives the interviews too): ${room.facilitatorPassword ?? 'none'}\n`);
    if (isLoopback(room.bind ?? '')) {
      process.stderr.write('Tablée: the room listens on this machine only; to let others join, add --bind with this machine\'s network address\n');
    }
  }
}

/**
 * SIGHUP stops the HOST only when it reads from a terminal (stdin is a TTY): then the hangup means
 * that terminal was closed, and the HOST must not stay behind holding the project. Otherwise
 * (`nohup`, which takes stdin off the terminal, a service, a script) it was started to outlive
 * the terminal: the hangup is ignored, explicitly, since Node does not keep the ignore `nohup`
 * set. `ignored` then stays true: under `nohup npm run host`, npm itself dies of that hangup, and
 * the HOST losing its parent then is no request to stop.
 */
function onHangup(stop: () => void, fromTerminal = process.stdin.isTTY === true): { ignored: boolean } {
  const hangup = { ignored: false };
  process.on('SIGHUP', () => {
    if (fromTerminal) stop();
    else hangup.ignored = true;
  });
  return hangup;
}

/** How often the HOST checks that what started it is still there. */
const PARENT_CHECK_MS = 1000;

/**
 * `npm run host` runs the HOST under a shell; npm passes SIGTERM to that shell, which dies without
 * passing it on. The HOST then has a new parent: it stops as if it had been sent the signal,
 * rather than running on alone with the project open. Only under npm: a HOST started on its own
 * in the background (nohup, a service) may well outlive whatever started it.
 */
function stopWhenOrphaned(stop: () => void): void {
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop(), PARENT_CHECK_MS).unref();
}

/** Whether the HOST listens on this machine only (a room there may go without a password). */
const isLoopback = (bind: string): boolean => /^(127\.|::1$)/.test(bind);

/**
 * The room password, typed on the terminal; empty: none, which only a room on this machine
 * allows. On a network address an empty answer is asked again, before the server starts rather
 * than failing once it is up.
 */
async function askPassword(network: boolean): Promise<string | undefined> {
  const question = network
    ? 'Room password (capitals, accents and spaces do not count): '
    : 'Room password (capitals, accents and spaces do not count; empty for none): ';
  for (;;) {
    const typed = await promptPassword(question);
    if (typed === null) fail('no room password given', 130);
    if (typed === '' && network) {
      process.stderr.write('Tablée: a room on a network address needs a password (or --open-room)\n');
      continue;
    }
    if (typed === '') return undefined;
    if (validPassword(typed)) return typed;
    process.stderr.write('Tablée: the password must be 1 to 128 printable characters, with a letter or a digit\n');
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
