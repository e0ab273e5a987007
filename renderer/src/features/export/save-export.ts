import { bytesToBase64 } from '@shared/base64';
import type { ExportApi, ExportWritten } from '@shared/host-api/contract';
import { HostCallError, type HostErrorCode } from '@shared/host-api/errors';
import { downloadBlob } from './download';

/**
 * Where an export goes. The desktop app asks the system's save dialog for a path; the browser
 * on the host machine types a path (like the project panel) or downloads; a participant's
 * browser only downloads (the HOST writes files for the person at the host machine alone).
 */
export type Destination =
  | { kind: 'native'; api: ExportApi }
  | { kind: 'path'; api: ExportApi; path: string; overwrite: boolean }
  | { kind: 'download' };

export type SaveOutcome = { kind: 'saved'; written: ExportWritten } | { kind: 'downloaded'; name: string; bytes: number } | { kind: 'cancelled' };

export async function saveBlob(blob: Blob, fileName: string, extension: string, destination: Destination): Promise<SaveOutcome> {
  if (destination.kind === 'download') {
    downloadBlob(blob, fileName);
    return { kind: 'downloaded', name: fileName, bytes: blob.size };
  }
  let path: string | null;
  let overwrite: boolean;
  if (destination.kind === 'native') {
    // The system dialog has already asked before replacing a file.
    path = await destination.api.pickExportPath({ suggestedName: fileName, extension });
    overwrite = true;
  } else {
    path = destination.path.trim();
    overwrite = destination.overwrite;
  }
  if (!path) return { kind: 'cancelled' };
  const data = bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
  return { kind: 'saved', written: await destination.api.writeExport({ path, data, overwrite }) };
}

/** The codes the dialog words itself, saying what to change in the dialog; others are worded as anywhere else. */
const CODES = ['exists', 'not-found', 'read-only', 'disk-full', 'is-project', 'is-directory', 'no-project', 'unavailable'] as const satisfies readonly HostErrorCode[];
export type WordedExportError = (typeof CODES)[number];

/** The host's error code of a failed export, if it is one the dialog words. */
export function exportErrorCode(e: unknown): WordedExportError | null {
  return e instanceof HostCallError && (CODES as readonly string[]).includes(e.code) ? (e.code as WordedExportError) : null;
}
