import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isAlive } from './process-alive';

/**
 * One HOST per project file. Two HOSTs with the same file open (a second `npm start` on another
 * port, two laptops on a shared folder or a USB key) would each save their whole board over the
 * other's. A lock file beside the project names the process and machine that have it open, and
 * is touched every half minute while it does. A lock is stale when its process is gone (same
 * machine) or when it has not been touched for a while (another machine, which we cannot ask):
 * a stale lock is taken over. A folder where no lock can be written (read-only) gets none:
 * nothing can be saved there anyway.
 */
export interface ProjectLock {
  release(): Promise<void>;
}

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  /** This lock's own mark: a lock releases its file only, never a later lock's. */
  token?: string;
}

export const lockPathOf = (project: string): string => join(dirname(project), `.${basename(project)}.lock`);

const TOUCH_EVERY_MS = 30_000;
/** A lock of another machine untouched this long is stale (three missed touches). */
export const FOREIGN_STALE_MS = 3 * TOUCH_EVERY_MS;

export async function lockProject(project: string): Promise<{ ok: true; lock: ProjectLock } | { ok: false; holder: LockHolder }> {
  const path = lockPathOf(project);
  const mine: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomUUID() };
  for (let attempt = 0; attempt < 2; attempt++) {
    const made = await createWhole(path, JSON.stringify(mine));
    if (made === 'made') return { ok: true, lock: held(path, mine.token!) };
    if (made === 'no-lock') return { ok: true, lock: { release: async () => {} } };
    const holder = await readHolder(path);
    if (holder && !isMine(holder) && (await isLive(holder, path))) return { ok: false, holder };
    // Stale, unreadable, or this process's from an earlier open: take it over.
    await fs.rm(path, { force: true });
  }
  return { ok: true, lock: { release: async () => {} } };
}

/**
 * Creates `path` with its whole content at once: written beside it, then linked into place, so
 * a HOST starting at the same moment never reads it half written (and takes it for stale).
 */
async function createWhole(path: string, content: string): Promise<'made' | 'exists' | 'no-lock'> {
  const temp = `${path}.${randomUUID()}`;
  try {
    await fs.writeFile(temp, content, { flag: 'wx' });
    await fs.link(temp, path);
    return 'made';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists' : 'no-lock';
  } finally {
    await fs.rm(temp, { force: true });
  }
}

function held(path: string, token: string): ProjectLock {
  const touch = setInterval(() => {
    const now = new Date();
    fs.utimes(path, now, now).catch(() => undefined);
  }, TOUCH_EVERY_MS);
  touch.unref();
  return {
    release: async () => {
      clearInterval(touch);
      const holder = await readHolder(path);
      if (holder?.token === token) await fs.rm(path, { force: true }).catch(() => undefined);
    },
  };
}

const isMine = (holder: LockHolder): boolean => holder.pid === process.pid && holder.host === hostname();

async function isLive(holder: LockHolder, path: string): Promise<boolean> {
  if (holder.host === hostname()) return isAlive(holder.pid);
  const info = await fs.stat(path).catch(() => null);
  return !!info && Date.now() - info.mtimeMs < FOREIGN_STALE_MS;
}

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    const value = JSON.parse(await fs.readFile(path, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || !Number.isSafeInteger(value.pid) || value.pid <= 0) return null;
    // A lock written before it named its machine was written on this one.
    return {
      pid: value.pid,
      host: typeof value.host === 'string' ? value.host : hostname(),
      since: String(value.since ?? ''),
      ...(typeof value.token === 'string' ? { token: value.token } : {}),
    };
  } catch {
    return null;
  }
}
