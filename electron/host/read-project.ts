import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { OpenErrorCode } from '@shared/host-api/contract';
import { loadProjectText, type LoadedProject } from '@shared/project-file/load';
import { err, ok, type Result } from '@shared/result';

/** Larger than any real residency (10,000 cards ≈ 5 MB); refusing early keeps the app responsive. */
export const MAX_PROJECT_BYTES = 512 * 1024 * 1024;

export interface ReadFailure {
  code: OpenErrorCode;
  detail: string;
}

/**
 * O_NONBLOCK so that opening a FIFO with no writer returns at once instead of waiting forever;
 * it changes nothing for a regular file. Windows has no such flag (and no FIFOs to open by path).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 1024 * 1024;

/**
 * The bytes of a regular file, at most `maxBytes` of them. The type is checked on the opened
 * handle (no race with a rename), and the read stops at the limit whatever the size says:
 * /dev/zero or a /proc file reads as size 0 and never ends.
 */
export async function readRegularFile(path: string, maxBytes = MAX_PROJECT_BYTES): Promise<Result<Buffer, ReadFailure>> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return err({ code: 'not-found', detail: 'no file at this path' });
    if (code === 'EISDIR') return err({ code: 'is-directory', detail: 'this path is a folder, not a project file' });
    // A socket cannot be opened at all (ENXIO): it is not a file either.
    if (code === 'ENXIO') return err({ code: 'not-a-file', detail: 'this path is a socket, not a project file' });
    return err({ code: 'unreadable', detail: (e as Error).message });
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return err({ code: 'is-directory', detail: 'this path is a folder, not a project file' });
    if (!info.isFile()) return err({ code: 'not-a-file', detail: 'this path is a device, a pipe or a socket, not a project file' });
    if (info.size > maxBytes) return err({ code: 'too-large', detail: `${info.size} bytes (at most ${maxBytes})` });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return err({ code: 'too-large', detail: `more than ${maxBytes} bytes` });
    }
    return ok(Buffer.concat(chunks, total));
  } catch (e) {
    return err({ code: 'unreadable', detail: (e as Error).message });
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads a project file from disk and runs the load pipeline. Never writes anything. */
export async function readProject(path: string, maxBytes = MAX_PROJECT_BYTES): Promise<Result<LoadedProject, ReadFailure>> {
  const bytes = await readRegularFile(path, maxBytes);
  if (!bytes.ok) return bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
  } catch {
    return err({ code: 'not-json', detail: 'the file is not UTF-8 text' });
  }
  return loadProjectText(text);
}
