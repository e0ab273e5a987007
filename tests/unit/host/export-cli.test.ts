import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../../electron/host/export/export-args';
import { runExport } from '../../../electron/host/export/run-export';
import { writeFixtureProject } from '../../fixtures/export/fixture-project';
import { useTempDir } from './helpers';

const REPO = resolve(import.meta.dirname, '../../..');
const SAMPLE = join(REPO, 'resources', 'sample', 'residence-exemple.tablee');
const tempDir = useTempDir();

/** Runs the real command, as `npm run export --` does (tsx on the entry file). */
function exportCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'electron', 'host', 'export', 'cli.ts'), ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((done) => proc.once('close', (code) => done({ code, stdout, stderr })));
}

describe('npm run export (the real command)', () => {
  it('writes the Markdown report of the sample residency and says what it wrote in one line', async () => {
    const dir = tempDir();
    const project = join(dir, 'sample.tablee');
    copyFileSync(SAMPLE, project);
    const before = readFileSync(project);
    const out = join(dir, 'report.md');
    const r = await exportCommand([project, '--format', 'md', '--out', out, '--lang', 'fr']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Tablée: wrote ${out}: Markdown report, anonymised; 1 quote left out (not to be quoted)\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Résidence — Les lieux solidaires de demain/);
    expect(readFileSync(project).equals(before)).toBe(true);
  }, 60_000);

  it('speaks the project\'s language without --lang, whatever the system speaks; --lang overrides it for one export', async () => {
    const dir = tempDir();
    const project = join(dir, 'sample.tablee');
    copyFileSync(SAMPLE, project);
    const english = { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' };
    const fr = join(dir, 'rapport.md');
    expect((await exportCommand([project, '--format', 'md', '--out', fr], english)).code).toBe(0);
    const report = readFileSync(fr, 'utf8');
    // Kinds, profiles, dates and headings in French: the sample is a French residency.
    expect(report).toMatch(/^#+ .+ — Pépite$/m);
    expect(report).toMatch(/^> — (usager·ère|professionnel·le|bénévole|élu·e)\b/m);
    expect(report).toMatch(/ · \d{1,2} mars 2025$/m);
    expect(report).not.toMatch(/Nugget|elected official|\buser\b|Mar \d+, 2025/);
    const en = join(dir, 'report.md');
    expect((await exportCommand([project, '--format', 'md', '--out', en, '--lang', 'en'], english)).code).toBe(0);
    const inEnglish = readFileSync(en, 'utf8');
    expect(inEnglish).toMatch(/^#+ .+ — Nugget$/m);
    expect(inEnglish).toMatch(/ · Mar \d+, 2025$/m);
    expect(inEnglish).not.toMatch(/^#+ .+ — Pépite$/m);
  }, 60_000);

  it('writes an archive, with progress on stderr', async () => {
    const dir = tempDir();
    const { path } = writeFixtureProject(dir);
    const out = join(dir, 'handover.zip');
    const r = await exportCommand([path, '--format', 'archive', '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Tablée: 1/8 project.tablee');
    expect(r.stderr).toContain('Tablée: 8/8 README.txt');
    expect(r.stdout).toContain('archive (8 files), anonymised; 2 quotes left out');
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(out))))).toContain('board.canvas');
  }, 60_000);

  it('bad input: a clear message, a non-zero exit, nothing written, the project untouched', async () => {
    const dir = tempDir();
    const { path, text } = writeFixtureProject(dir);
    const corrupt = join(dir, 'corrupt.tablee');
    writeFileSync(corrupt, '{"format":"tablee","formatVersion":1,"schemaVersion":1,"yjsState":"AAAA');
    const cases: [string[], number, RegExp][] = [
      [[join(dir, 'missing.tablee'), '--format', 'md', '--out', join(dir, 'a.md')], 1, /cannot export .*missing\.tablee: there is no file at this path/],
      [[corrupt, '--format', 'md', '--out', join(dir, 'b.md')], 1, /cannot export .*corrupt\.tablee: this is not a Tablée project \(not JSON text\)/],
      [[path, '--format', 'pdf', '--out', join(dir, 'c.pdf')], 2, /unknown format "pdf": one of md, html, csv, canvas, archive/],
      [[path, '--format', 'md'], 2, /--out is missing/],
      [[path, '--format', 'md', '--out', path], 1, /is the project itself/],
      [[path, '--format', 'md', '--out', join(dir, 'no-such-folder', 'd.md')], 1, /cannot write .*d\.md: the file could not be written .*ENOENT.*Nothing was written/],
    ];
    for (const [args, code, message] of cases) {
      const r = await exportCommand(args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readFileSync(corrupt, 'utf8')).toMatch(/AAAA$/);
    expect(readdirSync(dir).sort()).toEqual(['corrupt.tablee', 'fixture.tablee']);
  }, 120_000);
});

describe('export command, in process', () => {
  const args = (over: string[]): ReturnType<typeof parseExportArgs> => parseExportArgs(over);

  it('parses its options, anonymised by default, in the project\'s language unless --lang says otherwise', () => {
    const r = args(['p.tablee', '--format', 'csv', '--csv', 'interviews', '--separator', ';', '--out', 'x.csv', '--licence', 'CC BY-SA 4.0', '--lang', 'fr']);
    expect(r).toMatchObject({ ok: true, value: { project: 'p.tablee', format: 'csv', csv: 'interviews', separator: ';', anonymised: true, lang: 'fr', meta: { licence: 'CC BY-SA 4.0' } } });
    expect(args(['p', '--format', 'md', '--out', 'x', '--lang', 'en'])).toMatchObject({ ok: true, value: { lang: 'en' } });
    // Without --lang the project decides, once it is read (run-export).
    expect(args(['p', '--format', 'md', '--out', 'x'])).toMatchObject({ ok: true, value: { lang: null } });
    expect(args(['p', '--format', 'md', '--out', 'x', '--not-anonymised'])).toMatchObject({ ok: true, value: { anonymised: false } });
  });

  it('refuses a bad command line in one line', () => {
    const error = (a: string[]): string | undefined => {
      const r = args(a);
      return r.ok ? undefined : r.error;
    };
    expect(error(['--format', 'md', '--out', 'x'])).toMatch(/which project/);
    expect(error(['a', 'b', '--format', 'md', '--out', 'x'])).toMatch(/one project at a time/);
    expect(error(['p', '--out', 'x'])).toMatch(/--format is missing/);
    expect(error(['p', '--format', 'md', '--out', 'x', '--lang', 'de'])).toMatch(/--lang must be fr or en/);
    expect(error(['p', '--format', 'md', '--out', 'x', '--csv', 'quotes'])).toMatch(/--csv goes with --format csv/);
    expect(error(['p', '--format', 'csv', '--out', 'x', '--separator', '|'])).toMatch(/--separator/);
    expect(error(['p', '--format', 'md', '--out', 'x', '--anonymised'])).toMatch(/Unknown option/);
  });

  it('every format writes its file; a folder or a foreign file is refused', async () => {
    const dir = tempDir();
    const { path } = writeFixtureProject(dir);
    for (const [format, extra, start] of [
      ['md', [], '# Résidence'],
      ['html', [], '<!doctype html>'],
      ['csv', ['--csv', 'interviews'], '\ufeffentretien,date'],
      ['canvas', [], '{\n\t"nodes"'],
    ] as const) {
      const out = join(dir, `out.${format}`);
      const parsed = args([path, '--format', format, ...extra, '--out', out]);
      if (!parsed.ok) throw new Error(parsed.error);
      const r = await runExport(parsed.value);
      expect(r.ok, format).toBe(true);
      expect(readFileSync(out, 'utf8').startsWith(start), format).toBe(true);
    }
    const toFolder = args([path, '--format', 'md', '--out', dir]);
    if (!toFolder.ok) throw new Error(toFolder.error);
    expect(await runExport(toFolder.value)).toMatchObject({ ok: false, error: expect.stringMatching(/is a folder/) });
    const foreign = join(dir, 'package.json');
    writeFileSync(foreign, '{"name":"x"}');
    const notOurs = args([foreign, '--format', 'md', '--out', join(dir, 'z.md')]);
    if (!notOurs.ok) throw new Error(notOurs.error);
    expect(await runExport(notOurs.value)).toMatchObject({ ok: false, error: expect.stringMatching(/this is not a Tablée project/) });
    expect(existsSync(join(dir, 'z.md'))).toBe(false);
  });
});
