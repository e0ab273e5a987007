import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: repo });

/** Lints `code` as if it were the file at `path`, and returns the messages of the layer rule. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repo, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint loads eslint's config and the TypeScript parser: seconds on a busy 2-core machine.
describe('layer rules', { timeout: 60_000 }, () => {
  it.each([
    ['shared/board/x.ts', "import { readFile } from 'node:fs';"],
    ['shared/board/x.ts', "import Konva from 'konva';"],
    ['shared/board/x.ts', "import { HostError } from '../../electron/host/errors';"],
    ['electron/host/x.ts', "import { app } from 'electron';"],
    ['electron/host/x.ts', "import { ipcMain } from 'electron/main';"],
    ['renderer/src/x.ts', "import { createHostCore } from '../../electron/host/host-core';"],
    ['renderer/src/x.ts', "import { writeFile } from 'node:fs/promises';"],
    ['electron/preload/x.ts', "import { createHostCore } from '../host/host-core';"],
    ['renderer/src/canvas/x.ts', "import { pushToast } from '../app/toast-store';"],
    ['renderer/src/canvas/items/x.tsx', "import { useRoomConnection } from '../../features/room/room-context';"],
    ['renderer/src/canvas/x.ts', "import { writeFile } from 'node:fs/promises';"],
  ])('%s may not %s', async (path, code) => {
    expect((await layerErrors(path, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['shared/board/x.ts', "import * as Y from 'yjs';"],
    ['electron/host/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['electron/main/x.ts', "import { createHostCore } from '../host/host-core';"],
    ['renderer/src/x.ts', "import { createItem } from '@shared/board/commands';"],
    ['renderer/src/canvas/items/x.tsx', "import { useResidency } from '../../session/residency-store';"],
    ['renderer/src/app/x.tsx', "import { BoardCanvas } from '../canvas/BoardCanvas';"],
  ])('%s may %s', async (path, code) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });
});
