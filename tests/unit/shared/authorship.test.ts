import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createdBy, installAuthorship, lastEditedBy, peopleOf, recordsMadeBy, type Author } from '@shared/board/authorship';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import { LOCAL_ORIGIN } from '@shared/board/doc';
import { buildProjectFile } from '@shared/project-file/build';
import { newBoardDoc } from '@shared/project-file/build';
import { loadProjectText } from '@shared/project-file/load';
import { setProposalBody } from '@shared/residency/commands';

const AWA: Author = { id: 'p-awa', name: 'Awa', color: '#d1495b' };
const BASILE: Author = { id: 'p-basile', name: 'Basile', color: '#3066be' };

/** A peer: its own doc (fresh clientID) following one person's edits. */
function peer(who: Author, from?: Y.Doc): Y.Doc {
  const doc = from ? new Y.Doc() : newBoardDoc('Atelier', '2026-11-01T00:00:00.000Z');
  if (from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  installAuthorship(doc, LOCAL_ORIGIN, () => who);
  return doc;
}

const sync = (a: Y.Doc, b: Y.Doc): void => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('authorship', () => {
  it('the maker of a card is the one who created it; the last editor follows later edits, fields and texts alike', () => {
    const a = peer(AWA);
    const note = createItem(a, { kind: 'note', x: 0, y: 0, text: 'bonjour' });
    expect(createdBy(a, note)).toEqual(AWA);
    expect(lastEditedBy(a, note)).toEqual(AWA);

    const b = peer(BASILE, a);
    updateItem(b, note, { text: 'bonsoir' });
    sync(a, b);
    expect(createdBy(a, note)?.name).toBe('Awa');
    expect(lastEditedBy(a, note)?.name).toBe('Basile');

    const proposal = createItem(a, { kind: 'proposal', x: 300, y: 0 });
    sync(a, b);
    setProposalBody(b, proposal, 'Un jardin partagé');
    sync(a, b);
    expect(createdBy(a, proposal)?.name).toBe('Awa');
    expect(lastEditedBy(a, proposal)?.name).toBe('Basile');
  });

  it('edits that arrive from elsewhere, loads and system writes attribute nobody', () => {
    const a = peer(AWA);
    const before = Y.encodeStateVector(a);
    a.transact(() => undefined, 'tablee:system');
    const c = new Y.Doc();
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a));
    const id = createItem(c, { kind: 'note', x: 0, y: 0 });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(c, before), 'remote');
    expect(createdBy(a, id)).toBeUndefined();
    expect(peopleOf(a)).toEqual([]);
  });

  it('undoing a deletion keeps the maker; my undo counts as my change', () => {
    const a = peer(AWA);
    const note = createItem(a, { kind: 'note', x: 0, y: 0 });
    const b = peer(BASILE, a);
    const undo = new Y.UndoManager(b.getMap('items'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    deleteItems(b, [note]);
    undo.undo();
    expect(b.getMap('items').has(note)).toBe(true);
    expect(createdBy(b, note)?.name).toBe('Awa');
    expect(lastEditedBy(b, note)?.name).toBe('Basile');
  });

  it('two docs edited apart merge to the same answer on both sides', () => {
    const a = peer(AWA);
    const n1 = createItem(a, { kind: 'note', x: 0, y: 0 });
    const b = peer(BASILE, a);
    // Concurrent: both change the same card, each adds one of their own.
    moveItems(a, [n1], 10, 0);
    moveItems(b, [n1], 0, 10);
    const na = createItem(a, { kind: 'note', x: 500, y: 0 });
    const nb = createItem(b, { kind: 'note', x: 0, y: 500 });
    sync(a, b);
    expect(createdBy(a, na)?.name).toBe('Awa');
    expect(createdBy(a, nb)?.name).toBe('Basile');
    expect(lastEditedBy(a, n1)).toEqual(lastEditedBy(b, n1));
    expect(['Awa', 'Basile']).toContain(lastEditedBy(a, n1)?.name);
    expect(peopleOf(a).map((p) => p.name)).toEqual(['Awa', 'Basile']);
    expect(peopleOf(b)).toEqual(peopleOf(a));
    expect(recordsMadeBy(a, BASILE.id, [n1, na, nb])).toEqual(new Set([nb]));
    expect(peopleOf(a, [nb]).map((p) => p.name)).toEqual(['Basile']);
  });

  it('a renamed person shows under the new name; writes happen only when something differs', () => {
    const me: Author = { ...AWA };
    const a = peer(me);
    const note = createItem(a, { kind: 'note', x: 0, y: 0 });
    let updates = 0;
    a.on('update', () => updates++);
    moveItems(a, [note], 5, 5);
    expect(updates).toBe(1); // the move alone: I was already the last editor
    me.name = 'Awa D.';
    moveItems(a, [note], 5, 5);
    expect(createdBy(a, note)?.name).toBe('Awa D.');
  });

  it('is kept by a save and the load pipeline', () => {
    const a = peer(AWA);
    const note = createItem(a, { kind: 'note', x: 0, y: 0 });
    const file = buildProjectFile(a, { title: 'Atelier', createdAt: '2026-11-01T00:00:00.000Z', savedAt: '2026-11-02T00:00:00.000Z', app: 'test' }, []);
    const loaded = loadProjectText(JSON.stringify(file));
    if (!loaded.ok) throw new Error(loaded.error.detail);
    expect(createdBy(loaded.value.doc, note)).toEqual(AWA);
    expect(peopleOf(loaded.value.doc)).toEqual([AWA]);
  });
});
