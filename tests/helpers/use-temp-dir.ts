import { afterEach } from 'vitest';
import { tempDir } from './temp-dirs';

/** In a test file: a fresh temporary folder at each call, all of them removed after each test, failed or not. */
export function useTempDir(prefix?: string): () => string {
  const made: (() => void)[] = [];
  afterEach(() => made.splice(0).forEach((remove) => remove()));
  return () => {
    const dir = tempDir(prefix);
    made.push(dir.remove);
    return dir.path;
  };
}
