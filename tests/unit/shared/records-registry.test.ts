import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { defineKind } from '@shared/records/kind';
import { ALL_KINDS, RECORD_KINDS } from '@shared/records/kinds';
import { repairRecords } from '@shared/records/repair';
import { restoreSnapshot, snapshotOf, snapshotRecords } from '@shared/records/snapshot';
import { readRecords, recordsOf, writeRecordTo } from '@shared/records/y-record';
import { validateAndRepair } from '@shared/schema/repair';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** Writes a record's fields as they are, the way a peer's update could hold them. */
function put(doc: Y.Doc, map: string, id: string, fields: Record<string, unknown>): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  doc.getMap(map).set(id, m);
  return m;
}
const card = (id: string, fields: Record<string, unknown>): Record<string, unknown> => ({ id, x: 0, y: 0, w: 100, h: 100, z: 1, parentId: null, tags: [], ...fields });
const idSet = (ids: string[]): Y.Map<unknown> => {
  const m = new Y.Map<unknown>();
  for (const id of ids) m.set(id, true);
  return m;
};
const experiment = (id: string, proposalId: string | null): Record<string, unknown> =>
  card(id, { kind: 'experiment', title: 'E', hypothesis: '', place: '', partners: '', tested: '', indicator: '', startDate: '', endDate: '', status: 'idea', proposalId });

/** A doc with one case of every rule repair knows. */
function brokenDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    put(doc, 'items', 'frame:a', card('frame:a', { kind: 'frame', title: 'A', color: 'grey', mark: 'none' }));
    put(doc, 'items', 'frame:b', card('frame:b', { kind: 'frame', title: 'B', color: 'grey', parentId: 'frame:a' }));
    put(doc, 'items', 'note:ok', card('note:ok', { kind: 'note', text: 'x', color: 'yellow', parentId: 'frame:a', tags: ['tag:a', 'tag:ghost'] }));
    put(doc, 'items', 'note:self', card('note:self', { kind: 'note', text: 'x', color: 'yellow', parentId: 'note:self' }));
    put(doc, 'items', 'note:wrongid', card('note:other', { kind: 'note', text: 'x', color: 'yellow' }));
    put(doc, 'items', 'note:bad', { id: 'note:bad', kind: 'note', x: 'left' });
    doc.getMap('items').set('evil', 42);
    put(doc, 'items', 'quote:card1', card('quote:card1', { kind: 'quote', quoteId: 'quote:1' }));
    put(doc, 'items', 'quote:card2', card('quote:card2', { kind: 'quote', quoteId: 'quote:ghost', parentId: 'frame:gone' }));
    const p = put(doc, 'items', 'proposal:1', card('proposal:1', { kind: 'proposal', title: 'P', quoteLinks: idSet(['quote:1', 'quote:ghost']), themeLinks: idSet(['frame:a', 'note:ok']) }));
    p.set('body', new Y.Text('corps'));
    put(doc, 'items', 'experiment:1', experiment('experiment:1', 'frame:a'));
    put(doc, 'items', 'experiment:2', experiment('experiment:2', 'proposal:1'));
    put(doc, 'items', 'image:1', card('image:1', { kind: 'image', assetId: 'asset:gone', alt: 'a' }));
    put(doc, 'items', 'image:2', card('image:2', { kind: 'image', assetId: 'asset:bad', alt: 'b' }));
    put(doc, 'items', 'image:3', card('image:3', { kind: 'image', assetId: 'asset:ok', alt: 'c' }));
    put(doc, 'assets', 'asset:ok', { mime: 'image/png', bytes: PNG, width: 4, height: 4 });
    put(doc, 'assets', 'asset:bad', { mime: 'image/jpeg', bytes: PNG, width: 4, height: 4 });
    put(doc, 'assets', 'asset:unused', { mime: 'image/png', bytes: PNG, width: 4, height: 4 });
    const iv = put(doc, 'interviews', 'interview:1', { id: 'interview:1', date: '', place: '', kind: 'street', role: 'user', ageBand: '', pseudonym: '', consent: 'none', notes: '' });
    iv.set('transcript', new Y.Text('bonjour'));
    put(doc, 'quotes', 'quote:1', { id: 'quote:1', interviewId: 'interview:1', text: 'q' });
    put(doc, 'quotes', 'quote:2', { id: 'quote:2', interviewId: 'interview:ghost', text: 'q' });
    doc.getMap('quotes').set('quote:prim', 3);
    put(doc, 'tags', 'tag:a', { id: 'tag:a', label: 'A', group: 'field' });
    put(doc, 'tags', 'tag:b', { id: 'tag:b', label: '', group: 'field' });
  });
  return doc;
}

