/**
 * Pictures in the project file: what they cost the autosave (build the file, write it with
 * fsync) and the load, for the sample residency (3 small drawings) and for boards with 20 and
 * 100 photos at the size cap (the worst case: JPEG bytes do not compress).
 *   npx tsx tests/bench/images.bench.ts
 * Prints one JSON document. Not a test: it never fails on a timing.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { buildProjectFile } from '../../shared/project-file/build';
import { loadProjectText } from '../../shared/project-file/load';
import { assetsOf, MAX_ASSET_BYTES, type AssetRecord } from '../../shared/residency/assets';
import { addImages } from '../../shared/residency/image-commands';
import { writeFileAtomic } from '../../electron/host/atomic-write';
import { installFastBase64 } from '../../electron/host/fast-base64';
import { REPO } from '../e2e/harness';

const RUNS = 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

/** A "photo" at the cap: a JPEG signature then bytes that do not compress, like a real JPEG's. */
function capPhoto(seed: number): AssetRecord {
  const bytes = new Uint8Array(MAX_ASSET_BYTES - 64);
  let s = seed * 2654435761;
  for (let i = 0; i < bytes.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    bytes[i] = s >>> 24;
  }
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return { mime: 'image/jpeg', bytes, width: 1600, height: 1200 };
}

async function figures(name: string, doc: Y.Doc, dir: string) {
  const path = join(dir, `${name}.tablee`);
  const meta = { title: name, createdAt: '', savedAt: '', app: 'bench' };
  const build: number[] = [];
  const write: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    // As the HOST writes it (lowdb through the durable adapter, indent 1).
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
  return {
    pictures: assetsOf(doc).size,
    autosave_build_ms: { median: median(build), unit: 'ms', what: 'Yjs state + readable snapshot (pictures as base64 in both) + JSON text' },
    autosave_write_ms: { median: median(write), unit: 'ms', what: 'atomic write with fsync' },
    load_ms: { median: median(load), unit: 'ms', what: 'parse + migrate + validate + repair' },
    file_bytes: { value: statSync(path).size, unit: 'bytes' },
    yjs_state_bytes: { value: Y.encodeStateAsUpdate(doc).length, unit: 'bytes' },
  };
}

async function main(): Promise<void> {
  installFastBase64();
  const dir = mkdtempSync(join(tmpdir(), 'tablee-bench-images-'));
  try {
    const sample = loadProjectText(readFileSync(join(REPO, 'resources', 'sample', 'residence-exemple.tablee'), 'utf8'));
    if (!sample.ok) throw new Error('sample does not load');
    const out: Record<string, unknown> = { runs: RUNS, cap_bytes: MAX_ASSET_BYTES, sample: await figures('sample', sample.value.doc, dir) };
    for (const n of [20, 100]) {
      const doc = loadProjectText(readFileSync(join(REPO, 'resources', 'sample', 'residence-exemple.tablee'), 'utf8'));
      if (!doc.ok) throw new Error('sample does not load');
      for (let i = 0; i < n; i += 10) {
        const batch = Array.from({ length: Math.min(10, n - i) }, (_, k) => ({ asset: capPhoto(i + k + 1), alt: `photo ${i + k + 1}` }));
        addImages(doc.value.doc, batch, { x: 5000 + i * 40, y: 3000 });
      }
      out[`sample_plus_${n}_cap_photos`] = await figures(`photos-${n}`, doc.value.doc, dir);
    }
    console.log(JSON.stringify(out, null, 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
