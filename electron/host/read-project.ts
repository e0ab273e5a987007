import { readFile, stat } from 'node:fs/promises';
import type { OpenErrorCode } from '@shared/host-api/contract';
import { loadProjectText, type LoadedProject } from '@shared/project-file/load';
import { err, type Result } from '@shared/result';

/** Larger than any real residency (10,000 cards ≈ 5 MB); refusing early keeps the app responsive. */
export const MAX_PROJECT_BYTES = 512 * 1024 * 1024;

export interface ReadFailure {
  code: OpenErrorCode;
  detail: string;
}

/** Reads a project file from disk and runs the load pipeline. Never writes anything. */
export async function readProject(path: string): Promise<Result<LoadedProject, ReadFailure>> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err({ code: 'is-directory', detail: 'this path is a folder, not a project file' });
    size = info.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return err({ code: 'not-found', detail: 'no file at this path' });
    return err({ code: 'unreadable', detail: (e as Error).message });
  }
  if (size > MAX_PROJECT_BYTES) return err({ code: 'too-large', detail: `${size} bytes` });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return err({ code: 'unreadable', detail: (e as Error).message });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err({ code: 'not-json', detail: 'the file is not UTF-8 text' });
  }
  return loadProjectText(text);
}
