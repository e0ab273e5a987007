import * as Y from 'yjs';
import { itemsOf, LOCAL_ORIGIN, metaOf } from '@shared/board/doc';

/** Undo only MY edits: the manager tracks the local origin, never loads or other peers. */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager([itemsOf(doc), metaOf(doc)], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 500,
  });
}