describe('the record registry', () => {
  it('repairs every kind of broken record and dangling link as the declarations say', () => {
    const doc = brokenDoc();
    const issues = validateAndRepair(doc).map((i) => `${i.action} ${i.id}: ${i.reason}`);
    expect(issues.sort()).toEqual([
      'dropped asset:bad: picture: bytes are not image/jpeg',
      'dropped asset:unused: picture no card shows',
      'dropped evil: not a record',
      'dropped note:bad: x: Invalid input: expected number, received string',
      'dropped quote:card2: quote card of missing quote quote:ghost',
      'dropped quote:prim: not a record',
      'dropped tag:b: label: Too small: expected string to have >=1 characters',
      'fixed experiment:1: link to missing proposal frame:a removed',
      'fixed frame:b: link to missing frame frame:a removed',
      'fixed image:1: picture asset:gone missing: shown as a placeholder',
      'fixed image:2: picture asset:bad missing: shown as a placeholder',
      'fixed note:ok: links to missing tags removed',
      'fixed note:self: link to missing frame note:self removed',
      'fixed note:wrongid: id field said note:other',
      'fixed proposal:1: link to missing quote quote:ghost removed',
      'fixed proposal:1: link to missing theme note:ok removed',
      'fixed quote:2: link to missing interview interview:ghost removed',
      'fixed quote:card2: link to missing frame frame:gone removed',
    ]);
    const s = snapshotOf(doc);
    expect(s.items.map((i) => i.id)).toEqual(['frame:a', 'frame:b', 'experiment:1', 'experiment:2', 'image:1', 'image:2', 'image:3', 'note:ok', 'note:self', 'note:wrongid', 'proposal:1', 'quote:card1']);
    expect(s.items.find((i) => i.id === 'note:ok')).toMatchObject({ parentId: 'frame:a', tags: ['tag:a'] });
    expect(s.items.find((i) => i.id === 'proposal:1')).toMatchObject({ body: 'corps', quoteLinks: { 'quote:1': true }, themeLinks: { 'frame:a': true } });
    expect(s.quotes.map((q) => [q.id, q.interviewId])).toEqual([
      ['quote:1', 'interview:1'],
      ['quote:2', null],
    ]);
    expect(s.assets).toEqual([{ id: 'asset:ok', mime: 'image/png', width: 4, height: 4, bytes: PNG.byteLength }]);
    // Nothing left to drop or fix but the placeholders, which stay until a picture comes back.
    expect(validateAndRepair(doc).map((i) => i.id).sort()).toEqual(['image:1', 'image:2']);
  });

  it('every link of every kind points at a declared kind, and no two kinds share a map or a name', () => {
    const names = new Set(RECORD_KINDS.map((k) => k.name));
    expect(names.size).toBe(RECORD_KINDS.length);
    expect(new Set(RECORD_KINDS.map((k) => k.map)).size).toBe(RECORD_KINDS.length);
    for (const kind of RECORD_KINDS) for (const ref of kind.refs) expect(names, `${kind.name}.${ref.field}`).toContain(ref.to);
  });

  it('writes the snapshot lists in the order of the declarations, after schemaVersion and meta', () => {
    expect(Object.keys(snapshotOf(new Y.Doc()))).toEqual(['schemaVersion', 'meta', 'items', 'interviews', 'quotes', 'tags', 'assets', 'voteResults', 'amendments']);
    expect(RECORD_KINDS.map((k) => k.snapshotKey)).toEqual(['items', 'interviews', 'quotes', 'tags', 'assets', 'voteResults', 'amendments']);
  });

  it('a new kind is one declaration: written, read, snapshotted, restored and repaired with no other code', () => {
    const VOTES = defineKind<{ id: string; proposalId: string; comment: string; voters: Record<string, true> }>({
      name: 'vote',
      map: 'votes',
      schema: z.object({ id: z.string(), proposalId: z.string(), comment: z.string().max(100), voters: z.record(z.string(), z.literal(true)) }),
      texts: ['comment'],
      idSets: ['voters'],
      refs: [{ field: 'proposalId', to: 'item', onMissing: 'drop', noun: 'proposal' }],
    });
    const kinds = [...ALL_KINDS, VOTES];
    const doc = new Y.Doc();
    doc.transact(() => {
      put(doc, 'items', 'proposal:1', card('proposal:1', { kind: 'proposal', title: 'P', body: '', quoteLinks: idSet([]), themeLinks: idSet([]) }));
      writeRecordTo(VOTES, recordsOf(VOTES, doc), 'vote:1', { id: 'vote:1', proposalId: 'proposal:1', comment: 'oui', voters: { 'person:a': true } });
      writeRecordTo(VOTES, recordsOf(VOTES, doc), 'vote:2', { id: 'vote:2', proposalId: 'proposal:gone', comment: 'non', voters: {} });
    });
    const stored = recordsOf(VOTES, doc).get('vote:1')!;
    expect(stored.get('comment')).toBeInstanceOf(Y.Text);
    expect(stored.get('voters')).toBeInstanceOf(Y.Map);
    expect(readRecords(VOTES, doc).map((v) => v.id)).toEqual(['vote:1', 'vote:2']);

    const snapshot = snapshotRecords(doc, kinds);
    expect(Object.keys(snapshot)).toEqual(['items', 'interviews', 'quotes', 'tags', 'assets', 'voteResults', 'amendments', 'votes']);
    const rebuilt = new Y.Doc();
    rebuilt.transact(() => restoreSnapshot(rebuilt, snapshot, kinds));
    expect(readRecords(VOTES, rebuilt)).toEqual(readRecords(VOTES, doc));
    expect(recordsOf(VOTES, rebuilt).get('vote:1')!.get('comment')).toBeInstanceOf(Y.Text);

    const issues = repairRecords(rebuilt, kinds);
    expect(issues).toEqual([{ id: 'vote:2', action: 'dropped', reason: 'missing proposal proposal:gone' }]);
    expect(readRecords(VOTES, rebuilt).map((v) => v.id)).toEqual(['vote:1']);
  });

  it('a record dropped for its link takes down the records that pointed at it', () => {
    const PINS = defineKind<{ id: string; cardId: string }>({
      name: 'pin',
      map: 'pins',
      schema: z.object({ id: z.string(), cardId: z.string() }),
      refs: [{ field: 'cardId', to: 'item', onMissing: 'drop', noun: 'card' }],
    });
    const doc = new Y.Doc();
    doc.transact(() => {
      // The quote card goes because its quote is missing; the pin on it then points at nothing.
      put(doc, 'items', 'quote:card', card('quote:card', { kind: 'quote', quoteId: 'quote:gone' }));
      put(doc, 'items', 'note:1', card('note:1', { kind: 'note', text: 'x', color: 'yellow' }));
      put(doc, 'pins', 'pin:1', { id: 'pin:1', cardId: 'quote:card' });
      put(doc, 'pins', 'pin:2', { id: 'pin:2', cardId: 'note:1' });
    });
    // Pins are checked before cards: only a second pass sees that the card went.
    const issues = repairRecords(doc, [PINS, ...ALL_KINDS]);
    expect(issues.map((i) => `${i.action} ${i.id}`)).toEqual(['dropped quote:card', 'dropped pin:1']);
    expect([...doc.getMap('pins').keys()]).toEqual(['pin:2']);
  });
});
