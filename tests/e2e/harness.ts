import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BoardSnapshot } from '@shared/board/doc';

export const REPO = join(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The one place for Chromium's flags: no sandbox (tests may run as root), no GPU, no calls home. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export { tempDir } from '../helpers/temp-dirs';

export interface RunningHost {
  url: string;
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
}

/** Spawns the real host command (`npm run host` without npm around it, so signals reach it). */
export function spawnHost(args: string[], env: NodeJS.ProcessEnv = {}): { proc: ChildProcess; out: { stdout: string; stderr: string } } {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'electron', 'host', 'cli.ts'), ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  proc.stdout!.on('data', (c: Buffer) => (out.stdout += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (out.stderr += c.toString()));
  return { proc, out };
}

export function exitOf(proc: ChildProcess): Promise<number | null> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve(proc.exitCode);
  return new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
}

/** Starts the host on a free port and waits for its ready line. */
export async function startHost(opts: { project?: string; dataDir: string }): Promise<RunningHost> {
  const args = ['--port', '0', '--data-dir', opts.dataDir, ...(opts.project ? ['--project', opts.project] : [])];
  const { proc, out } = spawnHost(args);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host not ready after 60 s\n${out.stderr}`)), 60_000);
    proc.stdout!.on('data', () => {
      const m = /^Tablée ready at (http:\/\/\S+\/)$/m.exec(out.stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}\n${out.stderr}`));
    });
  });
  return {
    url,
    proc,
    stdout: () => out.stdout,
    stderr: () => out.stderr,
    stop: async () => {
      proc.kill('SIGTERM');
      return exitOf(proc);
    },
  };
}

/**
 * A separate Chromium process with its own fresh profile: `extraFlags` go after the common ones;
 * `executable` runs it through a wrapper (inside a network namespace, say).
 */
export async function launchBrowser(options: { extraFlags?: readonly string[]; executable?: string } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: options.executable ?? CHROMIUM, args: [...CHROMIUM_FLAGS, ...(options.extraFlags ?? [])], headless: true });
}

export interface BoardPageOptions {
  /** The page's language (default fr-FR). */
  locale?: string;
  /** Viewport width in CSS pixels (default 1280; the height is always 800). */
  width?: number;
  /** Called on the page before it loads, to watch it from its first frame (its sockets…). */
  beforeLoad?: (page: Page) => void;
}

/** A page in a context of its own (own storage), at a laptop's size. */
export async function newPage(browser: Browser, options: BoardPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 }, locale: options.locale ?? 'fr-FR' });
  return context.newPage();
}

/** Waits until a board is loaded and drawn (after opening, a reload, a project switch…). */
export const waitReady = (page: Page, timeout = 30_000): Promise<unknown> =>
  page.waitForFunction(() => window.tablee?.ready === true, undefined, { timeout });

/** Opens the board at `url` (in French unless told) and waits until it is loaded and drawn. */
export async function openBoard(browser: Browser, url: string, options: string | BoardPageOptions = {}): Promise<Page> {
  const opts = typeof options === 'string' ? { locale: options } : options;
  const page = await newPage(browser, opts);
  opts.beforeLoad?.(page);
  await page.goto(url);
  await waitReady(page);
  return page;
}

/** What the open board holds, as the page sees it. */
export const snapshot = (page: Page): Promise<BoardSnapshot> => page.evaluate(() => window.tablee!.snapshot());

/** Opens the project panel from the keyboard (the Project button, then Enter). */
export async function openProjectPanel(page: Page): Promise<void> {
  await page.getByTestId('project-button').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('create-form').waitFor();
}

/** Writes a note as a person does: a double-click on empty board at `at` (from the canvas' corner), the words, Escape. */
export async function writeNoteAt(page: Page, at: { x: number; y: number }, text: string): Promise<void> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  await page.mouse.dblclick(box.x + at.x, box.y + at.y);
  await page.getByTestId('text-editor').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

/** Client coordinates of a board point, for mouse input. */
export const boardToScreen = (page: Page, x: number, y: number): Promise<{ x: number; y: number }> =>
  page.evaluate(([bx, by]) => window.tablee!.boardToScreen(bx!, by!), [x, y]);

/** Waits until the save badge says everything is on disk. */
export const waitSaved = (page: Page): Promise<unknown> =>
  page.waitForSelector('[data-testid="save-badge"][data-state="saved"]', { timeout: 15_000 });

/** A press, a drag in steps, a release: what a hand on a mouse does. */
export async function dragMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 10 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Runs an item of the toolbar's "More" menu (interviews, a new proposal, search, links…) as a person does: the menu, then the item. */
export async function chooseInMoreMenu(page: Page, testId: string): Promise<void> {
  await page.getByTestId('more-menu').click();
  await page.getByTestId(testId).click();
}
