import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, snapshotOf } from '@shared/board/doc';
import { moveItems } from '@shared/board/commands';
import { trimLoadedValues } from '@shared/board/trim-memory';
import { generateBoard } from '../../bench/generate-board';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function loaded(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

describe('trimming a loaded board', () => {
  it('keeps every record, the history and later edits exactly as they were', () => {
    const state = Y.encodeStateAsUpdate(generateBoard(300));
    const doc = loaded(state);
    const before = snapshotOf(doc);
    trimLoadedValues(doc);
    expect(snapshotOf(doc)).toEqual(before);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state);

    // Edits and their undo go on as usual on the trimmed doc.
    const undo = new Y.UndoManager(itemsOf(doc), { trackedOrigins: new Set([null, 'local']) });
    const id = before.items.find((i) => i.kind === 'note')!.id;
    doc.transact(() => moveItems(doc, [id], 25, -10), 'local');
    expect(itemsOf(doc).get(id)!.get('x')).toBe(before.items.find((i) => i.id === id)!.x + 25);
    undo.undo();
    expect(snapshotOf(doc)).toEqual(before);
  });

  it('frees the room Yjs reserves for each decoded value (tens of megabytes at 50,000 cards)', () => {
    const state = Y.encodeStateAsUpdate(generateBoard(3000));
    let values = 0;
    const doc = loaded(state);
    for (const structs of doc.store.clients.values()) for (const s of structs) if (s instanceof Y.Item && s.content instanceof Y.ContentAny) values++;
    const untrimmed = heapAfterGc();
    trimLoadedValues(doc);
    const trimmed = heapAfterGc();
    // One value per 17-slot array before (4 or 8 bytes a slot): at least 48 bytes each come back.
    expect(values).toBeGreaterThan(30_000);
    expect((untrimmed - trimmed) / values).toBeGreaterThan(48);
    doc.destroy();
  });
});
