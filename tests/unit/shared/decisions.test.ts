import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createItem, duplicateItems } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItem, readItems } from '@shared/board/doc';
import { intersects } from '@shared/board/geometry';
import { MAX_REASON_LENGTH, proposalSchema, type ItemRecord } from '@shared/board/records';
import { buildProjectFile, newBoardDoc } from '@shared/project-file/build';
import { loadProjectText } from '@shared/project-file/load';
import { decideProposal, experimentFromProposal } from '@shared/residency/decisions';
import { parseQuery, searchItems } from '@shared/residency/search';

const meta = { title: 'Décisions', createdAt: '2026-11-01T00:00:00.000Z', savedAt: '2026-11-01T00:00:00.000Z', app: 'test' };
const noData = { interviews: new Map(), quotes: new Map(), tags: new Map() };
const proposalOf = (doc: Y.Doc, id: string): Extract<ItemRecord, { kind: 'proposal' }> => {
  const p = readItem(itemsOf(doc).get(id));
  if (p?.kind !== 'proposal') throw new Error(`${id} is not a readable proposal`);
  return p;
};

describe('a decision on a proposal', () => {
  it('is optional: a proposal written before decisions reads as undecided; a wrong status or a long reason is refused by the schema', () => {
    const doc = newBoardDoc('R', meta.createdAt);
    const id = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Un lieu aiguillage' });
    expect(proposalOf(doc, id).decision).toBeUndefined();
    const base = { ...proposalOf(doc, id) };
    const at = '2026-11-02T10:00:00.000Z';
    expect(proposalSchema.safeParse({ ...base, decision: { status: 'retained', reason: 'Porté par trois lieux', at, by: 'p1' } }).success).toBe(true);
    expect(proposalSchema.safeParse({ ...base, decision: { status: 'maybe', reason: '', at, by: null } }).success).toBe(false);
    expect(proposalSchema.safeParse({ ...base, decision: { status: 'dropped', reason: 'x'.repeat(MAX_REASON_LENGTH + 1), at, by: null } }).success).toBe(false);
    expect(proposalSchema.safeParse({ ...base, decision: { status: 'dropped', reason: '', at: 'hier', by: null } }).success).toBe(false);
  });

  it('is set, changed and taken back as one undo step each, and keeps who decided and when', () => {
    const doc = newBoardDoc('R', meta.createdAt);
    const id = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Navette du jeudi' });
    const undo = new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
    decideProposal(doc, id, { status: 'dig-deeper', reason: 'Qui conduit ?', by: 'person:awa', at: '2026-11-02T10:00:00.000Z' });
    expect(proposalOf(doc, id).decision).toEqual({ status: 'dig-deeper', reason: 'Qui conduit ?', by: 'person:awa', at: '2026-11-02T10:00:00.000Z' });
    decideProposal(doc, id, { status: 'retained', reason: 'La mairie prête le minibus', by: 'person:awa' });
    expect(proposalOf(doc, id).decision?.status).toBe('retained');
    undo.undo();
    expect(proposalOf(doc, id).decision).toMatchObject({ status: 'dig-deeper', reason: 'Qui conduit ?' });
    decideProposal(doc, id, null);
    expect(proposalOf(doc, id).decision).toBeUndefined();
    undo.undo();
    expect(proposalOf(doc, id).decision?.status).toBe('dig-deeper');
    // Too long a reason is cut to the limit, not refused: what was typed is kept up to it.
    decideProposal(doc, id, { status: 'dropped', reason: 'y'.repeat(MAX_REASON_LENGTH + 50), by: null });
    expect(proposalOf(doc, id).decision?.reason).toHaveLength(MAX_REASON_LENGTH);
  });

  it('is saved in the file and comes back from the readable snapshot; a copy of the proposal starts undecided', () => {
    const doc = newBoardDoc('R', meta.createdAt);
    const id = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Épicerie mobile' });
    decideProposal(doc, id, { status: 'retained', reason: 'Demandée partout', by: 'person:awa' });
    const file = buildProjectFile(doc, meta, []);
    // The Yjs state lost: the board is rebuilt from the snapshot, decision included.
    file.yjsState = bytesToBase64(new Uint8Array([1, 2, 3]));
    const loaded = loadProjectText(JSON.stringify(file));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.report.warnings).toContain('rebuilt-from-snapshot');
    expect(proposalOf(loaded.value.doc, id).decision).toMatchObject({ status: 'retained', reason: 'Demandée partout', by: 'person:awa' });

    const [copy] = duplicateItems(doc, [id]);
    expect(proposalOf(doc, copy!).decision).toBeUndefined();
    expect(proposalOf(doc, id).decision?.status).toBe('retained');
  });
});

