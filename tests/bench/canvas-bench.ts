/**
 * Canvas and project benchmark: drives the real renderer (a production build made here), served by the HOST core and server, in
 * Debian's Chromium on generated boards, and measures the host's save path in-process.
 * `runBench` returns one JSON-ready document; tests/bench/run.ts prints it (`npm run bench`).
 * Never a test on timings: tests/e2e/bench-smoke.test.ts only checks the document's shape.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { bytesToBase64 } from '../../shared/base64';
import { itemsOf } from '../../shared/board/doc';
import { moveItems } from '../../shared/board/commands';
import { buildProjectFile } from '../../shared/project-file/build';
import { loadProjectText } from '../../shared/project-file/load';
import { ProjectSession } from '../../electron/host/project-session';
import { readProject } from '../../electron/host/read-project';
import { createHostCore } from '../../electron/host/host-core';
import { startServer } from '../../electron/host/server';
import { CHROMIUM, CHROMIUM_FLAGS, chooseInMoreMenu, launchBrowser, REPO } from '../e2e/harness';
import { generateBoard } from './generate-board';
import { PAGE_DRIVER } from './page-driver';

/**
 * A production build of the renderer in a folder of the benchmark's own: the repo's out/ is
 * shared with test runs, which may rebuild it (as a development build, under vitest) mid-run.
 */
export async function buildRenderer(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const { default: config } = (await import(join(REPO, 'electron.vite.config.ts'))) as { default: { renderer: Record<string, unknown> & { build?: Record<string, unknown> } } };
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...config.renderer, build: { ...config.renderer.build, outDir, emptyOutDir: true }, configFile: false, mode: 'production', logLevel: 'error' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  const index = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [...index.matchAll(/src="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => join(outDir, m[1]!));
  if (scripts.length === 0 || scripts.some((f) => readFileSync(f, 'utf8').includes('jsxDEV'))) throw new Error('the renderer build is not a production build');
}

/** The HOST (host core and its HTTP/WebSocket server, as `npm run host` runs them) serving that build. */
export async function startBenchHost(project: string, dataDir: string, rendererDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const core = await createHostCore({ dataDir, host: 'browser', projectPath: project });
  const server = await startServer(core, { rendererDir, bind: '127.0.0.1', port: 0 });
  return {
    url: server.url,
    stop: async () => {
      await core.close();
      await server.close();
    },
  };
}

export interface BenchOptions {
  sizes: number[];
  /** Animation frames per scenario. */
  frames: number;
  /** Opens of each board for the open-to-drawn figure. */
  opens: number;
  /** Progress lines go here (stderr), never to stdout. */
  log?: (line: string) => void;
}

export const VIEWPORT = { width: 1280, height: 800 };
/** The benchmark's Chromium may collect garbage on demand, for the heap figures. */
const GC_FLAG = '--js-flags=--expose-gc';
export const BROWSER_FLAGS = [...CHROMIUM_FLAGS, GC_FLAG];
export const launchBenchBrowser = (): Promise<Browser> => launchBrowser({ extraFlags: [GC_FLAG] });
/** Cards dragged together in the drag scenario. */
const DRAG_COUNT = 200;
/** Cards a peer moves in the remote-update scenario. */
const REMOTE_COUNT = 100;
const FRAME_BUDGET_MS = 1000 / 60;

type Stats = { median: number; p95: number; max: number; unit: 'ms'; samples: number };

const round = (x: number): number => Math.round(x * 100) / 100;

export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => (s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : 0);
  return { median: round(q(0.5)), p95: round(q(0.95)), max: round(s[s.length - 1] ?? 0), unit: 'ms', samples: s.length };
}

/** Frames that took longer than 1.5 frame budgets (at least one vsync missed). */
const dropped = (intervals: readonly number[]): number => intervals.filter((x) => x > FRAME_BUDGET_MS * 1.5).length;

function frameFigures(r: { intervals: number[]; work: number[]; main_thread_cpu_per_frame: { value: number; unit: 'ms' } }) {
  return {
    frame_interval: stats(r.intervals),
    frame_work: stats(r.work),
    frames_dropped: dropped(r.intervals),
    main_thread_cpu_per_frame: r.main_thread_cpu_per_frame,
  };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    return Math.round((used / 1024 / 1024) * 10) / 10;
  } finally {
    await cdp.detach();
  }
}

