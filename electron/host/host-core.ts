import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import type { BackupInfo, HostEvent, OpenFailure, RecentProject, Session, VersionContent, VersionInfo } from '@shared/host-api/contract';
import { bytesToBase64 } from '@shared/base64';
import { dispatch } from '@shared/host-api/methods';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { newBoardDoc } from '@shared/project-file/build';
import { FILE_EXTENSION, type FileMeta } from '@shared/project-file/format';
import type { LoadedProject } from '@shared/project-file/load';
import { removeStaleTemps } from './atomic-write';
import { backupMisses } from './backup-check';
import { isBackupPath, listBackups, newestGoodBackup } from './backups';
import { HostError } from './errors';
import { buildArchive } from './export/archive';
import { createExportApi } from './export-api';
import type { HostCore, HostOptions } from './host-core-types';
import { lockProject, type ProjectLock } from './project-lock';
import { ProjectSession } from './project-session';
import { readProject } from './read-project';
import { RecentProjects } from './recent';
import { createRoomApi } from './room/room-api';
import { openWorkshop } from './room/project-workshop';
import { RoomManager } from './room/room-manager';
import { startServer } from './server';
import { watchAgendaSteps } from './step-versions';
import { listVersions, readVersion, saveVersion } from './versions';

export const APP_NAME = 'Tablée 0.1';
export const SAMPLE_FILE_NAME = 'residence-exemple.tablee';
const DEFAULT_RESOURCES = fileURLToPath(new URL('../../resources', import.meta.url));

/** Where the sample residency is copied on first run. */
export const sampleCopyPath = (dataDir: string): string => join(dataDir, 'projects', SAMPLE_FILE_NAME);

