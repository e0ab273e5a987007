import { describe, expect, it } from 'vitest';
import { isAbsolutePath, pathStyleOf } from '@shared/host-api/absolute-path';
import { METHOD_NAMES, METHODS } from '@shared/host-api/methods';
import { callArgs } from '@shared/host-api/api-over';
import { argSchemas, validateHostCall } from '@shared/host-api/validate';

describe('HostApi argument validation', () => {
  it('has a validator for every method of the table, and no other, for each path style', () => {
    for (const style of ['posix', 'win32'] as const) expect(Object.keys(argSchemas(style)).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('answers browsers on other machines only what works on the open board: the rest is for the host machine', () => {
    const anyone = METHOD_NAMES.filter((m) => METHODS[m].reach === 'anyone').sort();
    expect(anyone).toEqual(['flush', 'getSession', 'pushUpdate']);
    // Only the save dialog is answered by the desktop main process itself.
    expect(METHOD_NAMES.filter((m) => 'desktopMain' in METHODS[m])).toEqual(['pickExportPath']);
  });

  it('a caller sends at most the declared arguments, an omitted optional one left out', () => {
    expect(callArgs('openProject', ['/a.tablee', { extra: true }])).toEqual(['/a.tablee']);
    expect(callArgs('pushUpdate', ['AAEC', undefined])).toEqual(['AAEC']);
    expect(callArgs('getSession', ['surprise'])).toEqual([]);
  });

  it.each([
    ['getSession', []],
    ['pushUpdate', ['AAEC']],
    ['pushUpdate', ['AAEC', '/home/anne/atelier.tablee']],
    ['flush', []],
    ['openProject', ['/home/anne/résidence.tablee']],
    ['createProject', ['/home/anne/atelier.tablee', 'Atelier']],
    ['saveProjectAs', ['/tmp/x.tablee']],
    ['listRecent', []],
    ['listBackups', []],
    ['restoreBackup', ['/data/backups/x/2026.tablee']],
  ])('accepts %s(%j)', (method, args) => {
    expect(validateHostCall(method, args, 'posix')).toMatchObject({ ok: true, value: { method } });
  });

  it.each([
    ['unknown method', 'deleteEverything', []],
    ['prototype key', '__proto__', []],
    ['non-string method', 42, []],
    ['args not an array', 'openProject', '/tmp/x'],
    ['number path', 'openProject', [42]],
    ['empty path', 'openProject', ['']],
    ['NUL in path', 'openProject', ['/tmp/x\0.tablee']],
    ['path too long', 'openProject', ['/'.repeat(5000)]],
    ['extra argument', 'getSession', ['surprise']],
    ['missing argument', 'createProject', ['/tmp/x.tablee']],
    ['title too long', 'createProject', ['/tmp/x.tablee', 't'.repeat(301)]],
    ['update not base64', 'pushUpdate', ['not base64 at all!']],
    ['update as object', 'pushUpdate', [{ length: 4 }]],
    ['project path not a string', 'pushUpdate', ['AAEC', 12]],
  ])('rejects %s', (_name, method, args) => {
    const result = validateHostCall(method, args, 'posix');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(['unknown-method', 'bad-argument']).toContain(result.error.code);
      expect(result.error.detail.length).toBeGreaterThan(5);
    }
  });

  it('says which argument was refused, and a refused method is a code of its own', () => {
    expect(validateHostCall('createProject', ['/tmp/x.tablee', 't'.repeat(301)], 'posix')).toEqual({ ok: false, error: { code: 'bad-argument', detail: expect.stringMatching(/^createProject argument 1: /) } });
    expect(validateHostCall('writeExport', [{ path: '/a.png', data: 'AAAA', overwrite: 'yes' }], 'posix')).toEqual({ ok: false, error: { code: 'bad-argument', detail: expect.stringMatching(/^writeExport argument 0\.overwrite: /) } });
    expect(validateHostCall('deleteEverything', [], 'posix')).toEqual({ ok: false, error: { code: 'unknown-method', detail: expect.stringContaining('deleteEverything') } });
    for (const inherited of ['constructor', 'toString', 'hasOwnProperty']) expect(validateHostCall(inherited, [], 'posix').ok, inherited).toBe(false);
  });
});

describe('room methods', () => {
  it('have validators, and check their options', () => {
    expect(METHOD_NAMES.filter((m) => METHODS[m].group === 'room').sort()).toEqual(['closeRoom', 'endRoomAccess', 'openRoom', 'roomStatus']);
    // A person's id as RoomStatus.people gives it, and nothing else.
    expect(validateHostCall('endRoomAccess', ['a1b2c3d4e5f60718'], 'posix').ok).toBe(true);
    for (const bad of [[], [''], ['A1B2'], ['a1b2', 'x'], [12]]) expect(validateHostCall('endRoomAccess', bad, 'posix').ok, JSON.stringify(bad)).toBe(false);
    expect(validateHostCall('openRoom', [{ password: 'tarte', bind: '192.168.1.20' }], 'posix').ok).toBe(true);
    expect(validateHostCall('openRoom', [{ password: null, bind: null }], 'posix').ok).toBe(true);
    expect(validateHostCall('closeRoom', [], 'posix').ok).toBe(true);
    expect(validateHostCall('roomStatus', [], 'posix').ok).toBe(true);
    for (const bad of [[], [{ password: '' , bind: null }], [{ password: 'a\nb', bind: null }], [{ password: null, bind: 'evil.example' }], [{ password: null }], [{ password: null, bind: null, port: 1 }]]) {
      expect(validateHostCall('openRoom', bad, 'posix').ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('paths must be absolute', () => {
  /** Every method that takes a path, with `p` where the path goes. */
  const calls: [string, (p: string) => unknown[]][] = [
    ['openProject', (p) => [p]],
    ['createProject', (p) => [p, 'Atelier']],
    ['saveProjectAs', (p) => [p]],
    ['restoreBackup', (p) => [p]],
    ['pushUpdate', (p) => ['AAEC', p]],
    ['writeExport', (p) => [{ path: p, data: 'AAEC', overwrite: false }]],
    ['exportArchive', (p) => [{ path: p, anonymised: true, overwrite: false, lang: 'fr' }]],
  ];

  it.each(calls)('%s refuses a relative path on this machine and on Windows, saying what an absolute one looks like', (method, args) => {
    for (const relative of ['atelier.tablee', './atelier.tablee', '../atelier.tablee', 'exports/restitution.md', '~/atelier.tablee']) {
      const posix = validateHostCall(method, args(relative), 'posix');
      expect(posix, relative).toEqual({ ok: false, error: { code: 'not-absolute', detail: expect.stringMatching(new RegExp(`^${method} argument .*path is not absolute \\(it must start with /\\)$`)) } });
      const win = validateHostCall(method, args(relative), 'win32');
      expect(win, relative).toEqual({ ok: false, error: { code: 'not-absolute', detail: expect.stringMatching(/path is not absolute \(it must start with a drive such as C:\\ or a share/) } });
    }
  });

  it.each(calls)('%s takes an absolute path as the HOST machine writes it', (method, args) => {
    expect(validateHostCall(method, args('/home/anne/atelier.tablee'), 'posix').ok).toBe(true);
    expect(validateHostCall(method, args('C:\\Users\\anne\\atelier.tablee'), 'win32').ok).toBe(true);
    expect(validateHostCall(method, args('\\\\nas\\partage\\atelier.tablee'), 'win32').ok).toBe(true);
    // A Windows path on a POSIX machine would be a file named "C:\Users…" in the HOST's current folder.
    expect(validateHostCall(method, args('C:\\Users\\anne\\atelier.tablee'), 'posix').ok).toBe(false);
  });

  it.each(calls)('%s refuses a NUL byte, even in an absolute path', (method, args) => {
    expect(validateHostCall(method, args('/home/anne/a\0.tablee'), 'posix')).toEqual({ ok: false, error: { code: 'bad-argument', detail: expect.stringMatching(/NUL byte/) } });
    expect(validateHostCall(method, args('C:\\a\0.tablee'), 'win32')).toEqual({ ok: false, error: { code: 'bad-argument', detail: expect.stringMatching(/NUL byte/) } });
  });

  it('reads Windows paths as Windows does, minus those that hang on a current drive or folder', () => {
    expect(['C:\\x', 'c:/x', '\\\\server\\share\\x', '//server/share/x', '\\\\?\\C:\\x'].every((p) => isAbsolutePath(p, 'win32'))).toBe(true);
    expect(['C:x', '\\x', '/x', 'x', '.\\x', ''].some((p) => isAbsolutePath(p, 'win32'))).toBe(false);
    expect(['/', '/x'].every((p) => isAbsolutePath(p, 'posix'))).toBe(true);
    expect(['x', './x', '', ' /x'].some((p) => isAbsolutePath(p, 'posix'))).toBe(false);
    expect(pathStyleOf('win32')).toBe('win32');
    expect(pathStyleOf('linux')).toBe('posix');
    expect(pathStyleOf('darwin')).toBe('posix');
  });
});
