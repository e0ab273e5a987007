import * as Y from 'yjs';
import { itemsOf, LOCAL_ORIGIN, metaOf } from '@shared/board/doc';
import { keepFieldsThroughUndo } from '@shared/board/undo-heal';
import { amendmentsOf } from '@shared/residency/amendments';
import { keepMyHistory } from './undo-browser';

/**
 * Undo only MY edits: the manager tracks the local origin, never loads or other peers. With
 * `keep`, the history is also kept in this browser across reloads (see undo-keep.ts). Leaving
 * and rejoining a room keeps the very same manager: the doc stays, only the links change.
 */
export function createUndoManager(doc: Y.Doc, options: { keep?: boolean } = {}): Y.UndoManager {
  const undo = new Y.UndoManager([itemsOf(doc), metaOf(doc), amendmentsOf(doc)], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 500,
  });
  // An undo after a peer's concurrent write of the same field must not leave it empty.
  keepFieldsThroughUndo(doc, undo, [itemsOf(doc)]);
  if (options.keep) keepMyHistory(undo);
  return undo;
}