/** A peer's update (another client id) moving `count` cards of frame 0 by 40 board units. */
function remoteUpdate(state: Uint8Array, count: number): string {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, state);
  const before = Y.encodeStateVector(peer);
  const ids: string[] = [];
  itemsOf(peer).forEach((_m, id) => {
    if (ids.length < count && /^[a-z]+:gen-0-/.test(id)) ids.push(id);
  });
  peer.transact(() => {
    for (const id of ids) {
      const m = itemsOf(peer).get(id)!;
      m.set('x', (m.get('x') as number) + 40);
    }
  }, 'peer');
  return bytesToBase64(Y.encodeStateAsUpdate(peer, before));
}

/**
 * What many overwrites do to the saved state: `moves` drags of up to 200 cards, each one
 * transaction, as the host receives them. Compares the state as saved (Yjs v1), re-encoded
 * from a fresh doc (what a naive compaction would give), and Yjs v2.
 */
function yjsGrowth(state: Uint8Array, moves: number) {
  const host = new Y.Doc();
  Y.applyUpdate(host, state);
  const editor = new Y.Doc();
  Y.applyUpdate(editor, state);
  editor.on('update', (u: Uint8Array) => Y.applyUpdate(host, u));
  const ids: string[] = [];
  itemsOf(editor).forEach((m, id) => {
    if (ids.length < 200 && m.get('kind') !== 'frame') ids.push(id);
  });
  const v1Before = Y.encodeStateAsUpdate(host).length;
  const v2Before = Y.encodeStateAsUpdateV2(host).length;
  for (let i = 0; i < moves; i++) moveItems(editor, ids, 1, 1);
  const v1After = Y.encodeStateAsUpdate(host);
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, v1After);
  const figures = {
    moves,
    cards_per_move: ids.length,
    gc_enabled: host.gc,
    v1_bytes: { before: v1Before, after: v1After.length, unit: 'bytes', what: 'Y.encodeStateAsUpdate (what the file stores, base64)' },
    v1_reencoded_from_fresh_doc_bytes: { value: Y.encodeStateAsUpdate(fresh).length, unit: 'bytes' },
    v2_bytes: { before: v2Before, after: Y.encodeStateAsUpdateV2(host).length, unit: 'bytes', what: 'Y.encodeStateAsUpdateV2' },
    project_file: fileFigures(host),
  };
  host.destroy();
  editor.destroy();
  fresh.destroy();
  return figures;
}

/** The whole project file of that board as saved now (format 2, v2 state) and as format 1 wrote it (v1), and the time to load each. */
function fileFigures(doc: Y.Doc) {
  const meta = { title: 'growth', createdAt: '2026-01-01T00:00:00.000Z', savedAt: '2026-01-01T00:00:00.000Z', app: 'bench' };
  const now = JSON.stringify(buildProjectFile(doc, meta, []));
  const before = JSON.stringify({ ...JSON.parse(now), formatVersion: 1, yjsEncoding: undefined, yjsState: bytesToBase64(Y.encodeStateAsUpdate(doc)) });
  const load = (text: string): Stats => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = loadProjectText(text);
      times.push(performance.now() - t0);
      if (!r.ok) throw new Error(`growth board does not load: ${r.error.code}`);
      r.value.doc.destroy();
    }
    return stats(times);
  };
  return {
    format_2_v2: { file_bytes: now.length, load: load(now) },
    format_1_v1: { file_bytes: before.length, load: load(before) },
    what: 'file size and loadProjectText (parse, decode, migrate, validate) of the board after the moves',
  };
}

interface HostSide {
  file_bytes: number;
  yjs_state_bytes: number;
  host_state_encode: Stats;
  autosave: Stats;
}