export async function createHostCore(opts: HostOptions): Promise<HostCore> {
  const dataDir = resolve(opts.dataDir);
  const resourcesDir = opts.resourcesDir ?? DEFAULT_RESOURCES;
  const recent = new RecentProjects(dataDir);
  const listeners = new Set<(event: HostEvent) => void>();
  let session: ProjectSession | null = null;
  let failure: OpenFailure | null = null;
  let report: LoadedProject['report'] = { migrations: [], repairs: [], warnings: [] };
  /** What the check at open found about the newest backup (OpenProject.backupMisses). */
  let backupCheck: string | null = null;
  const rooms = new RoomManager((status) => emit({ type: 'room', status }), opts.presenterGraceMs === undefined ? {} : { presenterGraceMs: opts.presenterGraceMs });
  let roomServer: { close(): Promise<void> } | null = null;

  const emit = (event: HostEvent): void => {
    for (const l of listeners) {
      try {
        l(event);
      } catch {
        // One broken listener (a closed socket) must not stop the others.
      }
    }
  };

  const getSession = async (): Promise<Session> => ({
    host: opts.host,
    failure,
    project: session && {
      path: session.path,
      title: session.title,
      state: session.state(),
      report,
      saveStatus: session.status(),
      backupMisses: backupCheck,
    },
  });

  /** The lock on the open project's file (project-lock.ts): one HOST per file. */
  let lock: ProjectLock | null = null;

  /** Takes the lock on `abs` for the project about to open; the one of the project it replaces goes once that one is closed. */
  async function lockFor(abs: string): Promise<ProjectLock | null> {
    if (session?.path === abs) return null;
    const taken = await lockProject(abs);
    if (taken.ok) return taken.lock;
    throw new HostError('in-use', `process ${taken.holder.pid} on ${taken.holder.host} has it open since ${taken.holder.since || 'an unknown time'}`);
  }

  function swapLock(next: ProjectLock | null): void {
    if (!next) return;
    void lock?.release();
    lock = next;
  }

  /** Closes the current project for the one `nextLock` was taken for; if it must stay open, that lock goes. */
  async function closeCurrentFor(nextLock: ProjectLock | null): Promise<void> {
    try {
      await closeCurrent();
    } catch (e) {
      await nextLock?.release();
      throw e;
    }
    swapLock(nextLock);
  }

  async function closeCurrent(): Promise<void> {
    if (!session) return;
    const current = session;
    await current.flush();
    if (current.status().state === 'error') {
      throw new HostError('unsaved', `the current project could not be saved (${current.status().error?.detail ?? ''}); it stays open`);
    }
    // A room shares the open board: another project closes it.
    if (rooms.current) await rooms.close();
    await current.close();
    session = null;
    await lock?.release();
    lock = null;
  }

  function startSession(path: string, loaded: Pick<LoadedProject, 'doc' | 'meta' | 'history' | 'ballots' | 'tickets'>): ProjectSession {
    const started = new ProjectSession({
      path,
      doc: loaded.doc,
      meta: loaded.meta,
      history: loaded.history,
      ...(loaded.ballots === undefined ? {} : { ballots: loaded.ballots }),
      ...(loaded.tickets === undefined ? {} : { tickets: loaded.tickets }),
      dataDir,
      appName: APP_NAME,
      onStatus: (status) => emit({ type: 'save-status', status }),
      // What the HOST dropped from a broken update joins the open project's report.
      onRepairs: (issues) => {
        report = { ...report, repairs: [...report.repairs, ...issues].slice(-1000) };
      },
      ...(opts.autosaveMs !== undefined ? { maxWaitMs: opts.autosaveMs } : {}),
    });
    // An automatic version at each workshop-day step change (docs/versions.md). A failed one
    // (data folder full) never stops the room: the versions panel simply lacks it.
    watchAgendaSteps(started.doc, (step) => {
      if (session !== started) return;
      void saveVersion(dataDir, started.path, { doc: started.doc, title: started.title, appName: APP_NAME, name: (step.title.trim() || step.id).slice(0, 120), by: '', auto: true }).catch(
        () => undefined,
      );
    });
    return started;
  }

  /** Opens a project; a file that fails to load becomes `failure` and is left exactly as it was. */
  async function openProject(path: string): Promise<Session> {
    const abs = resolve(path);
    const result = await readProject(abs);
    if (!result.ok) {
      await closeCurrent();
      failure = { path: abs, error: result.error, backup: await newestGoodBackup(dataDir, abs) };
      return getSession();
    }
    // Another HOST has it open: the current project stays; at start, the refusal is the failure shown.
    let nextLock: ProjectLock | null;
    try {
      nextLock = await lockFor(abs);
    } catch (e) {
      if (session || !(e instanceof HostError)) throw e;
      failure = { path: abs, error: { code: 'in-use', detail: e.message }, backup: null };
      return getSession();
    }
    // What a killed save left beside the file (the file itself is whole: the rename never happened).
    // Only once the lock is ours: another HOST's save in progress is not ours to remove.
    await removeStaleTemps(dirname(abs), basename(abs));
    const next = startSession(abs, result.value);
    await next.backupOnOpen();
    const newest = next.status().backupError ? null : (await listBackups(dataDir, abs))[0];
    const misses = newest ? await backupMisses(abs, newest.path) : null;
    await closeCurrentFor(nextLock);
    failure = null;
    report = result.value.report;
    backupCheck = misses;
    const now = new Date().toISOString();
    next.addHistory({ at: now, event: 'opened', detail: APP_NAME });
    if (report.migrations.length) next.addHistory({ at: now, event: 'migrated', detail: report.migrations.join(', ') });
    if (report.repairs.length) next.addHistory({ at: now, event: 'repaired', detail: `${report.repairs.length} record(s)` });
    session = next;
    await recent.add(abs, next.title);
    return getSession();
  }

  async function createProject(path: string, title: string): Promise<Session> {
    const abs = withExtension(resolve(path));
    if (await exists(abs)) throw new HostError('exists', `a file already exists at ${abs}`);
    await closeCurrentFor(await lockFor(abs));
    const now = new Date().toISOString();
    const name = title.trim() || basename(abs, FILE_EXTENSION);
    const next = startSession(abs, {
      doc: newBoardDoc(name, now),
      meta: { title: name, createdAt: now, savedAt: now, app: APP_NAME },
      history: [{ at: now, event: 'created', detail: APP_NAME }],
    });
    await next.writeTo(abs);
    failure = null;
    report = { migrations: [], repairs: [], warnings: [] };
    backupCheck = null;
    session = next;
    await recent.add(abs, name);
    return getSession();
  }

  async function saveProjectAs(path: string): Promise<Session> {
    if (!session) throw new HostError('no-project', 'no project is open');
    const abs = withExtension(resolve(path));
    if (abs === session.path) {
      await session.flush();
      return getSession();
    }
    if (await exists(abs)) throw new HostError('exists', `a file already exists at ${abs}`);
    const nextLock = await lockFor(abs);
    let loaded: Awaited<ReturnType<typeof readProject>>;
    try {
      await session.flush();
      await session.writeTo(abs);
      // The new file becomes the open project; the old one stays as it was last saved.
      loaded = await readProject(abs);
    } catch (e) {
      await nextLock?.release();
      throw e;
    }
    if (!loaded.ok) {
      await nextLock?.release();
      throw new HostError('write-failed', `the copy at ${abs} could not be read back: ${loaded.error.detail}`);
    }
    swapLock(nextLock);
    await session.close();
    const next = startSession(abs, loaded.value);
    next.addHistory({ at: new Date().toISOString(), event: 'saved-as', detail: session.path });
    session = next;
    await recent.add(abs, next.title);
    return getSession();
  }

  async function currentPath(): Promise<string | null> {
    return session?.path ?? failure?.path ?? null;
  }

  async function restoreBackup(backupPath: string): Promise<Session> {
    const original = await currentPath();
    if (!original || !isBackupPath(dataDir, backupPath)) throw new HostError('not-a-backup', 'this is not a backup of the current project');
    const known = (await listBackups(dataDir, original)).some((b) => b.path === resolve(backupPath));
    if (!known) throw new HostError('not-a-backup', 'this is not a backup of the current project');
    const target = await restoredCopyPath(original, dataDir);
    await copyFile(backupPath, target);
    return openProject(target);
  }

  function openSession(): ProjectSession {
    if (!session) throw new HostError('no-project', 'no project is open');
    return session;
  }

  const api: HostCore['api'] = {
    getSession,
    pushUpdate: async (update: string, projectPath?: string) => {
      if (!session) throw new HostError('no-project', 'no project is open');
      if (projectPath !== undefined && resolve(projectPath) !== session.path) {
        throw new HostError('wrong-project', `this edit belongs to ${projectPath}, but ${session.path} is open now`);
      }
      try {
        return { seq: session.applyUpdate(update) };
      } catch (e) {
        throw new HostError('bad-update', `not a board update: ${(e as Error).message}`);
      }
    },
    flush: async () => {
      if (!session) throw new HostError('no-project', 'no project is open');
      return session.flush();
    },
    openProject,
    createProject,
    saveProjectAs,
    listRecent: (): Promise<RecentProject[]> => recent.list(),
    listBackups: async (): Promise<BackupInfo[]> => {
      const path = await currentPath();
      return path ? listBackups(dataDir, path) : [];
    },
    restoreBackup,
    listVersions: async (): Promise<VersionInfo[]> => listVersions(dataDir, openSession().path),
    saveVersion: async (request): Promise<VersionInfo> => {
      const current = openSession();
      return saveVersion(dataDir, current.path, { doc: current.doc, title: current.title, appName: APP_NAME, ...request, auto: request.auto ?? false });
    },
    readVersion: async (id): Promise<VersionContent> => {
      const loaded = await readVersion(dataDir, openSession().path, id);
      return { id, schema: SCHEMA_VERSION, update: bytesToBase64(Y.encodeStateAsUpdate(loaded.doc)) };
    },
    ...createRoomApi({
      manager: rooms,
      board: () => {
        const current = session;
        if (!current) return null;
        return {
          doc: current.doc,
          schema: SCHEMA_VERSION,
          apply: (update) => void current.applyUpdate(bytesToBase64(update)),
          write: (change) => current.applyHostChange(change),
          openWorkshop: () => openWorkshop(current),
          ballots: { read: () => current.ballots, write: (b) => current.setBallots(b) },
          tickets: { read: () => current.tickets, write: (t) => current.setTickets(t) },
        };
      },
      serve: opts.rendererDir
        ? async (bind) => {
            const running = await startServer(core, { rendererDir: opts.rendererDir!, bind, port: 0 });
            roomServer = running;
          }
        : null,
    }),
    ...createExportApi({
      projectPath: () => session?.path ?? null,
      buildArchive: async (anonymised, lang) => {
        const current = session;
        if (!current) throw new HostError('no-project', 'no project is open');
        // The archive holds the file as it is on disk: everything pushed so far first.
        await current.flush();
        const projectBytes = new Uint8Array(await readFile(current.path));
        const meta = fileMetaOf(projectBytes, current.title, APP_NAME);
        return (await buildArchive({ doc: current.doc, projectBytes, projectMeta: meta, options: { anonymised, lang } })).bytes;
      },
    }),
  };

  await removeStaleTemps(dataDir, 'recent.json');
  // Start-up: the project asked for, a new one where none exists yet, or the sample residency.
  if (opts.projectPath) {
    const abs = resolve(opts.projectPath);
    if (await exists(abs)) await openProject(abs);
    else await createProject(abs, '');
  } else {
    const sample = sampleCopyPath(dataDir);
    const copied = (await exists(sample)) || (await copySample(join(resourcesDir, 'sample', SAMPLE_FILE_NAME), sample));
    if (copied === true) await openProject(sample);
    else failure = { path: sample, error: { code: 'data-folder-unwritable', detail: copied }, backup: null };
  }

  let closing: Promise<void> | null = null;
  const core: HostCore = {
    api,
    call: (method, args) => dispatch(api, method, args),
    rooms,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
    close: () =>
      (closing ??= (async () => {
        await rooms.close();
        await roomServer?.close();
        await session?.close();
        await lock?.release();
      })()),
  };
  return core;
}

