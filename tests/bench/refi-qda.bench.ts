/**
 * REFI-QDA figures: export (.qdpx) and import (read + write to a new board) of a generated
 * project, by default 200 interviews of 5,000 words and 2,000 quotes in 10 themes.
 *   npx tsx tests/bench/refi-qda.bench.ts [INTERVIEWS WORDS QUOTES]   # prints one JSON document
 * Not a test: never fails on a timing.
 */
import { cpus, loadavg } from 'node:os';
import * as Y from 'yjs';
import { itemsOf, writeItem } from '../../shared/board/doc';
import { applyRefiImport } from '../../shared/export/refi-qda/refi-apply';
import { qdpx } from '../../shared/export/refi-qda/refi-export';
import { readQdpx } from '../../shared/export/refi-qda/refi-import';
import { interviewsOf, quotesOf, writeRecord } from '../../shared/residency/doc';

const [interviews = 200, words = 5000, quotes = 2000] = process.argv.slice(2).map(Number);
const WORDS = ['la', 'médiathèque', 'ouvre', 'tard', 'on', 's’y', 'retrouve', 'café', 'été', 'quartier', 'banc', '😀', 'jardin', 'voisins', 'l’école'];

function generate(): Y.Doc {
  const doc = new Y.Doc();
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const transcripts: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < interviews; i++) {
      const text = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
      transcripts.push(text);
      writeRecord(interviewsOf(doc), { id: `interview:${i}`, date: '2025-03-04', place: 'Le Grenier', kind: 'one-to-one', role: 'user', ageBand: '26-40', pseudonym: `P${i}`, consent: 'anonymous', notes: '', transcript: text });
    }
    for (let t = 0; t < 10; t++) writeItem(itemsOf(doc), { id: `frame:${t}`, kind: 'frame', title: `Thème ${t}`, color: 'violet', mark: 'none', x: t * 5000, y: 0, w: 4800, h: 40_000, z: 0, parentId: null, tags: [] });
    for (let q = 0; q < quotes; q++) {
      const i = q % interviews;
      const all = (transcripts[i] as string).split(' ');
      const from = Math.floor(next() * (all.length - 30));
      writeRecord(quotesOf(doc), { id: `quote:${q}`, interviewId: `interview:${i}`, text: all.slice(from, from + 25).join(' ') });
      const t = q % 10;
      writeItem(itemsOf(doc), { id: `card:${q}`, kind: 'quote', quoteId: `quote:${q}`, x: t * 5000 + 20, y: 20 + Math.floor(q / 10) * 200, w: 240, h: 160, z: 1, parentId: `frame:${t}`, tags: [] });
    }
  });
  return doc;
}

const doc = generate();
let t0 = performance.now();
const bytes = qdpx(doc, { anonymised: true, lang: 'fr' });
const exportMs = performance.now() - t0;
t0 = performance.now();
const read = readQdpx(bytes);
const readMs = performance.now() - t0;
if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
t0 = performance.now();
const applied = applyRefiImport(new Y.Doc(), read.project, { origin: 'bench', title: 'Importé' });
const applyMs = performance.now() - t0;
process.stdout.write(
  `${JSON.stringify(
    {
      bench: 'refi-qda',
      machine: { cpus: cpus().length, load: loadavg()[0] },
      project: { interviews, wordsPerInterview: words, quotes },
      export: { ms: Math.round(exportMs), qdpxBytes: bytes.byteLength },
      import: { readMs: Math.round(readMs), applyMs: Math.round(applyMs), interviews: applied.interviews, quotes: applied.quotes },
    },
    null,
    2,
  )}\n`,
);
