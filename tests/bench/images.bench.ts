/**
 * Pictures in the project file: what they cost the autosave (build the file, write it with
 * fsync) and the load, for the sample residency (3 small drawings) and for boards with 20 and
 * 100 photos at the size cap (the worst case: JPEG bytes do not compress).
 *   npx tsx tests/bench/images.bench.ts
 * Prints one JSON document. Not a test: it never fails on a timing.
 */
import { join } from 'node:path';
import * as Y from 'yjs';
import { assetsOf, MAX_ASSET_BYTES, type AssetRecord } from '../../shared/residency/assets';
import { addImages } from '../../shared/residency/image-commands';
import { installFastBase64 } from '../../electron/host/fast-base64';
import { inTempDir, loadSample, RUNS, saveLoadFigures } from './save-load';

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
  // As the HOST writes it (lowdb through the durable adapter, indent 1).
  const f = await saveLoadFigures(doc, join(dir, `${name}.tablee`), name);
  return {
    pictures: assetsOf(doc).size,
    autosave_build_ms: { median: f.build, unit: 'ms', what: 'Yjs state + readable snapshot (pictures as base64 in both) + JSON text' },
    autosave_write_ms: { median: f.write, unit: 'ms', what: 'atomic write with fsync' },
    load_ms: { median: f.load, unit: 'ms', what: 'parse + migrate + validate + repair' },
    file_bytes: { value: f.fileBytes, unit: 'bytes' },
    yjs_state_bytes: { value: f.yjsStateBytes, unit: 'bytes' },
  };
}

async function main(): Promise<void> {
  installFastBase64();
  await inTempDir('tablee-bench-images-', async (dir) => {
    const out: Record<string, unknown> = { runs: RUNS, cap_bytes: MAX_ASSET_BYTES, sample: await figures('sample', loadSample(), dir) };
    for (const n of [20, 100]) {
      const doc = loadSample();
      for (let i = 0; i < n; i += 10) {
        const batch = Array.from({ length: Math.min(10, n - i) }, (_, k) => ({ asset: capPhoto(i + k + 1), alt: `photo ${i + k + 1}` }));
        addImages(doc, batch, { x: 5000 + i * 40, y: 3000 });
      }
      out[`sample_plus_${n}_cap_photos`] = await figures(`photos-${n}`, doc, dir);
    }
    console.log(JSON.stringify(out, null, 1));
  });
}

await main();
