import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, type TestContext } from 'vitest';
import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createItem } from '@shared/board/commands';
import { LOCAL_ORIGIN } from '@shared/board/doc';
import { createHostCore } from '../../../electron/host/host-core';
import type { HostCore } from '../../../electron/host/host-core-types';
import { startServer, type RunningServer } from '../../../electron/host/server';
import { useTempDir } from '../../helpers/use-temp-dir';

export { useTempDir };

/** A renderer folder holding a bare page, for a server that must serve something. */
export function stubRenderer(dir: string): string {
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Tablée</title>');
  return renderer;
}

/**
 * A HOST per test: its core on `p.tablee` in a fresh temporary folder and, when asked, its web
 * server on a free loopback port serving a bare page; both closed after the test.
 */
export function useHostCore() {
  const tempDir = useTempDir();
  let host: HostCore | undefined;
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    await host?.close();
    host = server = undefined;
  });
  return {
    tempDir,
    /** Creates this test's HOST core (a 'browser' HOST unless told); `rendererDir` gives it a bare page to serve itself. */
    async start(options: { kind?: 'browser' | 'desktop'; rendererDir?: boolean } = {}): Promise<{ host: HostCore; dir: string }> {
      const dir = tempDir();
      host = await createHostCore({
        dataDir: join(dir, 'data'),
        host: options.kind ?? 'browser',
        projectPath: join(dir, 'p.tablee'),
        ...(options.rendererDir ? { rendererDir: stubRenderer(dir) } : {}),
      });
      return { host, dir };
    },
    /** Starts the web server of this test's HOST (started first), serving the bare page of its folder, on `bind` (this machine only unless told). */
    async serve(dir: string, bind = '127.0.0.1'): Promise<RunningServer> {
      if (!host) throw new Error('start the HOST first');
      server = await startServer(host, { rendererDir: stubRenderer(dir), bind, port: 0 });
      return server;
    },
    /** Closes this test's HOST now, for a test of what closing does. */
    async close(): Promise<void> {
      await host?.close();
      host = undefined;
    },
  };
}

/**
 * A 'browser' HOST core on the project at `projectPath` (made if missing), its data folder in `dir`,
 * and a renderer stand-in holding the board it opened. The test closes the HOST.
 */
export async function hostWithRenderer(dir: string, projectPath: string): Promise<{ host: HostCore; renderer: ReturnType<typeof rendererDoc> }> {
  const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath });
  return { host, renderer: rendererDoc((await host.api.getSession()).project!.state) };
}

/** A renderer stand-in: a doc built from the host's state whose local edits come out as base64 updates. */
export function rendererDoc(state: Uint8Array): { doc: Y.Doc; addNote(text: string, x?: number, y?: number): string; updates: string[] } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, 'host');
  const updates: string[] = [];
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin === LOCAL_ORIGIN) updates.push(bytesToBase64(u));
  });
  return {
    doc,
    updates,
    addNote: (text, x = 0, y = 0) => createItem(doc, { kind: 'note', x, y, text }),
  };
}

/**
 * A real small disk for a test of full or read-only disks: a tmpfs of `size` (e.g. '512k') mounted
 * at `disk` in `dir`. As root, file permissions do not stop a write: only a read-only mount does.
 * It needs root and mount(2): elsewhere the test is skipped, and says why. Unmount it in a
 * `finally` (before the temporary folder goes).
 */
export function mountTinyDisk(ctx: TestContext, dir: string, size: string): { disk: string; readOnly(on: boolean): void; unmount(): void } {
  const disk = join(dir, 'disk');
  mkdirSync(disk);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', disk], { stdio: 'pipe' });
  } catch (e) {
    console.log(`${ctx.task.name}: skipped, cannot mount a small tmpfs here (${(e as Error).message.split('\n')[0] ?? 'mount failed'})`);
    ctx.skip();
  }
  return {
    disk,
    readOnly: (on) => void execFileSync('mount', ['-o', on ? 'remount,ro' : 'remount,rw', disk]),
    unmount: () => void execFileSync('umount', [disk]),
  };
}
