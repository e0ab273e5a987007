import * as Y from 'yjs';
import { base64ToBytes } from '@shared/base64';
import { readRegularFile } from './read-project';

/** The Yjs state (update encoding v1) a project file holds, or why it could not be read. */
async function fileState(path: string): Promise<Uint8Array> {
  const read = await readRegularFile(path);
  if (!read.ok) throw new Error(read.error.detail);
  const file = JSON.parse(read.value.toString('utf8')) as { yjsState?: unknown; yjsEncoding?: unknown };
  if (typeof file.yjsState !== 'string') throw new Error('no board state');
  const bytes = base64ToBytes(file.yjsState);
  return file.yjsEncoding === 'v2' ? Y.convertUpdateFormatV2ToV1(bytes) : bytes;
}

/**
 * Whether the backup at `backupPath` contains everything the project file at `projectPath` holds:
 * every change of the file is within the backup's state vector, and every deletion in its delete set
 * (a Yjs snapshot containment check, done on the encoded updates without building a board).
 * null when it does; the reason when it does not or cannot be checked.
 */
export async function backupMisses(projectPath: string, backupPath: string): Promise<string | null> {
  let saved: Uint8Array;
  let backup: Uint8Array;
  try {
    saved = await fileState(projectPath);
  } catch {
    // The project file itself cannot be read here: the open reports that, not this check.
    return null;
  }
  try {
    backup = await fileState(backupPath);
  } catch (e) {
    return `the newest backup cannot be read: ${(e as Error).message}`;
  }
  try {
    const snapshot = Y.createSnapshot(Y.decodeUpdate(backup).ds, Y.decodeStateVector(Y.encodeStateVectorFromUpdate(backup)));
    return Y.snapshotContainsUpdate(snapshot, saved) ? null : 'the newest backup lacks changes the project file holds';
  } catch (e) {
    // Bytes the loader repaired around (a damaged file that still opened) do not decode raw: say so, never throw at open.
    return `the newest backup cannot be compared: ${(e as Error).message}`;
  }
}
