import * as Y from 'yjs';
import { itemsOf, LOCAL_ORIGIN, metaOf } from '@shared/board/doc';
import { keepMyHistory } from './undo-browser';

/**
 * Undo only MY edits: the manager tracks the local origin, never loads or other peers. With
 * `keep`, the history is also kept in this browser across reloads (see undo-keep.ts). Leaving
 * and rejoining a room keeps the very same manager: the doc stays, only the links change.
 */
export function createUndoManager(doc: Y.Doc, options: { keep?: boolean } = {}): Y.UndoManager {
  const undo = new Y.UndoManager([itemsOf(doc), metaOf(doc)], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 500,
    // My undo puts back the value my edit overwrote even when a peer wrote that field since. Without
    // it Yjs refuses to restore such a value and, when my value had won, leaves the field empty: the
    // card stops being a valid record for everyone (tests/fuzz/sync-fuzz.ts found it).
    ignoreRemoteMapChanges: true,
  });
  if (options.keep) keepMyHistory(undo);
  return undo;
}
