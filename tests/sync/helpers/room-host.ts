import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RoomStatus } from '@shared/host-api/contract';
import type { ProjectFile } from '@shared/project-file/format';
import { createHostCore } from '../../../electron/host/host-core';
import type { HostCore } from '../../../electron/host/host-core-types';
import { startServer, type RunningServer } from '../../../electron/host/server';

export interface RoomHost {
  host: HostCore;
  status: RoomStatus;
  /** host:port, as a participant's URL has it. */
  address: string;
  roomId: string;
  dir: string;
  projectPath: string;
  /** Stops the HTTP server (signaling, hub, web client) and starts it again on the same port; the room stays open. */
  restartServer(downMs?: number): Promise<void>;
  /** The project file on disk, after a flush. */
  savedFile(): Promise<ProjectFile>;
  stop(): Promise<void>;
}

/** The sample residency (interviews, transcripts, consents), as a project a room may be opened on. */
export { SAMPLE_PROJECT } from './sample-secrets';

/**
 * A real HOST in this process, serving `rendererDir` (a stub page by default), with the room open,
 * on a new project or on a copy of `project` (a .tablee file: the original is never written).
 */
export async function startRoomHost(opts: {
  password: string | null;
  rendererDir?: string;
  bind?: string;
  project?: string;
  /** A room without password on a network address: the facilitator's explicit choice. */
  openToNetwork?: boolean;
  /** How long a presenter may be gone before the HOST ends their presentation (default: the app's). */
  presenterGraceMs?: number;
}): Promise<RoomHost> {
  const dir = mkdtempSync(join(tmpdir(), 'tablee-room-'));
  let rendererDir = opts.rendererDir;
  if (!rendererDir) {
    rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Tablée</title>');
  }
  const projectPath = join(dir, 'atelier.tablee');
  if (opts.project) copyFileSync(opts.project, projectPath);
  const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath, autosaveMs: 200, ...(opts.presenterGraceMs === undefined ? {} : { presenterGraceMs: opts.presenterGraceMs }) });
  const bind = opts.bind ?? '127.0.0.1';
  let server: RunningServer = await startServer(host, { rendererDir, bind, port: 0 });
  const port = Number(new URL(server.url).port);
  const status = await host.api.openRoom({ password: opts.password, bind: null, ...(opts.openToNetwork ? { openToNetwork: true } : {}) });
  return {
    host,
    status,
    address: `${bind}:${port}`,
    roomId: status.roomId!,
    dir,
    projectPath,
    async restartServer(downMs = 500) {
      await server.close();
      await new Promise((r) => setTimeout(r, downMs));
      server = await startServer(host, { rendererDir: rendererDir!, bind, port });
    },
    async savedFile() {
      await host.api.flush();
      return JSON.parse(readFileSync(projectPath, 'utf8')) as ProjectFile;
    },
    async stop() {
      await host.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds; fails with `what` after `timeoutMs`. Tests wait on behaviour, never on a fixed delay. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
