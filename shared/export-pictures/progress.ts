/** Long exports work in chunks: between chunks they report progress, let the page breathe, and stop when cancelled. */
export interface ChunkOptions {
  signal?: AbortSignal | undefined;
  /** Called with what is done out of what there is to do. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Gives the event loop a turn (the default waits for a zero-delay timer). */
  pause?: (() => Promise<void>) | undefined;
}

/** Thrown when the person cancelled; nothing was written. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

export const SHAPES_PER_CHUNK = 2_000;

const defaultPause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function checkpoint(options: ChunkOptions, done: number, total: number): Promise<void> {
  if (options.signal?.aborted) throw new ExportCancelled();
  options.onProgress?.(done, total);
  await (options.pause ?? defaultPause)();
  if (options.signal?.aborted) throw new ExportCancelled();
}
