import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openBoard, REPO, startHost, tempDir, type BoardPageOptions, type RunningHost } from './harness';

/**
 * What every e2e file works in, set up before its tests and taken down after them: a temporary
 * folder, one Chromium, and real HOSTs on projects in that folder. The processes are stopped and
 * the folder removed even when a test fails; a file the run left in the repository fails it.
 */
export interface E2e {
  /** The file's temporary folder. */
  readonly dir: string;
  /** A path in the temporary folder. */
  path(...parts: string[]): string;
  /** The file's Chromium (available once its tests run). */
  readonly browser: Browser;
  /** Opens the board at `url` in a fresh context of the file's Chromium (French unless told). */
  open(url: string, page?: string | BoardPageOptions): Promise<Page>;
  /** A HOST for the tests of the enclosing `describe` (or of the file): started before them, stopped after. */
  useHost(options?: HostOptions): BoardHost;
  /** A HOST for one test: started, handed to `body`, stopped when `body` ends, failed or not. */
  withHost<T>(options: HostOptions, body: (host: BoardHost) => Promise<T>): Promise<T>;
}

export interface HostOptions {
  /** Absolute path of the project to open; without one, the HOST opens the sample residency. */
  project?: string;
  /** Its data folder, a name in the temporary folder (default `data`). */
  data?: string;
}

export interface BoardHost {
  /** The running HOST command (available once the tests run). */
  readonly host: RunningHost;
  readonly url: string;
  /** Opens the board this HOST serves (French unless told); its context is closed with the HOST. */
  open(page?: string | BoardPageOptions): Promise<Page>;
}

/**
 * Files git does not know of in the repository, or null where it is not a git checkout. Source
 * files are left out: Tablée never writes one, and someone may be adding one while the tests run.
 */
function untrackedInRepo(): Set<string> | null {
  try {
    const out = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Set(out.split('\0').filter((f) => f && !/\.tsx?$/.test(f)));
  } catch {
    return null;
  }
}

/** The fixture of an e2e file: call it once, at the top of the file. */
export function useE2e(): E2e {
  const dir = tempDir();
  let browser: Browser | undefined;
  let untrackedBefore: Set<string> | null = null;
  beforeAll(async () => {
    untrackedBefore = untrackedInRepo();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    dir.remove();
    // The HOST runs in the repository folder: a relative path that slipped through lands there.
    const after = untrackedInRepo();
    const left = untrackedBefore && after ? [...after].filter((f) => !untrackedBefore!.has(f)) : [];
    if (left.length) throw new Error(`the tests left files in the repository: ${left.join(', ')}`);
  });

  const started = (host: () => RunningHost): BoardHost & { closePages(): Promise<void> } => {
    const pages: Page[] = [];
    return {
      get host() {
        return host();
      },
      get url() {
        return host().url;
      },
      async open(page) {
        const opened = await openBoard(e2e.browser, host().url, page);
        pages.push(opened);
        return opened;
      },
      async closePages() {
        for (const p of pages.splice(0)) await p.context().close().catch(() => {});
      },
    };
  };
  const start = (options: HostOptions): Promise<RunningHost> =>
    startHost({ dataDir: join(dir.path, options.data ?? 'data'), ...(options.project ? { project: options.project } : {}) });

  const e2e: E2e = {
    dir: dir.path,
    path: (...parts) => join(dir.path, ...parts),
    get browser() {
      if (!browser) throw new Error('the browser starts before the tests: use it inside a test or a hook');
      return browser;
    },
    open: (url, page) => openBoard(e2e.browser, url, page),
    useHost(options = {}) {
      let running: RunningHost | undefined;
      const fixture = started(() => {
        if (!running) throw new Error('the HOST starts before the tests: use it inside a test or a hook');
        return running;
      });
      beforeAll(async () => {
        running = await start(options);
      });
      afterAll(async () => {
        await fixture.closePages();
        await running?.stop();
      });
      return fixture;
    },
    async withHost(options, body) {
      const running = await start(options);
      const fixture = started(() => running);
      try {
        return await body(fixture);
      } finally {
        await fixture.closePages();
        await running.stop();
      }
    },
  };
  return e2e;
}
