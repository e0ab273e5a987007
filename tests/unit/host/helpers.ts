import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createItem } from '@shared/board/commands';
import { LOCAL_ORIGIN } from '@shared/board/doc';

export { useTempDir } from '../../helpers/use-temp-dir';

/** A renderer stand-in: a doc built from the host's state whose local edits come out as base64 updates. */
export function rendererDoc(state: Uint8Array): { doc: Y.Doc; addNote(text: string, x?: number, y?: number): string; updates: string[] } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, 'host');
  const updates: string[] = [];
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin === LOCAL_ORIGIN) updates.push(bytesToBase64(u));
  });
  return {
    doc,
    updates,
    addNote: (text, x = 0, y = 0) => createItem(doc, { kind: 'note', x, y, text }),
  };
}
