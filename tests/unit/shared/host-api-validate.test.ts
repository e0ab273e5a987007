import { describe, expect, it } from 'vitest';
import { HOST_METHODS, ROOM_METHODS } from '@shared/host-api/contract';
import { hostArgSchemas, roomArgSchemas, validateHostCall } from '@shared/host-api/validate';

describe('HostApi argument validation', () => {
  it('has a validator for every method of the contract, and no other', () => {
    expect(Object.keys(hostArgSchemas).sort()).toEqual([...HOST_METHODS].sort());
  });

  it.each([
    ['getSession', []],
    ['pushUpdate', ['AAEC']],
    ['pushUpdate', ['AAEC', '/home/anne/atelier.tablee']],
    ['flush', []],
    ['openProject', ['/home/anne/résidence.tablee']],
    ['createProject', ['C:\\Users\\anne\\atelier.tablee', 'Atelier']],
    ['saveProjectAs', ['/tmp/x.tablee']],
    ['listRecent', []],
    ['listBackups', []],
    ['restoreBackup', ['/data/backups/x/2026.tablee']],
  ])('accepts %s(%j)', (method, args) => {
    expect(validateHostCall(method, args)).toMatchObject({ ok: true, value: { method } });
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
    const result = validateHostCall(method, args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
  });
});

describe('room methods', () => {
  it('have validators, and check their options', () => {
    expect(Object.keys(roomArgSchemas).sort()).toEqual([...ROOM_METHODS].sort());
    expect(validateHostCall('openRoom', [{ password: 'tarte', bind: '192.168.1.20' }]).ok).toBe(true);
    expect(validateHostCall('openRoom', [{ password: null, bind: null }]).ok).toBe(true);
    expect(validateHostCall('closeRoom', []).ok).toBe(true);
    expect(validateHostCall('roomStatus', []).ok).toBe(true);
    for (const bad of [[], [{ password: '' , bind: null }], [{ password: 'a\nb', bind: null }], [{ password: null, bind: 'evil.example' }], [{ password: null }], [{ password: null, bind: null, port: 1 }]]) {
      expect(validateHostCall('openRoom', bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});