/** The host's part, in-process: encoding the state for a reload, and an autosave after one edit. */
async function hostSide(path: string, dataDir: string, runs: number): Promise<HostSide> {
  const read = await readProject(path);
  if (!read.ok) throw new Error(`bench board does not load: ${read.error.code}`);
  const session = new ProjectSession({ path, doc: read.value.doc, meta: read.value.meta, history: read.value.history, dataDir, appName: 'bench', onStatus: () => {} });
  const encode: number[] = [];
  const save: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      session.state();
      encode.push(performance.now() - t0);
      const editor = new Y.Doc();
      Y.applyUpdate(editor, Y.encodeStateAsUpdate(session.doc));
      const sv = Y.encodeStateVector(editor);
      moveItems(editor, ['note:gen-0-0'], 10, 0);
      session.applyUpdate(bytesToBase64(Y.encodeStateAsUpdate(editor, sv)));
      t0 = performance.now();
      await session.flush();
      save.push(performance.now() - t0);
      editor.destroy();
    }
  } finally {
    await session.close();
  }
  return {
    file_bytes: statSync(path).size,
    yjs_state_bytes: Y.encodeStateAsUpdate(session.doc).length,
    host_state_encode: stats(encode),
    autosave: stats(save),
  };
}

/** Where the time to a drawn board goes: page timestamps (ms since navigation start) of each phase. */
const OPEN_PHASES = ['response_end', 'dom_content_loaded', 'tablee:session-received', 'tablee:state-decoded', 'tablee:doc-applied', 'tablee:index-built', 'tablee:first-draw'] as const;
type OpenPhases = Record<(typeof OPEN_PHASES)[number], number>;

