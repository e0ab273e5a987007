import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real small filesystem (tmpfs) to make a folder full or read-only, as a user's full USB key or
 * locked folder would be. Mounting needs root on Linux; where it is refused, the tests that need
 * it are skipped and say so.
 */
export interface SmallDisk {
  path: string;
  /** Writes a filler file until the disk is full. */
  fill(): void;
  /** Removes the filler. */
  free(): void;
  readOnly(): void;
  writable(): void;
  unmount(): void;
}

export function mountSmallDisk(sizeKb = 64): SmallDisk {
  const path = mkdtempSync(join(tmpdir(), 'tablee-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', path], { stdio: 'ignore' });
  } catch (e) {
    rmSync(path, { recursive: true, force: true });
    throw e;
  }
  const filler = join(path, 'filler');
  return {
    path,
    fill: () => {
      // Blocks halving down to one byte, so not even a small file fits afterwards.
      for (let n = 4096; n >= 1; ) {
        try {
          appendFileSync(filler, Buffer.alloc(n, 1));
        } catch {
          n = Math.floor(n / 2);
        }
      }
    },
    free: () => rmSync(filler, { force: true }),
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', path], { stdio: 'ignore' }),
    writable: () => execFileSync('mount', ['-o', 'remount,rw', path], { stdio: 'ignore' }),
    unmount: () => {
      execFileSync('umount', [path], { stdio: 'ignore' });
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/** Whether this machine lets the tests mount a tmpfs (root on Linux), checked once. */
export const canMountSmallDisk: boolean = (() => {
  if (process.platform !== 'linux') return false;
  try {
    mountSmallDisk(16).unmount();
    return true;
  } catch {
    return false;
  }
})();

/** A folder inside the small disk, created before it is filled or made read-only. */
export function folderOn(disk: SmallDisk, name: string): string {
  const folder = join(disk.path, name);
  mkdirSync(folder, { recursive: true });
  return folder;
}
