import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { BackupInfo } from '@shared/host-api/contract';
import { FILE_EXTENSION } from '@shared/project-file/format';
import { removeStaleTemps, writeFileAtomic } from './atomic-write';
import { readProject, readRegularFile } from './read-project';

/** Backups kept per project; the oldest go first. */
export const BACKUPS_KEPT = 20;

/** `<dataDir>/backups/<name>-<hash of the full path>/`: two projects with one name never mix. */
export function backupFolder(dataDir: string, projectPath: string): string {
  const abs = resolve(projectPath);
  const name = basename(abs, FILE_EXTENSION).replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 60) || 'project';
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 10);
  return join(dataDir, 'backups', `${name}-${hash}`);
}

/** File-name-safe timestamp that sorts in time order: 2026-11-21T23-40-05.123Z. */
const stamp = (date: Date): string => date.toISOString().replace(/:/g, '-');
const unstamp = (name: string): string => name.slice(0, -FILE_EXTENSION.length).replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3');

/** Copies the project file as it is on disk now into its backup folder, then rotates. */
export async function takeBackup(dataDir: string, projectPath: string, now = new Date()): Promise<string | null> {
  const read = await readRegularFile(projectPath);
  if (!read.ok) {
    if (read.error.code === 'not-found') return null;
    throw new Error(`${projectPath}: ${read.error.detail}`);
  }
  const bytes = read.value;
  const folder = backupFolder(dataDir, projectPath);
  await mkdir(dataDir, { recursive: true });
  // Level by level: a recursive mkdir reports a read-only disk as ENOENT, which would be worded wrong.
  for (const level of [join(dataDir, 'backups'), folder]) {
    await mkdir(level).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
  const target = join(folder, `${stamp(now)}${FILE_EXTENSION}`);
  await writeFileAtomic(target, bytes);
  await removeStaleTemps(folder);
  await rotate(folder);
  return target;
}

async function rotate(folder: string): Promise<void> {
  const names = await backupNames(folder);
  for (const old of names.slice(BACKUPS_KEPT)) await rm(join(folder, old), { force: true });
}

/** Backup file names, newest first. */
async function backupNames(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder))
      .filter((n) => n.endsWith(FILE_EXTENSION) && !n.startsWith('.'))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

export async function listBackups(dataDir: string, projectPath: string): Promise<BackupInfo[]> {
  const folder = backupFolder(dataDir, projectPath);
  const out: BackupInfo[] = [];
  for (const name of await backupNames(folder)) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info) out.push({ path, of: resolve(projectPath), takenAt: unstamp(name), bytes: info.size });
  }
  return out;
}

/** The newest backup that passes the whole load pipeline, or null. */
export async function newestGoodBackup(dataDir: string, projectPath: string): Promise<BackupInfo | null> {
  for (const backup of await listBackups(dataDir, projectPath)) {
    if ((await readProject(backup.path)).ok) return backup;
  }
  return null;
}

/** True when `path` is a file inside the backups folder of this data folder. */
export function isBackupPath(dataDir: string, path: string): boolean {
  const root = resolve(dataDir, 'backups') + '/';
  const abs = resolve(path);
  return abs.startsWith(root) && abs.endsWith(FILE_EXTENSION);
}
