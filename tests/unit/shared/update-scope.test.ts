import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, moveItems } from '@shared/board/commands';
import { itemsOf } from '@shared/board/doc';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, setProposalBody, setTranscript } from '@shared/residency/commands';
import { scopeOfUpdate, type Touch } from '@shared/room/update-scope';

/** The HOST's doc, a peer holding the same, and the update the peer's edit makes. */
function board() {
  const host = newBoardDoc('Test', '2026-01-01T00:00:00.000Z');
  const note = createItem(host, { kind: 'note', x: 0, y: 0, text: 'Une tablée' });
  const proposal = createItem(host, { kind: 'proposal', x: 400, y: 0, title: 'Un guichet', body: 'Ouvrir le samedi' });
  const interview = addInterview(host, { transcript: 'On est venus pour le café.' });
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(host));
  const updateOf = (edit: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(peer);
    edit(peer);
    return Y.encodeStateAsUpdate(peer, before);
  };
  const scope = (update: Uint8Array) => {
    const r = scopeOfUpdate(host, update);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  return { host, peer, note, proposal, interview, updateOf, scope };
}

const sorted = (touches: Touch[]) => [...touches].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('what a peer update touches, read before it is applied', () => {
  it('a new card: the record and its fields, nothing else', () => {
    const b = board();
    const update = b.updateOf((d) => void createItem(d, { kind: 'note', x: 10, y: 10, text: 'x' }, 'note:new'));
    const touches = b.scope(update).touches;
    expect(new Set(touches.map((t) => `${t.root}/${t.record}`))).toEqual(new Set(['items/note:new']));
    expect(touches).toContainEqual({ root: 'items', record: 'note:new', field: null });
    expect(touches).toContainEqual({ root: 'items', record: 'note:new', field: 'text' });
  });

  it('a move writes the place fields of that card only, the value it replaces included', () => {
    const b = board();
    const s = b.scope(b.updateOf((d) => moveItems(d, [b.note], 20, 0)));
    expect(sorted(s.touches)).toEqual(sorted([
      { root: 'items', record: b.note, field: 'x' },
      { root: 'items', record: b.note, field: 'y' },
    ]));
    expect(s.unplaced).toBe(0);
  });

  it('typing inside a proposal’s text is placed by its neighbours: the body field', () => {
    const b = board();
    const s = b.scope(b.updateOf((d) => setProposalBody(d, b.proposal, 'Ouvrir le samedi matin')));
    expect(s.touches).toEqual([{ root: 'items', record: b.proposal, field: 'body' }]);
    // The root map, the proposal, its body, the letters in it.
    expect(s.depth).toBe(3);
  });

  it('a transcript edit touches the interview, not the board', () => {
    const b = board();
    const s = b.scope(b.updateOf((d) => setTranscript(d, b.interview, 'On est venus pour le café, et on est restés.')));
    expect(s.touches.map((t) => [t.root, t.record, t.field])).toEqual([['interviews', b.interview, 'transcript']]);
  });

  it('an entry of a top-level map is read with its value, an overwrite too; a nested type is no plain value', () => {
    const b = board();
    b.host.getMap('madeBy').set(b.note, 'person:fanny');
    Y.applyUpdate(b.peer, Y.encodeStateAsUpdate(b.host));
    const update = b.updateOf((d) =>
      d.transact(() => {
        d.getMap('madeBy').set(b.note, 'person:awa');
        d.getMap('changedBy').set(b.note, new Y.Map() as never);
      }),
    );
    const entries = b.scope(update).entries;
    expect(entries).toContainEqual({ root: 'madeBy', record: b.note, value: 'person:awa' });
    expect(entries.filter((e) => e.root === 'changedBy')).toHaveLength(1);
    expect(typeof entries.find((e) => e.root === 'changedBy')!.value).toBe('object');
    expect(b.scope(b.updateOf((d) => d.getMap('madeBy').delete(b.note))).entries).toEqual([]);
  });

  it('a deletion names the record deleted', () => {
    const b = board();
    const s = b.scope(b.updateOf((d) => deleteItems(d, [b.note])));
    expect(s.touches).toContainEqual({ root: 'items', record: b.note, field: null });
    expect(s.touches.every((t) => t.record === b.note)).toBe(true);
  });

  it('a hostile update is seen for what it is: a primitive in place of a record, a map of its own', () => {
    const b = board();
    expect(b.scope(b.updateOf((d) => itemsOf(d).set('evil', 42 as never))).touches).toEqual([{ root: 'items', record: 'evil', field: null }]);
    expect(b.scope(b.updateOf((d) => d.getMap('secrets').set('k', 'v'))).touches).toEqual([{ root: 'secrets', record: 'k', field: null }]);
  });

  it('types nested ten thousand deep are walked without a stack overflow', () => {
    const b = board();
    const update = b.updateOf((d) =>
      d.transact(() => {
        let map = new Y.Map<unknown>();
        itemsOf(d).set('deep', map as never);
        for (let i = 0; i < 10_000; i++) {
          const next = new Y.Map<unknown>();
          map.set('k', next);
          map = next;
        }
      }),
    );
    const s = b.scope(update);
    expect(s.depth).toBe(10_001);
    expect(s.touches).toContainEqual({ root: 'items', record: 'deep', field: 'k' });
    expect(s.touches.every((t) => t.root === 'items' && t.record === 'deep')).toBe(true);
  });

  it('an update that builds on one not received yet is not placed', () => {
    const b = board();
    b.updateOf((d) => void createItem(d, { kind: 'note', x: 0, y: 0 }, 'note:first'));
    const second = b.updateOf((d) => moveItems(d, ['note:first'], 5, 5));
    expect(b.scope(second).unplaced).toBeGreaterThan(0);
  });

  it('bytes that are not an update are refused', () => {
    const b = board();
    expect(scopeOfUpdate(b.host, new Uint8Array([255, 255, 255, 255, 1, 2, 3])).ok).toBe(false);
  });
});

describe('a hostile deletion range', () => {
  it('of two billion clocks on a client nobody knows touches nothing, and is read at once', () => {
    const b = board();
    const encoder = new (class {
      bytes: number[] = [];
      uint(n: number) {
        while (n > 0x7f) {
          this.bytes.push(0x80 | (n & 0x7f));
          n >>>= 7;
        }
        this.bytes.push(n);
      }
    })();
    // An update (v1) with no structs and one delete set entry: client 12345, clock 0, length 2^31.
    encoder.uint(0); // clients with structs
    encoder.uint(1); // clients in the delete set
    encoder.uint(12345);
    encoder.uint(1);
    encoder.uint(0);
    encoder.uint(2 ** 31);
    const s = b.scope(new Uint8Array(encoder.bytes));
    expect(s.touches).toEqual([]);
  });
});
