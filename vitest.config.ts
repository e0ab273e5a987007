import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Vitest does not read electron.vite.config.ts: the alias is repeated here.
const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each e2e file starts its own HOST and Chromium; on 2 cores one at a time is faster.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'sync',
          include: ['tests/sync/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Peers are processes of their own; running files in parallel would starve them on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
