import { randomBytes } from 'node:crypto';
// The default export (not named imports) so tests can watch the fsync/rename order.
import fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isAlive } from './process-alive';

/**
 * Writes a file so that a crash or a power cut leaves either the old bytes or the new ones:
 * temp file in the same folder → write → fsync → rename over the target → fsync the folder.
 * (A rename without fsync can still lose the last write on power loss.)
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(target), tempName(basename(target), process.pid));
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncFolder(dirname(target));
}

/** `.<target name>.<pid of the writer>.<8 hex>.tmp`: the pid tells a live writer's temp file from a dead one's. */
const tempName = (targetName: string, pid: number): string => `.${targetName}.${pid}.${randomBytes(4).toString('hex')}.tmp`;
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** No save takes this long: a temp file this old is stale even if its pid was reused by a live process. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes the temp files `writeFileAtomic` left in `folder` when its process was killed mid-write
 * (for `targetName` only, or any target in a folder of our own). Only names of our own pattern,
 * and only when their writer is gone: a temp file of a live writer is its save in progress.
 * Returns the names removed; a folder that cannot be read or written is left alone.
 */
export async function removeStaleTemps(folder: string, targetName?: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || (targetName !== undefined && match[1] !== targetName)) continue;
    const path = join(folder, name);
    const info = await fs.lstat(path).catch(() => null);
    if (!info?.isFile()) continue;
    if (isAlive(Number(match[2])) && Date.now() - info.mtimeMs < STALE_AFTER_MS) continue;
    if (await fs.rm(path).then(() => true, () => false)) removed.push(name);
  }
  return removed;
}

/** Makes a rename durable. Some platforms cannot open a folder for fsync; that is not an error there. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows refuses to open or fsync a directory; the rename itself is still atomic.
  } finally {
    await handle?.close();
  }
}
