import type { Browser, Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { spawnHost, tempDir, waitReady } from '../../e2e/harness';
import { until } from './room-host';

/** The real host command with `--room`, as a facilitator types it, once it has said where the room is. */
export interface AppRoomHost {
  proc: ReturnType<typeof spawnHost>['proc'];
  /** What it printed so far. */
  out: { stdout: string; stderr: string };
  /** The facilitator's board. */
  hostUrl: string;
  /** The address participants open, and the room's code. */
  roomUrl: string;
  code: string;
  /** SIGKILL, for the clean-up after a failed test (a test that checks the exit sends SIGTERM itself). */
  kill(): void;
}

/**
 * Starts `npm run host -- --room` (without npm) on `project`, with its data in `dataDir` (and `env`
 * added to the environment: TABLEE_ROOM_PASSWORD…), and waits
 * for the room line; the first start of a run may build the renderer first, hence the long wait.
 */
export async function startAppRoomHost(opts: { project: string; dataDir: string; password?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv }): Promise<AppRoomHost> {
  const args = ['--port', '0', '--data-dir', opts.dataDir, '--project', opts.project, '--room', ...(opts.password ? ['--password', opts.password] : [])];
  const { proc, out } = spawnHost(args, opts.env);
  const kill = (): void => void proc.kill('SIGKILL');
  try {
    await until('room line (the first start may build the renderer)', () => /Tablée room open at/.test(out.stdout), opts.timeoutMs ?? 150_000);
  } catch (e) {
    kill();
    throw e;
  }
  return {
    proc,
    out,
    hostUrl: /Tablée ready at (\S+)/.exec(out.stdout)![1]!,
    roomUrl: /Tablée room open at (\S+)/.exec(out.stdout)![1]!,
    code: /\(code (\S+)\)/.exec(out.stdout)![1]!,
    kill,
  };
}

/** A participant's page joins the room as `name` with the password in the address's fragment (as the QR code gives it), and waits for the board. */
export async function joinRoomInPage(page: Page, roomUrl: string, name: string, password: string): Promise<void> {
  await page.goto(`${roomUrl}#key=${encodeURIComponent(password)}`);
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-submit').click();
  await waitReady(page);
}

/**
 * What a file of room tests in real pages keeps, closed after its last test: a temporary folder,
 * the browsers it launched and the host commands it started.
 */
export function useAppRooms(): { dir: ReturnType<typeof tempDir>; browsers: Browser[]; hosts: AppRoomHost[] } {
  const dir = tempDir();
  const browsers: Browser[] = [];
  const hosts: AppRoomHost[] = [];
  afterAll(async () => {
    for (const b of browsers) await b.close().catch(() => {});
    for (const h of hosts) h.kill();
    dir.remove();
  });
  return { dir, browsers, hosts };
}
