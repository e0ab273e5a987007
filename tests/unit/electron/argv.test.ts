import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPathFromArgv } from '../../../electron/main/argv';

const exists = (...paths: string[]) => (p: string) => paths.map((x) => resolve(x)).includes(p);

describe('projectPathFromArgv', () => {
  it('returns the absolute path of an existing .tablee argument', () => {
    expect(projectPathFromArgv(['/usr/bin/tablee', '/home/u/a.tablee'], { isFile: exists('/home/u/a.tablee') })).toBe(resolve('/home/u/a.tablee'));
  });

  it('resolves relative paths against the given working directory', () => {
    expect(projectPathFromArgv(['tablee', 'b.TABLEE'], { cwd: '/home/anne', isFile: exists('/home/anne/b.TABLEE') })).toBe(resolve('/home/anne/b.TABLEE'));
  });

  it('skips the executable, switches, the dev app path and other files', () => {
    const isFile = exists('/x.tablee', '/notes.txt', '--flag.tablee');
    expect(projectPathFromArgv(['/x.tablee'], { isFile })).toBeUndefined();
    expect(projectPathFromArgv(['electron', '.', '--allow-file-access-from-files', '--flag.tablee', '/notes.txt'], { isFile })).toBeUndefined();
    expect(projectPathFromArgv(['electron', '.', '--no-sandbox', '/x.tablee'], { isFile })).toBe(resolve('/x.tablee'));
  });

  it('ignores .tablee paths that do not exist, or are absurd', () => {
    expect(projectPathFromArgv(['tablee', '/missing.tablee'], { isFile: () => false })).toBeUndefined();
    expect(projectPathFromArgv(['tablee', '/a\0.tablee'], { isFile: () => true })).toBeUndefined();
    expect(projectPathFromArgv(['tablee', `/${'a'.repeat(5000)}.tablee`], { isFile: () => true })).toBeUndefined();
    expect(projectPathFromArgv(['tablee', '/a.tablee.exe'], { isFile: () => true })).toBeUndefined();
  });

  it('by default checks the disk (a directory named x.tablee is not a project)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tablee-argv-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'folder.tablee'));
    writeFileSync(join(dir, 'real.tablee'), '{}');
    expect(projectPathFromArgv(['tablee', join(dir, 'missing.tablee')])).toBeUndefined();
    expect(projectPathFromArgv(['tablee', join(dir, 'folder.tablee')])).toBeUndefined();
    expect(projectPathFromArgv(['tablee', 'real.tablee'], { cwd: dir })).toBe(join(dir, 'real.tablee'));
  });
});
