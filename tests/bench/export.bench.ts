/**
 * Data export figures (reports, CSV, JSON Canvas, archive) for the sample residency and a
 * generated 10,000-card board with residency material (interviews, quotes, quote cards).
 *   npx tsx tests/bench/export.bench.ts [N …]      # prints one JSON document
 * tests/bench/run.ts adds the same figures to its document. Not a test: never fails on a timing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Y from 'yjs';
import { itemsOf, SYSTEM_ORIGIN, writeItem } from '../../shared/board/doc';
import { interviewsCsv, quotesCsv } from '../../shared/export/csv';
import { readExportModel } from '../../shared/export/export-model';
import { jsonCanvas } from '../../shared/export/json-canvas';
import { parseJsonCanvas } from '../../shared/export/json-canvas-import';
import { reportHtml } from '../../shared/export/report-html';
import { reportMarkdown } from '../../shared/export/report-markdown';
import { buildProjectFile } from '../../shared/project-file/build';
import { loadProjectText } from '../../shared/project-file/load';
import { interviewsOf, quotesOf, writeRecord } from '../../shared/residency/doc';
import { CONSENTS, PROFILE_ROLES } from '../../shared/residency/records';
import { buildArchive } from '../../electron/host/export/archive';
import { parseExportArgs } from '../../electron/host/export/export-args';
import { runExport } from '../../electron/host/export/run-export';
import { generateBoard } from './generate-board';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (x: number): number => Math.round(x * 10) / 10;

async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const runs: number[] = [];
  let value!: T;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    value = await fn();
    runs.push(performance.now() - t0);
  }
  return { ms: round(median(runs)), value };
}

/** A generated board whose last `quotes` cards are quote cards of generated interviews (a third of them "none"). */
function residencyBoard(n: number): Y.Doc {
  const quotes = Math.min(500, Math.floor(n / 20));
  const doc = generateBoard(n - quotes);
  doc.transact(() => {
    for (let i = 0; i < 100; i++) {
      writeRecord(interviewsOf(doc), {
        id: `interview:gen-${i}`,
        date: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
        place: `Lieu ${i % 7}`,
        kind: 'one-to-one',
        role: PROFILE_ROLES[i % PROFILE_ROLES.length] as string,
        ageBand: '26-40',
        pseudonym: `Personne${i}`,
        consent: CONSENTS[i % 3] as string,
        notes: `Notes ${i}`,
        transcript: `Transcription ${i}`,
      });
    }
    for (let q = 0; q < quotes; q++) {
      writeRecord(quotesOf(doc), { id: `quote:gen-${q}`, interviewId: `interview:gen-${q % 100}`, text: `Ce que la personne ${q % 100} a dit, numéro ${q}.` });
      writeItem(itemsOf(doc), { id: `quote:card-${q}`, kind: 'quote', x: -3000 + (q % 20) * 260, y: (Math.floor(q / 20) * 200), w: 240, h: 180, z: 1e6 + q, parentId: null, quoteId: `quote:gen-${q}` });
    }
  }, SYSTEM_ORIGIN);
  return doc;
}

async function figures(name: string, path: string, dir: string, log: (l: string) => void): Promise<Record<string, unknown>> {
  log(`data exports: ${name}`);
  const text = readFileSync(path, 'utf8');
  const loaded = loadProjectText(text);
  if (!loaded.ok) throw new Error(loaded.error.detail);
  const doc = loaded.value.doc;
  const model = await time(() => readExportModel(doc, { anonymised: true, lang: 'fr' }));
  const md = await time(() => reportMarkdown(model.value));
  const html = await time(() => reportHtml(model.value));
  const quotes = await time(() => quotesCsv(model.value));
  const interviews = await time(() => interviewsCsv(model.value));
  const canvas = await time(() => jsonCanvas(model.value));
  const canvasImport = await time(() => parseJsonCanvas(canvas.value));
  const archive = await time(() =>
    buildArchive({ doc, projectBytes: new TextEncoder().encode(text), projectMeta: loaded.value.meta, options: { anonymised: true, lang: 'fr' } }),
  );
  const command = await time(async () => {
    const args = parseExportArgs([path, '--format', 'archive', '--out', join(dir, `${name}.zip`), '--lang', 'fr']);
    if (!args.ok) throw new Error(args.error);
    const r = await runExport(args.value);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  });
  const bytes = (s: string): number => Buffer.byteLength(s);
  return {
    items: model.value.items.length,
    quotes_included: model.value.quotes.length,
    quotes_left_out: model.value.leftOut.quotes,
    project_bytes: bytes(text),
    model_ms: model.ms,
    markdown: { ms: md.ms, bytes: bytes(md.value) },
    html: { ms: html.ms, bytes: bytes(html.value) },
    quotes_csv: { ms: quotes.ms, bytes: bytes(quotes.value) },
    interviews_csv: { ms: interviews.ms, bytes: bytes(interviews.value) },
    json_canvas: { ms: canvas.ms, bytes: bytes(canvas.value) },
    json_canvas_import: { ms: canvasImport.ms, nodes: canvasImport.value.ok ? canvasImport.value.items.length : 0 },
    archive_build: { ms: archive.ms, bytes: archive.value.bytes.byteLength, entries: archive.value.entries.length },
    command_archive: { ms: command.ms, what: 'load the project file, build the anonymised archive, atomic write (npm run export without the process start)' },
  };
}

export async function runDataExportBench(opts: { sizes: number[]; log?: (line: string) => void }): Promise<Record<string, unknown>> {
  const log = opts.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'tablee-data-export-bench-'));
  const boards: Record<string, unknown> = {};
  const load = loadavg()[0];
  try {
    boards.sample = await figures('sample', join(REPO, 'resources', 'sample', 'residence-exemple.tablee'), dir, log);
    for (const n of opts.sizes) {
      const path = join(dir, `board-${n}.tablee`);
      writeFileSync(path, JSON.stringify(buildProjectFile(residencyBoard(n), { title: `bench ${n}`, createdAt: '', savedAt: '', app: 'bench' }, [])));
      boards[String(n)] = await figures(String(n), path, dir, log);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    what: 'data exports in Node, anonymised, French; median of 3 runs; each figure after the model reuses the same model',
    conditions: {
      node: process.version,
      cpus: cpus().length,
      load_average_before: round(load ?? 0),
      load_average_after: round(loadavg()[0] ?? 0),
      generated_board: 'tests/bench/generate-board.ts, with 100 interviews (a third each: quote, anonymous, none) and N/20 (at most 500) of its cards replaced by quote cards',
    },
    boards,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const report = await runDataExportBench({ sizes: sizes.length ? sizes : [10_000], log: (l) => process.stderr.write(`[bench] ${l}\n`) });
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}
