import * as Y from 'yjs';
import { LOCAL_ORIGIN, metaOf } from '@shared/board/doc';
import { ALL_KINDS } from '@shared/records/kinds';
import { recordsOf } from '@shared/records/y-record';

/**
 * The undo manager of a version's board, which keeps it read-only: whatever a gesture changes on
 * it (a drag, a typed letter) is taken back at once, so the board shows the version as it was
 * and nothing of it is saved or sent anywhere.
 */
export function readOnlyUndo(doc: Y.Doc): Y.UndoManager {
  const undo = new Y.UndoManager([...ALL_KINDS.map((kind) => recordsOf(kind, doc)), metaOf(doc)], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 0,
  });
  undo.on('stack-item-added', (event: { type: 'undo' | 'redo' }) => {
    if (event.type === 'undo') queueMicrotask(() => undo.undo());
  });
  return undo;
}
