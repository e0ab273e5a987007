import tseslint from 'typescript-eslint';

/**
 * Layer rules: shared/ is pure; the HOST never imports electron; the renderer
 * reaches its host only through the HostApi contract; main and preload stay thin.
 */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

const RENDERER_FORBIDDEN = ['electron', 'electron/*', '**/electron/**', 'node:*', 'fs', 'path', 'ws', 'lowdb'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**', 'dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      ['electron', 'electron/*', 'react', 'react-*', 'konva', 'konva/*', 'node:*', 'fs', 'path', '**/electron/**', '**/renderer/**', 'ws', 'lowdb'],
      'shared/ is pure TypeScript: no DOM, Node, electron, react or konva imports.',
    ),
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: forbid(['electron', 'electron/*', '**/renderer/**', '**/main/**', '**/preload/**', 'react', 'konva'], 'The HOST is plain Node and never imports electron or the renderer.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(['**/host/**', '**/main/**', '**/renderer/**', 'node:*'], 'The preload only bridges IPC to the HostApi contract.'),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: forbid(['**/renderer/**', '**/preload/**'], 'The main process talks to the renderer only over IPC.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: forbid(RENDERER_FORBIDDEN, 'The renderer talks to its host only through the HostApi contract.'),
  },
  {
    // A later block's rule replaces the one above for these files: the renderer's list comes again.
    files: ['renderer/src/canvas/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: RENDERER_FORBIDDEN, message: 'The renderer talks to its host only through the HostApi contract.' },
            {
              group: ['**/features/**', '**/app/**', '**/features', '**/app'],
              message: 'The canvas draws the board and takes its gestures; features and the shell build on it, never the other way.',
            },
          ],
        },
      ],
    },
  },
);
