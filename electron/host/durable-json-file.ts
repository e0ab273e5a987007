import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';

/**
 * lowdb adapter that writes through `writeFileAtomic` (lowdb's own JSONFile renames but never
 * fsyncs). Reading a missing file gives null; reading a corrupt one throws, so the caller
 * can refuse to overwrite it.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly indent: number | undefined = undefined,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data, null, this.indent));
  }
}
