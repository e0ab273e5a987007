import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseCliArgs } from '../../../electron/host/cli-args';
import { defaultDataDir } from '../../../electron/host/data-dir';

describe('host command line', () => {
  it('defaults to this machine only, on the default port, with the sample residency', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      value: { project: undefined, port: DEFAULT_PORT, portAsked: false, bind: '127.0.0.1', dataDir: undefined, room: false, password: undefined, openRoom: false, help: false },
    });
  });

  it('opens the room at start, with or without a password', () => {
    expect(parseCliArgs(['--room'])).toMatchObject({ ok: true, value: { room: true, password: undefined, openRoom: false } });
    expect(parseCliArgs(['--room', '--open-room', '--bind', '0.0.0.0'])).toMatchObject({ ok: true, value: { room: true, password: undefined, openRoom: true } });
    expect(parseCliArgs(['--room', '--password', 'tarte aux pommes', '--bind', '0.0.0.0'])).toMatchObject({
      ok: true,
      value: { room: true, password: 'tarte aux pommes', bind: '0.0.0.0' },
    });
  });

  it('reads every option', () => {
    expect(parseCliArgs(['--project', '/p/a.tablee', '--port', '0', '--bind', '::1', '--data-dir', '/d'])).toMatchObject({
      ok: true,
      value: { project: '/p/a.tablee', port: 0, portAsked: true, bind: '::1', dataDir: '/d' },
    });
  });

  it('makes relative paths absolute against the folder the command was typed in, before they reach the HostApi', () => {
    expect(parseCliArgs(['--project', 'atelier.tablee', '--data-dir', '../données'], '/home/anne/résidences')).toMatchObject({
      ok: true,
      value: { project: '/home/anne/résidences/atelier.tablee', dataDir: '/home/anne/données' },
    });
    expect(parseCliArgs(['--project', './a/../b.tablee'], '/home/anne')).toMatchObject({ ok: true, value: { project: '/home/anne/b.tablee' } });
    expect(parseCliArgs(['--project', 'a.tablee'])).toMatchObject({ ok: true, value: { project: join(process.cwd(), 'a.tablee') } });
  });

  it.each([
    [['--port', 'eighty']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--port', '1.5']],
    [['--bind', 'localhost.evil']],
    [['--bind', '0.0.0']],
    [['--project', ' ']],
    [['--data-dir', '']],
    [['--password', 'p']],
    [['--open-room']],
    [['--room', '--open-room', '--password', 'p']],
    [['--room', '--password', '']],
    [['--room', '--password', 'a\u0007b']],
    [['--room', '--password', ' - ']],
    [['--projet', 'a.tablee']],
    [['stray']],
  ])('refuses %j with a message', (argv) => {
    const result = parseCliArgs(argv);
    expect(result.ok).toBe(false);
  });

  it('takes the room password from TABLEE_ROOM_PASSWORD, which the process list does not show; --password wins and is marked for a warning', () => {
    const env = { TABLEE_ROOM_PASSWORD: 'Cerise Galet Moulin' };
    expect(parseCliArgs(['--room'], '/', env)).toMatchObject({ ok: true, value: { password: 'Cerise Galet Moulin', passwordFrom: 'env' } });
    expect(parseCliArgs(['--room', '--password', 'tarte'], '/', env)).toMatchObject({ ok: true, value: { password: 'tarte', passwordFrom: 'flag' } });
    // Without --room, or for an open room, a password left in the shell's environment means nothing.
    expect(parseCliArgs([], '/', env)).toMatchObject({ ok: true, value: { password: undefined } });
    expect(parseCliArgs(['--room', '--open-room'], '/', env)).toMatchObject({ ok: true, value: { password: undefined, openRoom: true } });
    expect(parseCliArgs(['--room'], '/', { TABLEE_ROOM_PASSWORD: '' })).toMatchObject({ ok: true, value: { password: undefined, passwordFrom: undefined } });
    const bad = parseCliArgs(['--room'], '/', { TABLEE_ROOM_PASSWORD: 'a\u0007b' });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.error).toMatch(/TABLEE_ROOM_PASSWORD/);
  });

  it('uses the same data folder as the desktop app, unless TABLEE_DATA_DIR says otherwise', () => {
    expect(defaultDataDir({ HOME: '/home/anne' }, 'linux')).toMatch(/\.config\/Tablée$/);
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/Tablée');
    expect(defaultDataDir({ TABLEE_DATA_DIR: '/portable' }, 'linux')).toBe('/portable');
  });
});
