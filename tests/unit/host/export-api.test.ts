import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createExportApi } from '../../../electron/host/export-api';
import { createHostCore } from '../../../electron/host/host-core';
import { HostError } from '../../../electron/host/errors';
import { mountTinyDisk, useTempDir } from './helpers';

const tempDir = useTempDir();
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The error code a failed call ends with. */
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HostError) return e.code;
    throw e;
  }
  throw new Error('the call did not fail');
}

function api(project: string | null = null, buildArchive: ((a: boolean, lang: 'fr' | 'en') => Promise<Uint8Array>) | null = null) {
  return createExportApi({ projectPath: () => project, buildArchive });
}

describe('writeExport', () => {
  it('writes the bytes and leaves no temp file', async () => {
    const dir = tempDir();
    const path = join(dir, 'tableau.svg');
    const written = await api().writeExport({ path, data: b64('<svg>é</svg>'), overwrite: false });
    expect(written).toEqual({ path, bytes: Buffer.byteLength('<svg>é</svg>') });
    expect(readFileSync(path, 'utf8')).toBe('<svg>é</svg>');
    expect(readdirSync(dir)).toEqual(['tableau.svg']);
  });

  it('an existing file is kept unless overwrite is asked for', async () => {
    const dir = tempDir();
    const path = join(dir, 'tableau.png');
    writeFileSync(path, 'old');
    expect(await codeOf(api().writeExport({ path, data: b64('new'), overwrite: false }))).toBe('exists');
    expect(readFileSync(path, 'utf8')).toBe('old');
    await api().writeExport({ path, data: b64('new'), overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('never writes over the open project, even when asked to overwrite, nor through a link to it', async () => {
    const dir = tempDir();
    const project = join(dir, 'residence.tablee');
    writeFileSync(project, '{"format":"tablee"}');
    expect(await codeOf(api(project).writeExport({ path: project, data: b64('png'), overwrite: true }))).toBe('is-project');
    const link = join(dir, 'lien.png');
    symlinkSync(project, link);
    expect(await codeOf(api(project).writeExport({ path: link, data: b64('png'), overwrite: true }))).toBe('is-project');
    expect(readFileSync(project, 'utf8')).toBe('{"format":"tablee"}');
  });

  it('a folder that does not exist, or a folder as the target, is a clear error', async () => {
    const dir = tempDir();
    expect(await codeOf(api().writeExport({ path: join(dir, 'nope', 'a.pdf'), data: b64('x'), overwrite: false }))).toBe('not-found');
    mkdirSync(join(dir, 'a.pdf'));
    expect(await codeOf(api().writeExport({ path: join(dir, 'a.pdf'), data: b64('x'), overwrite: true }))).toBe('is-directory');
  });

  it('the HOST has no native dialog: pickExportPath answers null', async () => {
    await expect(api().pickExportPath({ suggestedName: 'a.png', extension: 'png' })).resolves.toBeNull();
  });
});

describe('exportArchive', () => {
  it('writes what the archive builder made, with the anonymised flag passed through', async () => {
    const dir = tempDir();
    const calls: boolean[] = [];
    const a = api(join(dir, 'p.tablee'), async (anonymised) => {
      calls.push(anonymised);
      return new Uint8Array([80, 75, 3, 4]);
    });
    const path = join(dir, 'remise.zip');
    await expect(a.exportArchive({ path, anonymised: true, overwrite: false, lang: 'fr' })).resolves.toEqual({ path, bytes: 4 });
    expect(calls).toEqual([true]);
    expect([...readFileSync(path)]).toEqual([80, 75, 3, 4]);
  });

  it('refuses a bad target before building anything', async () => {
    const dir = tempDir();
    let built = 0;
    const a = api(join(dir, 'p.tablee'), async () => {
      built++;
      return new Uint8Array(1);
    });
    writeFileSync(join(dir, 'remise.zip'), 'old');
    expect(await codeOf(a.exportArchive({ path: join(dir, 'remise.zip'), anonymised: true, overwrite: false, lang: 'fr' }))).toBe('exists');
    expect(built).toBe(0);
  });
});

describe('through the host core', () => {
  it('host.call routes the export methods and refuses the open project file', async () => {
    const dir = tempDir();
    const project = join(dir, 'atelier.tablee');
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: project });
    try {
      const out = join(dir, 'board.svg');
      await host.call('writeExport', [{ path: out, data: b64('<svg/>'), overwrite: false }]);
      expect(readFileSync(out, 'utf8')).toBe('<svg/>');
      const before = readFileSync(project, 'utf8');
      expect(await codeOf(host.call('writeExport', [{ path: project, data: b64('x'), overwrite: true }]))).toBe('is-project');
      expect(readFileSync(project, 'utf8')).toBe(before);
    } finally {
      await host.close();
    }
  });
});

describe('the archive through the host core (sample residency)', () => {
  it('is written where asked, holds the project and the report, and anonymised it names nobody', async () => {
    const dir = tempDir();
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser' });
    try {
      const out = join(dir, 'remise.zip');
      const written = await host.api.exportArchive({ path: out, anonymised: true, overwrite: false, lang: 'fr' });
      expect(written.path).toBe(out);
      const files = unzipSync(readFileSync(out));
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['project.tablee', 'report.md', 'quotes.csv']));
      const text = Object.entries(files)
        .filter(([name]) => !/\.(png|jpe?g|webp)$/.test(name))
        .map(([, bytes]) => new TextDecoder().decode(bytes))
        .join('\n');
      const sample = JSON.parse(new TextDecoder().decode(files['project.tablee'])) as { snapshot: { interviews: unknown[] } };
      expect(Array.isArray(sample.snapshot.interviews)).toBe(true);
      const { readFileSync: read } = await import('node:fs');
      const original = JSON.parse(read(join(dir, 'data', 'projects', 'residence-exemple.tablee'), 'utf8')) as { snapshot: { interviews: { pseudonym: string }[] } };
      const pseudonyms = original.snapshot.interviews.map((i) => i.pseudonym.trim()).filter(Boolean);
      expect(pseudonyms.length).toBeGreaterThan(0);
      for (const p of pseudonyms) expect(text, p).not.toContain(p);
    } finally {
      await host.close();
    }
  });
});


describe('full or read-only disk', () => {
  it('read-only: a clear code, the old file kept; full: a clear code, no half-written file', async (ctx) => {
    const dir = tempDir();
    const { disk, readOnly, unmount } = mountTinyDisk(ctx, dir, '256k');
    try {
      const path = join(disk, 'tableau.png');
      await api().writeExport({ path, data: b64('good'), overwrite: false });
      readOnly(true);
      expect(await codeOf(api().writeExport({ path, data: b64('new'), overwrite: true }))).toBe('read-only');
      expect(readFileSync(path, 'utf8')).toBe('good');
      readOnly(false);

      const big = Buffer.alloc(400 * 1024, 7).toString('base64');
      expect(await codeOf(api().writeExport({ path, data: big, overwrite: true }))).toBe('disk-full');
      expect(readFileSync(path, 'utf8')).toBe('good');
      expect(readdirSync(disk)).toEqual(['tableau.png']);
    } finally {
      unmount();
    }
  });
});