describe('an experiment from a proposal', () => {
  it('records where it comes from, takes its title, and sits beside it without covering a card, in one undo step', () => {
    const doc = newBoardDoc('R', meta.createdAt);
    const id = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Navette du jeudi' });
    // A note right where the first spot beside it would be.
    createItem(doc, { kind: 'note', x: 330, y: 10, text: 'Déjà là' });
    const undo = new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
    const made = experimentFromProposal(doc, id);
    const experiment = readItem(itemsOf(doc).get(made!));
    expect(experiment).toMatchObject({ kind: 'experiment', proposalId: id, title: 'Navette du jeudi' });
    const others = readItems(doc).filter((i) => i.id !== made && i.kind !== 'frame');
    expect(others.filter((o) => intersects(o, experiment!))).toEqual([]);
    expect(experiment!.x).toBeGreaterThan(280);
    undo.undo();
    expect(itemsOf(doc).has(made!)).toBe(false);
    expect(experimentFromProposal(doc, 'note:none')).toBeNull();
  });
});

describe('the search bar\'s status filter', () => {
  it('reads French and English words, accents or not, and leaves other words and unknown names alone', () => {
    expect(parseQuery('status:retenue vélo').words).toEqual(['velo']);
    expect(parseQuery('Statut:À-creuser').keeps).toHaveLength(1);
    expect(parseQuery('status:dropped').keeps).toHaveLength(1);
    expect(parseQuery('status:peut-etre').unknown).toEqual(['status:peut-etre']);
    // Not a filter's name: a word like any other.
    expect(parseQuery('10:30 lieu:grenier')).toMatchObject({ words: ['10:30', 'lieu:grenier'], keeps: [], unknown: [] });
  });

  it('keeps the proposals of that decision, with the words searched; an unknown status finds nothing', () => {
    const doc = newBoardDoc('R', meta.createdAt);
    const kept = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Navette du jeudi' });
    const deeper = createItem(doc, { kind: 'proposal', x: 400, y: 0, title: 'Navette du samedi' });
    const gone = createItem(doc, { kind: 'proposal', x: 800, y: 0, title: 'Péniche culturelle' });
    const open = createItem(doc, { kind: 'proposal', x: 1200, y: 0, title: 'Jardin partagé' });
    createItem(doc, { kind: 'note', x: 0, y: 400, text: 'retenue de la navette' });
    decideProposal(doc, kept, { status: 'retained', reason: 'Le minibus est prêté', by: null });
    decideProposal(doc, deeper, { status: 'dig-deeper', reason: '', by: null });
    decideProposal(doc, gone, { status: 'dropped', reason: 'Trop cher', by: null });
    const items = readItems(doc);
    const ids = (q: string): string[] => searchItems(items, q, noData).map((i) => i.id);
    expect(ids('status:retenue')).toEqual([kept]);
    expect(ids('status:retained')).toEqual([kept]);
    expect(ids('statut:à-creuser')).toEqual([deeper]);
    expect(ids('status:dig-deeper navette')).toEqual([deeper]);
    expect(ids('status:écartée')).toEqual([gone]);
    expect(ids('status:undecided')).toEqual([open]);
    expect(ids('status:ecartee navette')).toEqual([]);
    expect(ids('status:peut-etre')).toEqual([]);
    // The reason is searched with the proposal's words.
    expect(ids('minibus')).toEqual([kept]);
  });
});
