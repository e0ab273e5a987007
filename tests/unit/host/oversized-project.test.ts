import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseExportArgs } from '../../../electron/host/export/export-args';
import { runExport } from '../../../electron/host/export/run-export';
import { createHostCore } from '../../../electron/host/host-core';
import { bytesToBase64 } from '@shared/base64';
import { newBoardDoc } from '@shared/project-file/build';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

/** A project file with good board data, whose readable copy nests `levels` arrays. */
function deepProject(dir: string, levels: number): string {
  const path = join(dir, 'profond.tablee');
  const state = bytesToBase64(Y.encodeStateAsUpdateV2(newBoardDoc('x', '')));
  const head = `{"format":"tablee","formatVersion":2,"schemaVersion":4,"meta":{"title":"x","createdAt":"","savedAt":"","app":"t"},"yjsState":"${state}","yjsEncoding":"v2","history":[],"snapshot":{"items":[`;
  writeFileSync(path, head + '['.repeat(levels) + ']'.repeat(levels) + ']}}');
  return path;
}

describe('a project file no Tablée writes (nested 10,000 levels deep)', () => {
  it('the export command says why in one line, and writes nothing', async () => {
    const dir = tempDir();
    const path = deepProject(dir, 10_000);
    const parsed = parseExportArgs([path, '--format', 'md', '--out', join(dir, 'r.md')]);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await runExport(parsed.value)).toEqual({
      ok: false,
      error: `cannot export ${path}: the file is too large to be a Tablée project (the readable copy is nested more than 16 levels deep). The file was left untouched.`,
    });
  });

  it('the HOST reports it as a failure to open, and leaves the file as it was', async () => {
    const dir = tempDir();
    const path = deepProject(dir, 10_000);
    const before = readFileSync(path, 'utf8');
    const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: path });
    const session = await host.api.getSession();
    expect(session.project).toBeNull();
    expect(session.failure).toMatchObject({ path, error: { code: 'too-large' } });
    await host.close();
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