async function openTimed(browser: Browser, url: string): Promise<{ page: Page; ms: number; phases: OpenPhases; cpuMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForFunction(() => window.tablee?.ready === true, undefined, { timeout: 120_000, polling: 10 });
  const ms = performance.now() - t0;
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const cpuMs = (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  const phases = await page.evaluate<OpenPhases>(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const out = { response_end: nav ? nav.responseEnd : -1, dom_content_loaded: nav ? nav.domContentLoadedEventEnd : -1 };
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('tablee:') && !(m.name in out)) out[m.name] = m.startTime;
    return out;
  })()`);
  await page.evaluate(PAGE_DRIVER);
  return { page, ms, phases, cpuMs };
}

/** Median of each open phase, as the time from the phase before it. */
function openPhaseFigures(all: OpenPhases[]) {
  const out: Record<string, { value: number; unit: 'ms' }> = {};
  let previous: (typeof OPEN_PHASES)[number] | null = null;
  for (const phase of OPEN_PHASES) {
    const gaps = all.map((p) => (p[phase] ?? NaN) - (previous ? (p[previous] ?? NaN) : 0)).filter(Number.isFinite);
    out[previous ? `${previous} → ${phase}` : `navigation start → ${phase}`] = { value: stats(gaps).median, unit: 'ms' };
    previous = phase;
  }
  return out;
}

type Cam = { x: number; y: number; zoom: number };

/** Main-thread CPU time of the page (CDP ThreadTime), in ms: robust to other processes on the machine. */
async function cpuMeter(page: Page): Promise<{ measure<T extends object>(frames: number, run: () => Promise<T>): Promise<T & { main_thread_cpu_per_frame: { value: number; unit: 'ms' } }>; close(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  return {
    async measure(frames, run) {
      const t0 = await threadTime();
      const out = await run();
      const t1 = await threadTime();
      return { ...out, main_thread_cpu_per_frame: { value: round((t1 - t0) / frames), unit: 'ms' as const } };
    },
    close: () => cdp.detach(),
  };
}

async function canvasScenarios(page: Page, frames: number, state: Uint8Array) {
  const cpu = await cpuMeter(page);
  const w = VIEWPORT.width;
  const h = VIEWPORT.height;
  // Middle of the board, at 100 %: a dense area of cards.
  const fit = await page.evaluate<Cam>('window.tablee.fitCamera()');
  const mid = { x: (w / 2 - fit.x) / fit.zoom, y: (h / 2 - fit.y) / fit.zoom };
  const at100: Cam = { x: w / 2 - mid.x, y: h / 2 - mid.y, zoom: 1 };
  const at40: Cam = { x: w / 2 - mid.x * 0.4, y: h / 2 - mid.y * 0.4, zoom: 0.4 };
  const run = <T>(expr: string): Promise<T> => page.evaluate<T>(expr);

  const pan100 = await cpu.measure(frames, () => run<{ intervals: number[]; work: number[] }>(`window.__tableeBench.pan(${JSON.stringify(at100)}, -12, -4, ${frames})`));
  const pan40 = await cpu.measure(frames, () => run<{ intervals: number[]; work: number[] }>(`window.__tableeBench.pan(${JSON.stringify(at40)}, -12, -4, ${frames})`));
  const panFit = await cpu.measure(frames, () => run<{ intervals: number[]; work: number[] }>(`window.__tableeBench.pan(${JSON.stringify(fit)}, -12, -4, ${frames})`));
  const zoom = await cpu.measure(frames, () =>
    run<{ intervals: number[]; work: number[]; fitZoom: number }>(`window.__tableeBench.zoomFitAndBack(${JSON.stringify(at100)}, ${frames}, ${w}, ${h})`),
  );

  // The same pan and zoom with the links drawn (the real "links" button): every proposal to its
  // quote cards and theme, every experiment to its proposal.
  await chooseInMoreMenu(page, 'toggle-links');
  await page.waitForFunction(() => document.querySelector('[data-testid="link-overlay"]')?.getAttribute('data-show') === 'all');
  const linesDrawn = async (cam: Cam): Promise<number> => {
    await run(`window.tablee.setCamera(${JSON.stringify(cam)})`);
    await run('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    return Number(await page.getByTestId('link-overlay').getAttribute('data-lines'));
  };
  const linksAt100 = await linesDrawn(at100);
  const linksAtFit = await linesDrawn(fit);
  const panLinks = await cpu.measure(frames, () => run<{ intervals: number[]; work: number[] }>(`window.__tableeBench.pan(${JSON.stringify(at100)}, -12, -4, ${frames})`));
  const zoomLinks = await cpu.measure(frames, () =>
    run<{ intervals: number[]; work: number[]; fitZoom: number }>(`window.__tableeBench.zoomFitAndBack(${JSON.stringify(at100)}, ${frames}, ${w}, ${h})`),
  );
  await chooseInMoreMenu(page, 'toggle-links');
  await page.waitForFunction(() => document.querySelector('[data-testid="link-overlay"]')?.getAttribute('data-show') === 'selection');

  // Remote update: a peer moves cards of the first frame, which is on screen, while we pan.
  const home: Cam = { x: 40, y: 80, zoom: 1 };
  const update = remoteUpdate(state, REMOTE_COUNT);
  const remote = await cpu.measure(frames, () =>
    run<{ intervals: number[]; work: number[]; applyMs: number }>(
      `window.__tableeBench.panWithRemote(${JSON.stringify(home)}, -6, ${frames}, ${Math.floor(frames / 2)}, ${JSON.stringify(update)})`,
    ),
  );

  // Drag: select up to 200 cards of the first frames, press on one on screen, move one step per frame.
  const ids = await run<string[]>(`(() => {
    const ids = window.tablee.snapshot().items.filter((i) => i.kind !== 'frame').map((i) => i.id).slice(0, ${DRAG_COUNT});
    window.tablee.setCamera(${JSON.stringify(home)});
    window.tablee.select(ids);
    return window.tablee.selection();
  })()`);
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  // note:gen-0-0 sits at board (24, 60) with size 220 × 170.
  const xOf = `window.tablee.snapshot().items.find((i) => i.id === 'note:gen-0-0')?.x ?? -1`;
  const before = await run<number>(xOf);
  const press = await run<{ x: number; y: number }>(`window.tablee.boardToScreen(${before} + 110, 145)`);
  await page.mouse.move(press.x, press.y);
  await page.mouse.down();
  const drag = await cpu.measure(frames, () =>
    run<{ intervals: number[]; work: number[]; updatesDuring: number; bytesDuring: number; updatesTotal: number; bytesTotal: number }>(
      `window.__tableeBench.drag(${JSON.stringify(press)}, 3, 2, ${frames})`,
    ),
  );
  await page.mouse.up();
  const moved = await run<number>(xOf);
  await cpu.close();

  return {
    pan_100: { zoom: 1, step_px_per_frame: [-12, -4], ...frameFigures(pan100) },
    pan_40: { zoom: 0.4, step_px_per_frame: [-12, -4], ...frameFigures(pan40) },
    pan_at_fit: { zoom: round(fit.zoom), step_px_per_frame: [-12, -4], ...frameFigures(panFit) },
    zoom_to_fit_and_back: { from_zoom: 1, fit_zoom: round(zoom.fitZoom), ...frameFigures(zoom) },
    pan_100_with_links: { zoom: 1, step_px_per_frame: [-12, -4], links_drawn_at_start: linksAt100, ...frameFigures(panLinks) },
    zoom_to_fit_and_back_with_links: { from_zoom: 1, fit_zoom: round(zoomLinks.fitZoom), links_drawn_at_fit: linksAtFit, ...frameFigures(zoomLinks) },
    drag_selection: {
      cards: ids.length,
      zoom: 1,
      ...frameFigures(drag),
      drag_duration: { value: round(frames / 60), unit: 's', what: 'one pointer move per frame at 60 Hz; the doc is written live (at most 30 times a second; more than 50 cards only when the pointer rests), then exactly at the drop' },
      doc_updates_during_drag: drag.updatesDuring,
      doc_update_bytes_during_drag: drag.bytesDuring,
      doc_updates_total: drag.updatesTotal,
      doc_update_bytes_total: drag.bytesTotal,
      final_position_exact: moved === before + 3 * frames,
    },
    remote_update_while_panning: {
      cards_moved_by_peer: REMOTE_COUNT,
      update_bytes: Buffer.from(update, 'base64').length,
      apply: { value: round(remote.applyMs), unit: 'ms', what: 'Y.applyUpdate incl. observers (index), before React/Konva' },
      ...frameFigures(remote),
    },
  };
}

function boardFigures(
  kinds: Record<string, number>,
  opens: number[],
  openPhases: OpenPhases[],
  openCpu: number[],
  heapOpen: number,
  heapAfter: number,
  scenarios: Awaited<ReturnType<typeof canvasScenarios>>,
  host: HostSide,
) {
  return {
    items: kinds,
    open_to_drawn: { ...stats(opens), what: 'page.goto → window.tablee.ready (board drawn by Konva), host already running' },
    open_main_thread_cpu: { ...stats(openCpu), what: "the page's main-thread CPU time from page.goto to drawn (CDP ThreadTime)" },
    open_phases: { ...openPhaseFigures(openPhases), what: 'medians; page timestamps of navigation timing and the app’s performance marks' },
    js_heap_after_gc: { after_open: heapOpen, after_scenarios: heapAfter, unit: 'MB', what: 'JSHeapUsedSize after HeapProfiler.collectGarbage' },
    ...scenarios,
    host: {
      file_bytes: { value: host.file_bytes, unit: 'bytes' },
      yjs_state_bytes: { value: host.yjs_state_bytes, unit: 'bytes' },
      state_for_reload: { ...host.host_state_encode, what: 'encodeStateAsUpdate + base64 (getSession)' },
      autosave: { ...host.autosave, what: 'one edit → file on disk (build + atomic write with fsync)' },
    },
  };
}
export type BoardFigures = ReturnType<typeof boardFigures>;

export async function runBench(opts: BenchOptions) {
  const log = opts.log ?? (() => {});
  const os = await import('node:os');
  const loadBefore = os.loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'tablee-bench-'));
  log('building the renderer (production)');
  const rendererDir = join(dir, 'renderer');
  await buildRenderer(rendererDir);
  const browser = await launchBenchBrowser();
  const boards: Record<string, BoardFigures> = {};
  let growth: ReturnType<typeof yjsGrowth> | null = null;
  try {
    for (const n of opts.sizes) {
      log(`board of ${n} items: generating`);
      const doc = generateBoard(n);
      const kinds: Record<string, number> = {};
      itemsOf(doc).forEach((m) => {
        const k = String(m.get('kind'));
        kinds[k] = (kinds[k] ?? 0) + 1;
      });
      const path = join(dir, `board-${n}.tablee`);
      const meta = { title: `bench ${n}`, createdAt: '2026-01-01T00:00:00.000Z', savedAt: '2026-01-01T00:00:00.000Z', app: 'bench' };
      writeFileSync(path, JSON.stringify(buildProjectFile(doc, meta, [])));
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      if (!growth) {
        log(`board of ${n} items: state growth under overwrites`);
        growth = yjsGrowth(state, opts.frames * 4);
      }

      log(`board of ${n} items: host side`);
      const host = await hostSide(path, join(dir, 'data-host'), Math.max(1, Math.min(3, opts.opens)));

      log(`board of ${n} items: browser`);
      const running = await startBenchHost(path, join(dir, `data-${n}`), rendererDir);
      try {
        const opens: number[] = [];
        const openPhases: OpenPhases[] = [];
        const openCpu: number[] = [];
        let page: Page | null = null;
        for (let i = 0; i < Math.max(1, opts.opens); i++) {
          if (page) await page.context().close();
          const o = await openTimed(browser, running.url);
          opens.push(o.ms);
          openPhases.push(o.phases);
          openCpu.push(o.cpuMs);
          page = o.page;
        }
        const heapOpen = await heapAfterGc(page!);
        log(`board of ${n} items: scenarios`);
        const scenarios = await canvasScenarios(page!, opts.frames, state);
        const heapAfter = await heapAfterGc(page!);
        await page!.context().close();
        boards[String(n)] = boardFigures(kinds, opens, openPhases, openCpu, heapOpen, heapAfter, scenarios, host);
      } finally {
        await running.stop();
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    benchmark: 'tablee canvas and project',
    conditions: {
      machine: `Node ${process.version}, ${os.cpus().length} cores`,
      load_average_1min: { before: round(loadBefore), after: round(os.loadavg()[0]!), what: 'other processes compete for the cores: wall-clock frame figures suffer, main_thread_cpu_per_frame much less' },
      browser: CHROMIUM,
      browser_flags: BROWSER_FLAGS,
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
      device_pixel_ratio: 1,
      renderer_build: 'production build of renderer/ made by the benchmark in a folder of its own (checked: no React development code)',
      host: 'the HOST core and its HTTP/WebSocket server (what npm run host runs), in the benchmark process',
      frames_per_scenario: opts.frames,
      frame_interval: 'gap between requestAnimationFrame timestamps in the page (60 Hz frame clock: ≈16.7 ms means no frame missed)',
      frame_work: 'main-thread time from the driving rAF callback to a message posted from it (input, React commit, Konva draw, paint)',
      frames_dropped: 'frames whose interval exceeded 1.5 × 16.7 ms',
      boards: 'generated: frames of 100 cards (per frame: 61 notes, 10 texts, 20 quote cards backed by interviews and quotes, 6 proposals, 3 experiments); see tests/bench/generate-board.ts',
      connectors: 'the links (27 per frame of 100: proposal → 2 to 4 quote cards and its theme, experiment → proposal), drawn in the *_with_links scenarios; links_drawn_* is what the overlay drew (data-lines)',
      room: 'see the `room` section of this document (tests/bench/room-bench.ts; BENCH_ROOM=0 leaves it out)',
    },
    boards,
    yjs_state_growth: growth,
  };
}
