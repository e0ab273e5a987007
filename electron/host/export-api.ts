import { realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ExportApi, ExportWritten } from '@shared/host-api/contract';
import { writeFileAtomic } from './atomic-write';
import { errorText, HostError, saveErrorCode } from './errors';

export interface ExportApiDeps {
  /** The open project's file: an export never lands on it. */
  projectPath(): string | null;
  /** Builds the hand-over archive of the open project; null where this host cannot. */
  buildArchive: ((anonymised: boolean, lang: 'fr' | 'en') => Promise<Uint8Array>) | null;
}

/**
 * The HOST side of exports: it writes bytes the renderer made (or the archive it builds itself)
 * atomically, so a failure (disk full, read-only folder) leaves no half-written file and an
 * existing file is replaced only when asked.
 */
export function createExportApi(deps: ExportApiDeps): ExportApi {
  async function write(path: string, bytes: Uint8Array, overwrite: boolean): Promise<ExportWritten> {
    const target = await checkTarget(path, overwrite, deps.projectPath());
    try {
      await writeFileAtomic(target, bytes);
    } catch (e) {
      const code = saveErrorCode(e);
      throw new HostError(code, `${target} could not be written: ${errorText(e)}`);
    }
    return { path: target, bytes: bytes.byteLength };
  }

  return {
    writeExport: ({ path, data, overwrite }) => write(path, Buffer.from(data, 'base64'), overwrite),
    async exportArchive({ path, anonymised, overwrite, lang }) {
      if (!deps.buildArchive) throw new HostError('unavailable', 'this host cannot build an archive');
      if (deps.projectPath() === null) throw new HostError('no-project', 'no project is open');
      // Checked first so a refused path costs no archive build.
      await checkTarget(path, overwrite, deps.projectPath());
      return write(path, await deps.buildArchive(anonymised, lang), overwrite);
    },
    // The HOST has no window: the renderer asks for a path in the page. The desktop main process answers this itself.
    pickExportPath: async () => null,
  };
}

/** The absolute target, or a HostError saying why it may not be written. */
async function checkTarget(path: string, overwrite: boolean, projectPath: string | null): Promise<string> {
  const target = resolve(path);
  const folder = await stat(dirname(target)).catch(() => null);
  if (!folder?.isDirectory()) throw new HostError('not-found', `the folder ${dirname(target)} does not exist`);
  const existing = await stat(target).catch(() => null);
  if (projectPath !== null && (await samePath(target, projectPath))) {
    throw new HostError('is-project', `${target} is the open project; choose another name for the export`);
  }
  if (existing?.isDirectory()) throw new HostError('is-directory', `${target} is a folder`);
  if (existing && !overwrite) throw new HostError('exists', `a file already exists at ${target}`);
  return target;
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  // A symbolic link or another spelling of the same file.
  const [ra, rb] = await Promise.all([realpath(a).catch(() => null), realpath(b).catch(() => null)]);
  return ra !== null && ra === rb;
}
