import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readItems } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { readAsset } from '@shared/residency/assets';
import { readInterviews, readQuotes } from '@shared/residency/doc';
import { buildArchive, writeArchive, type ArchiveInput } from '../../../electron/host/export/archive';
import { FIXTURE } from '../../fixtures/export/fixture-doc';
import { PNG_BYTES, writeFixtureProject } from '../../fixtures/export/fixture-project';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const NOW = new Date('2025-04-01T10:00:00Z');
const META = { title: 'Fixture', createdAt: '2025-03-01T00:00:00.000Z', savedAt: '', app: 'test' };

function input(dir: string, anonymised: boolean): ArchiveInput & { text: string } {
  const { doc, text } = writeFixtureProject(dir);
  return { doc, text, projectBytes: new TextEncoder().encode(text), projectMeta: META, options: { anonymised, lang: 'en' }, now: NOW };
}

describe('project archive', () => {
  it('anonymised: reports, tables, canvas, pictures, README, and a project file rebuilt without names, notes or refused quotes', async () => {
    const archive = await buildArchive(input(tempDir(), true));
    const files = unzipSync(archive.bytes);
    expect(Object.keys(files)).toEqual(['project.tablee', 'report.md', 'report.html', 'quotes.csv', 'interviews.csv', 'board.canvas', 'images/asset_photo-1.png', 'README.txt']);
    expect(files['images/asset_photo-1.png']).toEqual(PNG_BYTES);
    const readme = strFromU8(files['README.txt'] as Uint8Array);
    expect(readme).toContain('Anonymised: people are named by their profile');
    expect(readme).toContain('2 quotes were left out');
    expect(readme).toContain('images/  — the pictures of the board (1)');
    expect(strFromU8(files['report.md'] as Uint8Array)).toContain('## Proposals');
    expect(archive.quotesLeftOut).toBe(2);

    const loaded = loadProjectText(strFromU8(files['project.tablee'] as Uint8Array));
    if (!loaded.ok) throw new Error(loaded.error.detail);
    const { doc } = loaded.value;
    expect(loaded.value.report.repairs).toEqual([]);
    const interviews = readInterviews(doc);
    expect(interviews).toHaveLength(4);
    expect(interviews.every((i) => i.pseudonym === '' && i.notes === '' && i.transcript === '')).toBe(true);
    expect(interviews.every((i) => /^interview:I\d+$/.test(i.id))).toBe(true);
    expect(readQuotes(doc).map((q) => q.text).sort()).toEqual([FIXTURE.namedQuote, FIXTURE.anonymousQuote, FIXTURE.looseQuote].sort());
    const items = readItems(doc);
    expect(items.filter((i) => i.kind === 'quote')).toHaveLength(3);
    const proposal = items.find((i) => i.kind === 'proposal');
    expect(proposal?.kind === 'proposal' && Object.keys(proposal.quoteLinks)).toHaveLength(1);
    expect(readAsset(doc, 'asset:photo-1')?.bytes).toEqual(PNG_BYTES);
    // Neither the readable copy nor the Yjs state (decoded) holds a name, a refused quote or notes.
    const everything = JSON.stringify(doc.toJSON()) + strFromU8(files['project.tablee'] as Uint8Array);
    for (const secret of [FIXTURE.named, FIXTURE.anonymous, FIXTURE.refused, FIXTURE.withdrawn, FIXTURE.refusedQuote, FIXTURE.withdrawnQuote, FIXTURE.refusedNotes, FIXTURE.namedNotes, FIXTURE.transcriptSecret]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('not anonymised: the project file exactly as it is on disk', async () => {
    const given = input(tempDir(), false);
    const files = unzipSync((await buildArchive(given)).bytes);
    expect(strFromU8(files['project.tablee'] as Uint8Array)).toBe(given.text);
    expect(strFromU8(files['README.txt'] as Uint8Array)).toContain('NOT anonymised');
    expect(strFromU8(files['quotes.csv'] as Uint8Array)).toContain(FIXTURE.named);
    // Even so, the tables and reports never carry a quote the person refused.
    for (const name of ['report.md', 'report.html', 'quotes.csv', 'interviews.csv', 'board.canvas']) {
      expect(strFromU8(files[name] as Uint8Array)).not.toContain(FIXTURE.refusedQuote);
    }
  });

  it('is the same archive for the same board', async () => {
    const dir = tempDir();
    const a = await buildArchive(input(dir, true));
    const b = await buildArchive(input(dir, true));
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('reports progress part by part, and a cancel writes nothing', async () => {
    const dir = tempDir();
    const seen: string[] = [];
    const controller = new AbortController();
    const given = {
      ...input(dir, true),
      signal: controller.signal,
      onProgress: (done: number, total: number, part: string) => {
        seen.push(`${done}/${total} ${part}`);
        if (done === 3) controller.abort();
      },
    };
    await expect(writeArchive(join(dir, 'out.zip'), given)).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['1/8 project.tablee', '2/8 report.md', '3/8 report.html']);
    expect(readdirSync(dir)).toEqual(['fixture.tablee']);
  });

  it('a folder that cannot be written: a clear error and no file, not even a temporary one', async () => {
    if (process.getuid?.() === 0) {
      // root writes through permissions; use a path under a file instead, which no one can create.
      const dir = tempDir();
      const given = input(dir, true);
      await expect(writeArchive(join(dir, 'fixture.tablee', 'out.zip'), given)).rejects.toMatchObject({ code: 'ENOTDIR' });
      expect(readdirSync(dir)).toEqual(['fixture.tablee']);
      return;
    }
    const dir = tempDir();
    const given = input(dir, true);
    chmodSync(dir, 0o500);
    try {
      await expect(writeArchive(join(dir, 'out.zip'), given)).rejects.toMatchObject({ code: 'EACCES' });
      expect(readdirSync(dir)).toEqual(['fixture.tablee']);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('writes the archive whole', async () => {
    const dir = tempDir();
    const result = await writeArchive(join(dir, 'out.zip'), input(dir, true));
    expect(new Uint8Array(readFileSync(join(dir, 'out.zip')))).toEqual(result.bytes);
  });
});
