import * as Y from 'yjs';
import { bytesToBase64 } from '../base64';
import { metaOf, snapshotOf, SYSTEM_ORIGIN } from '../board/doc';
import { migrate } from '../schema/migrate';
import { SCHEMA_VERSION } from '../schema/version';
import { FILE_FORMAT, FORMAT_VERSION, MAX_HISTORY, type FileMeta, type HistoryEntry, type ProjectFile } from './format';

/** The file's content for a doc. The snapshot is derived from the doc, never the other way round. */
/**
 * `ballots`: the HOST's ballot box of dot votes; `tickets`: the room tickets it keeps (hashes);
 * both kept as they are given (absent: none).
 */
export function buildProjectFile(doc: Y.Doc, meta: FileMeta, history: readonly HistoryEntry[], ballots?: unknown, tickets?: unknown): ProjectFile {
  const snapshot = snapshotOf(doc);
  return {
    format: FILE_FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    meta: { ...meta, title: snapshot.meta.title || meta.title },
    // The same state as v1, in fewer bytes: nothing is re-encoded through another doc, so every
    // client id and struct peers merge against stays as it is.
    yjsState: bytesToBase64(Y.encodeStateAsUpdateV2(doc)),
    yjsEncoding: 'v2',
    snapshot,
    history: history.slice(-MAX_HISTORY),
    ...(ballots === undefined ? {} : { ballots }),
    ...(tickets === undefined ? {} : { tickets }),
  };
}

/** A fresh board at the current schema. */
export function newBoardDoc(title: string, createdAt: string): Y.Doc {
  const doc = new Y.Doc();
  migrate(doc, 0);
  doc.transact(() => {
    metaOf(doc).set('title', title);
    metaOf(doc).set('createdAt', createdAt);
  }, SYSTEM_ORIGIN);
  return doc;
}
