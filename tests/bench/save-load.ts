import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { buildProjectFile } from '../../shared/project-file/build';
import { loadProjectText } from '../../shared/project-file/load';
import { writeFileAtomic } from '../../electron/host/atomic-write';
import { REPO } from '../e2e/harness';
import { tempDir } from '../helpers/temp-dirs';

/** How many times each figure is measured; the median is printed. */
export const RUNS = 5;
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Milliseconds since `t0`, to a tenth. */
export const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

/** The sample residency's project file, as shipped. */
export const SAMPLE_PATH = join(REPO, 'resources', 'sample', 'residence-exemple.tablee');

/** The sample residency's board, freshly loaded (each call a new doc). */
export function loadSample(): Y.Doc {
  const sample = loadProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
  if (!sample.ok) throw new Error('sample does not load');
  return sample.value.doc;
}

/**
 * Saving and loading `doc` as the HOST does, RUNS times each: build the file's text (indent 1, as
 * lowdb writes it), write it atomically with fsync at `path`, read and load it back. Medians in ms.
 */
export async function saveLoadFigures(doc: Y.Doc, path: string, title: string): Promise<{ build: number; write: number; load: number; fileBytes: number; yjsStateBytes: number }> {
  const meta = { title, createdAt: '', savedAt: '', app: 'bench' };
  const build: number[] = [];
  const write: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    const text = JSON.stringify(buildProjectFile(doc, meta, []), null, 1);
    build.push(ms(t0));
    t0 = performance.now();
    await writeFileAtomic(path, text);
    write.push(ms(t0));
    t0 = performance.now();
    const loaded = loadProjectText(readFileSync(path, 'utf8'));
    load.push(ms(t0));
    if (!loaded.ok) throw new Error(loaded.error.code);
  }
  return { build: median(build), write: median(write), load: median(load), fileBytes: statSync(path).size, yjsStateBytes: Y.encodeStateAsUpdate(doc).length };
}

/** Runs `body` in a temporary folder, removed afterwards whatever happens. */
export async function inTempDir<T>(prefix: string, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = tempDir(prefix);
  try {
    return await body(dir.path);
  } finally {
    dir.remove();
  }
}
