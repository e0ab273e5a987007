/**
 * Versions on big boards:
 *   npx tsx tests/bench/versions.bench.ts [--cards 1000,10000,50000]
 * For each size, a generated board: the HOST saves it as a version (time, bytes), reads it back
 * through the load pipeline (time), and the page computes what changed since (a hundred cards
 * moved, reworded or deleted) and restores the whole board (times). Prints one JSON document on
 * stdout, progress on stderr. Not a test: it never fails on a figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { deleteItems, updateItem } from '../../shared/board/commands';
import { itemsOf } from '../../shared/board/doc';
import { diffVersion } from '../../shared/versions/diff';
import { restoreVersion } from '../../shared/versions/restore';
import { readVersion, saveVersion } from '../../electron/host/versions';
import { generateBoard } from './generate-board';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '1000,10000,50000' } } });
const SIZES = values.cards.split(',').map(Number);
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: Math.round(performance.now() - start), value };
}

const results = [];
for (const cards of SIZES) {
  log(`${cards} cards`);
  const dataDir = mkdtempSync(join(os.tmpdir(), 'tablee-versions-bench-'));
  try {
    const live = generateBoard(cards);
    const project = join(dataDir, 'bench.tablee');
    const save = await timed(() => saveVersion(dataDir, project, { doc: live, title: 'bench', appName: 'Tablée', name: 'bench', by: '', auto: false }));
    const read = await timed(() => readVersion(dataDir, project, save.value.id));
    const version = read.value.doc;
    const ids = [...itemsOf(live).keys()].slice(0, 300);
    deleteItems(live, ids.slice(0, 100));
    for (const id of ids.slice(100, 200)) updateItem(live, id, { x: 5000, y: 5000 });
    for (const id of ids.slice(200, 300)) updateItem(live, id, { text: 'changé' });
    const diff = await timed(() => diffVersion(version, live));
    const restore = await timed(() => restoreVersion(live, version));
    const update = Y.encodeStateAsUpdate(live).length;
    results.push({ cards, saveMs: save.ms, versionBytes: save.value.bytes, readMs: read.ms, diffMs: diff.ms, restoreMs: restore.ms, docBytesAfter: update });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
process.stdout.write(JSON.stringify({ bench: 'versions', node: process.version, cpus: os.cpus().length, results }, null, 2) + '\n');
