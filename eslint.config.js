import tseslint from 'typescript-eslint';

/**
 * Layer rules (DESIGN.md §2): shared/ is pure; the HOST never imports electron; the renderer
 * reaches its host only through the HostApi contract; main and preload stay thin.
 */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

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
    rules: forbid(['electron', 'electron/*', '**/electron/**', 'node:*', 'fs', 'path', 'ws', 'lowdb'], 'The renderer talks to its host only through the HostApi contract.'),
  },
);
