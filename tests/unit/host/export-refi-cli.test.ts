import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQdpx } from '@shared/export/refi-qda/refi-import';
import { useTempDir } from './helpers';

const REPO = resolve(import.meta.dirname, '../../..');
const SAMPLE = join(REPO, 'resources', 'sample', 'residence-exemple.tablee');
const tempDir = useTempDir();

/** Runs the real command, as `npm run export --` does (tsx on the entry file). */
function exportCommand(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'electron', 'host', 'export', 'cli.ts'), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((done) => proc.once('close', (code) => done({ code, stdout, stderr })));
}

describe('npm run export -- PROJECT --format qdpx|qdc (REFI-QDA)', () => {
  it('writes a .qdpx of the sample that the importer reads back, anonymised, and a .qdc codebook', async () => {
    const dir = tempDir();
    const project = join(dir, 'sample.tablee');
    copyFileSync(SAMPLE, project);
    const before = readFileSync(project);
    const out = join(dir, 'sample.qdpx');
    const r = await exportCommand([project, '--format', 'qdpx', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Tablée: wrote ${out}: REFI-QDA project, anonymised; 1 quote left out (not to be quoted)\n`);
    const read = readQdpx(new Uint8Array(readFileSync(out)));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.project.sources.length).toBeGreaterThan(0);
    expect(read.project.sources.some((s) => s.selections.length > 0)).toBe(true);
    expect(read.project.codes.map((c) => c.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^Thème 1/)]));
    expect(readFileSync(project).equals(before)).toBe(true);

    const codebook = join(dir, 'sample.qdc');
    const c = await exportCommand([project, '--format', 'qdc', '--out', codebook]);
    expect(c.code).toBe(0);
    expect(readFileSync(codebook, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/);
  }, 60_000);

  it('says qdpx and qdc in its usage and refuses an unknown format', async () => {
    const r = await exportCommand(['x.tablee', '--format', 'qdx', '--out', 'y']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "qdx": one of md, html, csv, canvas, archive, qdpx, qdc');
  }, 60_000);
});
