import { randomBytes } from 'node:crypto';
// The default export (not named imports) so tests can watch the fsync/rename order.
import fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a crash or a power cut leaves either the old bytes or the new ones:
 * temp file in the same folder → write → fsync → rename over the target → fsync the folder.
 * (A rename without fsync can still lose the last write on power loss.)
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