/** True once the sample is in the data folder; the reason when the data folder cannot be written. */
async function copySample(from: string, to: string): Promise<true | string> {
  try {
    await mkdir(dirname(to), { recursive: true });
    await copyFile(from, to);
    return true;
  } catch (e) {
    await rm(to, { force: true }).catch(() => undefined);
    return (e as Error).message;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The `meta` of a project file's bytes, or one made from what is known when it cannot be read. */
function fileMetaOf(bytes: Uint8Array, title: string, app: string): FileMeta {
  try {
    const meta = (JSON.parse(new TextDecoder().decode(bytes)) as { meta?: Partial<FileMeta> }).meta;
    if (meta && typeof meta.title === 'string' && typeof meta.createdAt === 'string') {
      return { title: meta.title, createdAt: meta.createdAt, savedAt: String(meta.savedAt ?? ''), app: String(meta.app ?? app) };
    }
  } catch {
    // Unreadable: the archive still gets a sensible meta.
  }
  const now = new Date().toISOString();
  return { title, createdAt: now, savedAt: now, app };
}

const withExtension = (path: string): string => (path.endsWith(FILE_EXTENSION) ? path : path + FILE_EXTENSION);

/** `<folder>/<name> (restored 2026-11-21 23-40).tablee`, or in the data folder if the original's folder is not writable. */
async function restoredCopyPath(original: string, dataDir: string): Promise<string> {
  const stampText = new Date().toISOString().slice(0, 16).replace('T', ' ').replace(':', '-');
  const name = `${basename(original, FILE_EXTENSION)} (restored ${stampText})`;
  for (const folder of [dirname(original), join(dataDir, 'restored')]) {
    try {
      await mkdir(folder, { recursive: true });
      for (let i = 0; i < 100; i++) {
        const candidate = join(folder, `${name}${i ? ` ${i + 1}` : ''}${FILE_EXTENSION}`);
        if (!(await exists(candidate))) return candidate;
      }
    } catch {
      // Try the next folder.
    }
  }
  throw new HostError('write-failed', 'no folder to restore the backup into');
}
