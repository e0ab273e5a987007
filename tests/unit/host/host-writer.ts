import type * as Y from 'yjs';

/** The HOST's write into a bare doc, as RoomBoard.write does for a project: one transaction of its own origin. */
export const hostWriter = (doc: Y.Doc): { doc: Y.Doc; write: (change: (doc: Y.Doc) => void) => void } => ({
  doc,
  write: (change) => doc.transact(() => change(doc), 'host'),
});
