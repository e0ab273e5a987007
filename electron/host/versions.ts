import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type * as Y from 'yjs';
import { readMeta } from '@shared/board/doc';
import type { VersionInfo } from '@shared/host-api/contract';
import { buildProjectFile } from '@shared/project-file/build';
import { FORMAT_VERSION } from '@shared/project-file/format';
import { loadProjectText, type LoadedProject } from '@shared/project-file/load';
import { err, ok, type Result } from '@shared/result';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { removeStaleTemps, writeFileAtomic } from './atomic-write';
import { backupFolder } from './backups';
import { errorText, HostError, saveErrorCode } from './errors';
import { readRegularFile } from './read-project';

/**
 * Versions (docs/versions.md): one file per version, `<dataDir>/versions/<project>-<hash>/<id>.tablee-version`,
 * a one-line JSON header (name, date, who, sizes, hash) then the project file's JSON. Listing reads
 * only the headers, so a thousand versions list quickly.
 */
export const VERSION_EXTENSION = '.tablee-version';
/** The header's own layout; a file with a higher one was written by a newer Tablée. */
export const VERSION_HEADER_FORMAT = 1;
/** Automatic versions kept per project (the newest); named ones are never thinned. */
export const AUTO_VERSIONS_KEPT = 50;
/** More than any header needs (a name is at most 120 characters, a person's at most 80). */
const HEADER_MAX_BYTES = 4096;
/** Headers read at once while listing: enough to hide the disk's latency, few enough file handles. */
const LIST_CONCURRENCY = 32;

export interface VersionHeader {
  versionFormat: number;
  name: string;
  at: string;
  by: string;
  auto: boolean;
  schemaVersion: number;
  formatVersion: number;
  /** Length and sha256 (hex) of the project file after the header line. */
  bytes: number;
  sha256: string;
}

/** Beside the project's backup folder, under the same name. */
export function versionFolder(dataDir: string, projectPath: string): string {
  return join(dataDir, 'versions', basename(backupFolder(dataDir, projectPath)));
}

const stamp = (date: Date): string => date.toISOString().replace(/:/g, '-');

export interface SaveVersionInput {
  doc: Y.Doc;
  title: string;
  appName: string;
  name: string;
  by: string;
  auto: boolean;
  now?: Date;
}

/**
 * Writes the board as it is now as a new version (atomic write), then thins the automatic ones.
 * A failure (disk full, read-only) is a HostError for this call only: the project's own saving is
 * elsewhere and goes on.
 */
export async function saveVersion(dataDir: string, projectPath: string, input: SaveVersionInput): Promise<VersionInfo> {
  const now = input.now ?? new Date();
  const at = now.toISOString();
  const file = buildProjectFile(input.doc, { title: input.title, createdAt: readMeta(input.doc).createdAt, savedAt: at, app: input.appName }, []);
  const body = Buffer.from(JSON.stringify(file), 'utf8');
  const header: VersionHeader = {
    versionFormat: VERSION_HEADER_FORMAT,
    name: input.name,
    at,
    by: input.by,
    auto: input.auto,
    schemaVersion: file.schemaVersion,
    formatVersion: file.formatVersion,
    bytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  const headerLine = Buffer.from(JSON.stringify(header) + '\n', 'utf8');
  const folder = versionFolder(dataDir, projectPath);
  const id = `${stamp(now)}-${randomBytes(3).toString('hex')}`;
  try {
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(join(folder, id + VERSION_EXTENSION), Buffer.concat([headerLine, body]));
  } catch (e) {
    throw new HostError(saveErrorCode(e), `the version could not be saved: ${errorText(e)}`);
  }
  await removeStaleTemps(folder);
  await thin(folder);
  return { id, name: header.name, at, by: header.by, auto: header.auto, status: 'ok', problem: null, bytes: headerLine.length + body.length };
}

/** Version file ids, newest first (ids begin with their time stamp). */
async function versionIds(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder))
      .filter((n) => n.endsWith(VERSION_EXTENSION) && !n.startsWith('.'))
      .map((n) => n.slice(0, -VERSION_EXTENSION.length))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

/** Only sound automatic versions beyond the newest AUTO_VERSIONS_KEPT go; a damaged or newer file is left for a person to judge. */
async function thin(folder: string): Promise<void> {
  const autos = (await listIn(folder)).filter((v) => v.auto && v.status === 'ok');
  for (const old of autos.slice(AUTO_VERSIONS_KEPT)) await rm(join(folder, old.id + VERSION_EXTENSION), { force: true });
}

