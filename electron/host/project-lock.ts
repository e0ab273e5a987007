import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * One HOST per project file. Two HOSTs with the same file open (a second `npm start` on another
 * port, a second machine on a shared folder) would each save their whole board over the other's.
 * A lock file beside the project names the process that has it open; a lock whose process is gone
 * (killed, crashed) is taken over. A folder where no lock can be written (read-only) gets none:
 * nothing can be saved there anyway.
 */
export interface ProjectLock {
  release(): Promise<void>;
}

export interface LockHolder {
  pid: number;
  since: string;
}

export const lockPathOf = (project: string): string => join(dirname(project), `.${basename(project)}.lock`);

export async function lockProject(project: string): Promise<{ ok: true; lock: ProjectLock } | { ok: false; holder: LockHolder }> {
  const path = lockPathOf(project);
  const mine: LockHolder = { pid: process.pid, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(path, JSON.stringify(mine), { flag: 'wx' });
      return { ok: true, lock: { release: () => releaseIfMine(path) } };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return { ok: true, lock: { release: async () => {} } };
    }
    const holder = await readHolder(path);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) return { ok: false, holder };
    // Stale (its process is gone) or ours from an earlier open: take it over.
    await fs.rm(path, { force: true });
  }
  return { ok: true, lock: { release: async () => {} } };
}

async function releaseIfMine(path: string): Promise<void> {
  const holder = await readHolder(path);
  if (holder?.pid === process.pid) await fs.rm(path, { force: true }).catch(() => undefined);
}

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    const value = JSON.parse(await fs.readFile(path, 'utf8')) as Partial<LockHolder>;
    return typeof value.pid === 'number' && Number.isSafeInteger(value.pid) && value.pid > 0 ? { pid: value.pid, since: String(value.since ?? '') } : null;
  } catch {
    return null;
  }
}

/** Whether a process with this pid runs on this machine (EPERM: it does, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
