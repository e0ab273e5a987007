import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';
import { readRegularFile } from './read-project';

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
    const read = await readRegularFile(this.path);
    if (!read.ok) {
      if (read.error.code === 'not-found') return null;
      throw new Error(`${this.path}: ${read.error.detail}`);
    }
    return JSON.parse(read.value.toString('utf8')) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data, null, this.indent));
  }
}