export async function listVersions(dataDir: string, projectPath: string): Promise<VersionInfo[]> {
  return listIn(versionFolder(dataDir, projectPath));
}

async function listIn(folder: string): Promise<VersionInfo[]> {
  const ids = await versionIds(folder);
  const out: VersionInfo[] = new Array<VersionInfo>(ids.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const i = next++;
      out[i] = await describe(folder, ids[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(LIST_CONCURRENCY, ids.length) }, worker));
  return out;
}

/** A version's entry from its header alone (the body is checked when it is read). */
async function describe(folder: string, id: string): Promise<VersionInfo> {
  const base = { id, name: id, at: '', by: '', auto: false, bytes: 0 };
  let handle;
  try {
    handle = await open(join(folder, id + VERSION_EXTENSION), 'r');
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(Math.min(HEADER_MAX_BYTES, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const parsed = parseHeader(head.subarray(0, bytesRead));
    if (!parsed.ok) return { ...base, bytes: size, status: 'damaged', problem: parsed.error };
    const { header, length } = parsed.value;
    const info = { id, name: header.name, at: header.at, by: header.by, auto: header.auto, bytes: size };
    const newer = newerReason(header);
    if (newer) return { ...info, status: 'newer', problem: newer };
    if (size !== length + header.bytes) return { ...info, status: 'damaged', problem: `cut short: ${size} bytes instead of ${length + header.bytes}` };
    return { ...info, status: 'ok', problem: null };
  } catch (e) {
    return { ...base, status: 'damaged', problem: `unreadable: ${errorText(e)}` };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The header of a version file's first bytes, and the length of its line (newline included). */
function parseHeader(head: Uint8Array): Result<{ header: VersionHeader; length: number }, string> {
  const end = head.indexOf(0x0a);
  if (end < 0) return err('no header line');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end)));
  } catch {
    return err('the header is not JSON');
  }
  const h = value as Partial<VersionHeader> | null;
  const fine =
    !!h &&
    typeof h.versionFormat === 'number' &&
    typeof h.name === 'string' &&
    typeof h.at === 'string' &&
    typeof h.by === 'string' &&
    typeof h.auto === 'boolean' &&
    typeof h.schemaVersion === 'number' &&
    typeof h.formatVersion === 'number' &&
    typeof h.bytes === 'number' &&
    typeof h.sha256 === 'string';
  // A newer header may have fields this one does not know, but never fewer of these.
  if (!fine) return err('the header lacks fields');
  return ok({ header: h as VersionHeader, length: end + 1 });
}

function newerReason(h: VersionHeader): string | null {
  if (h.versionFormat > VERSION_HEADER_FORMAT) return `version file format ${h.versionFormat} (this Tablée reads ${VERSION_HEADER_FORMAT})`;
  if (h.formatVersion > FORMAT_VERSION) return `project file format ${h.formatVersion} (this Tablée reads up to ${FORMAT_VERSION})`;
  if (h.schemaVersion > SCHEMA_VERSION) return `board schema ${h.schemaVersion} (this Tablée reads up to ${SCHEMA_VERSION})`;
  return null;
}

/**
 * A version's board through the whole load pipeline (migrated, repaired), after its header and hash
 * are checked. A damaged or newer version is a HostError: it never reaches a board.
 */
export async function readVersion(dataDir: string, projectPath: string, id: string): Promise<LoadedProject> {
  const folder = versionFolder(dataDir, projectPath);
  if (!(await versionIds(folder)).includes(id)) throw new HostError('not-found', `no version ${id} of this project`);
  const read = await readRegularFile(join(folder, id + VERSION_EXTENSION));
  if (!read.ok) throw new HostError('version-damaged', read.error.detail);
  const parsed = parseHeader(read.value.subarray(0, HEADER_MAX_BYTES));
  if (!parsed.ok) throw new HostError('version-damaged', parsed.error);
  const { header, length } = parsed.value;
  const newer = newerReason(header);
  if (newer) throw new HostError('version-newer', newer);
  const body = read.value.subarray(length);
  if (body.length !== header.bytes) throw new HostError('version-damaged', `cut short: ${body.length} bytes instead of ${header.bytes}`);
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) throw new HostError('version-damaged', 'its content does not match its hash');
  const loaded = loadProjectText(body.toString('utf8'));
  if (!loaded.ok) {
    const code = loaded.error.code === 'format-too-new' || loaded.error.code === 'schema-too-new' ? 'version-newer' : 'version-damaged';
    throw new HostError(code, `${loaded.error.code}: ${loaded.error.detail}`);
  }
  return loaded.value;
}
