import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeRoomPassword } from '@shared/room/password-normalize';
import { err, ok, type Result } from '@shared/result';

export interface CliOptions {
  /** Absolute: resolved against the folder the command was typed in. */
  project: string | undefined;
  port: number;
  /** False when --port was not given: another free port may then be taken if `port` is busy. */
  portAsked: boolean;
  bind: string;
  /** Absolute, as `project`. */
  dataDir: string | undefined;
  /** Open the room at start. */
  room: boolean;
  /** The room's password (with --room), from --password or TABLEE_ROOM_PASSWORD; undefined: ask for it. */
  password: string | undefined;
  /** Where `password` came from: the command line shows in the process list, so it earns a warning. */
  passwordFrom: 'flag' | 'env' | undefined;
  /** A room without password on a network address, chosen as such (with --room). */
  openRoom: boolean;
  help: boolean;
}

export const DEFAULT_PORT = 4747;

/** The room password can come from the environment, which the process list does not show. */
export const PASSWORD_ENV = 'TABLEE_ROOM_PASSWORD';

export const USAGE = `Usage: npm run host -- [--project PATH] [--port N] [--bind ADDR] [--data-dir DIR] [--room [--password P | --open-room]]

  --project PATH   open this .tablee file (a path that does not exist yet becomes a new project)
                   without it: the sample residency, copied into the data folder on first run
  --port N         port to serve on (default ${DEFAULT_PORT}, or the next free one; 0 picks any free one)
  --bind ADDR      address to listen on (default 127.0.0.1: this machine only)
  --data-dir DIR   data folder for recent projects, backups and the sample copy
  --room           open the room at start: participants on the network co-edit the board live
  --password P     the room's password (participants type it, or scan it in the QR code);
                   a room on a network address (--bind) needs one, unless --open-room.
                   Better: leave it out and type it when asked, or set ${PASSWORD_ENV}:
                   the command line shows in the process list to anyone on this computer.
                   Capitals, accents, spaces and dashes do not count ("Pomme Galet" = "pomme-galet").
  --open-room      a room without password: anyone on this network can join and see the board
  --help           this text`;

/**
 * Parses the host command line; every mistake is a one-line message. Paths come back absolute,
 * resolved against `cwd` (the folder the command was typed in): the HostApi takes no relative path.
 */
export function parseCliArgs(argv: string[], cwd: string = process.cwd(), env: NodeJS.ProcessEnv = {}): Result<CliOptions, string> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        project: { type: 'string' },
        port: { type: 'string' },
        bind: { type: 'string' },
        'data-dir': { type: 'string' },
        room: { type: 'boolean' },
        password: { type: 'string' },
        'open-room': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return err((e as Error).message);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port < 0 || port > 65535) {
    return err(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  const bind = values.bind ?? '127.0.0.1';
  if (isIP(bind) === 0) return err(`--bind must be an IP address such as 127.0.0.1 or 192.168.1.20, not "${bind}"`);
  if (values.project !== undefined && values.project.trim() === '') return err('--project needs a path');
  const room = values.room ?? false;
  if (values.password !== undefined && !room) return err('--password goes with --room');
  const openRoom = values['open-room'] ?? false;
  if (openRoom && (!room || values.password !== undefined)) return err('--open-room goes with --room, without --password');
  if (values.password !== undefined && !validPassword(values.password)) return err('--password must be 1 to 128 printable characters, with a letter or a digit');
  // The flag wins over the environment; an open room ignores a password the shell happens to carry.
  const fromEnv = room && !openRoom && values.password === undefined ? env[PASSWORD_ENV] : undefined;
  if (fromEnv !== undefined && fromEnv !== '' && !validPassword(fromEnv)) return err(`${PASSWORD_ENV} must be 1 to 128 printable characters, with a letter or a digit`);
  const password = values.password ?? (fromEnv || undefined);
  const passwordFrom = values.password !== undefined ? 'flag' : password !== undefined ? 'env' : undefined;
  if (values['data-dir'] !== undefined && values['data-dir'].trim() === '') return err('--data-dir needs a folder');
  const absolute = (path: string | undefined): string | undefined => (path === undefined ? undefined : resolve(cwd, path));
  return ok({ project: absolute(values.project), port, portAsked: values.port !== undefined, bind, dataDir: absolute(values['data-dir']), room, password, passwordFrom, openRoom, help: values.help ?? false });
}

/** As the HOST's API takes it (arg-schemas.ts): printable, at most 128 characters, something left once normalised. */
export function validPassword(password: string): boolean {
  return password.length > 0 && password.length <= 128 && !/[\u0000-\u001f]/.test(password) && normalizeRoomPassword(password) !== '';
}
