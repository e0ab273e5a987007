import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { madeByOf, recordAuthorship } from '@shared/board/authorship';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import { itemsOf } from '@shared/board/doc';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, addQuote } from '@shared/residency/commands';
import { decideProposal } from '@shared/residency/decisions';
import { participantUpdateRefusal } from '@shared/room/participant-update-check';
import { WorkshopMirror } from '@shared/room/workshop-mirror';
import { deletionOf } from '../../helpers/hand-built-update';

/** The HOST's workshop doc with a locked theme, an open one, and a participant's copy of it. */
function room() {
  const full = newBoardDoc('Atelier', '2026-01-01T00:00:00.000Z');
  addInterview(full, { pseudonym: 'Awa', transcript: 'Le marché du jeudi.' });
  const lockedTheme = createItem(full, { kind: 'frame', x: 0, y: 0, w: 600, h: 400, title: 'Fermé' });
  const inside = createItem(full, { kind: 'note', x: 50, y: 80, text: 'Dedans' });
  const openTheme = createItem(full, { kind: 'frame', x: 1000, y: 0, w: 600, h: 400, title: 'Ouvert' });
  const free = createItem(full, { kind: 'note', x: 1050, y: 80, text: 'Libre' });
  const lockedNote = createItem(full, { kind: 'note', x: 3000, y: 0, text: 'Consigne' });
  itemsOf(full).get(lockedTheme)!.set('locked', true);
  itemsOf(full).get(lockedNote)!.set('locked', true);
  const mirror = new WorkshopMirror(full, { countsDelayMs: 0 });
  const work = mirror.doc;
  // Each check from a fresh copy of the room's doc: a refused edit is never applied, and Yjs
  // repeats a doc's whole delete set in every later update.
  let peer = new Y.Doc();
  const updateOf = (edit: (doc: Y.Doc) => void): Uint8Array => {
    peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(work));
    const before = Y.encodeStateVector(peer);
    edit(peer);
    return Y.encodeStateAsUpdate(peer, before);
  };
  const sender = { hidden: (root: string, key: string) => mirror.hides(root, key), person: 'person:awa' };
  const refusal = (edit: (doc: Y.Doc) => void): string | null => participantUpdateRefusal(work, updateOf(edit), sender);
  return { full, work, lockedTheme, inside, openTheme, free, lockedNote, refusal, mirror, sender, updateOf };
}

describe("a participant's update, checked by the HOST", () => {
  it('lets ordinary edits through', () => {
    const r = room();
    expect(r.refusal((d) => void createItem(d, { kind: 'note', x: 2000, y: 2000, text: 'Nouvelle idée' }))).toBeNull();
    expect(r.refusal((d) => moveItems(d, [r.free], 10, 10))).toBeNull();
    expect(r.refusal((d) => updateItem(d, r.free, { text: 'Reformulé' }))).toBeNull();
    expect(r.refusal((d) => deleteItems(d, [r.free]))).toBeNull();
    r.mirror.destroy();
  });

  it('refuses any change to a locked card or to what a locked frame holds', () => {
    const r = room();
    expect(r.refusal((d) => updateItem(d, r.lockedNote, { text: 'Changé' }))).toMatch(/locked/);
    expect(r.refusal((d) => deleteItems(d, [r.lockedNote]))).toMatch(/locked/);
    expect(r.refusal((d) => moveItems(d, [r.lockedTheme], 5, 5))).toMatch(/locked/);
    expect(r.refusal((d) => updateItem(d, r.inside, { text: 'Changé' }))).toMatch(/locked/);
    expect(r.refusal((d) => deleteItems(d, [r.inside]))).toMatch(/locked/);
    r.mirror.destroy();
  });

  it('refuses a card moved or created into a locked frame', () => {
    const r = room();
    expect(r.refusal((d) => updateItem(d, r.free, { parentId: r.lockedTheme }))).toMatch(/into locked frame/);
    expect(r.refusal((d) => void createItem(d, { kind: 'note', x: 60, y: 60, text: 'Glissé' }))).toMatch(/into locked frame/);
    r.mirror.destroy();
  });

  it('refuses a lock lifted or set, and writes into what only the HOST writes', () => {
    const r = room();
    expect(r.refusal((d) => itemsOf(d).get(r.lockedNote)!.set('locked', false))).toMatch(/locks or unlocks/);
    expect(r.refusal((d) => itemsOf(d).get(r.free)!.set('locked', true))).toMatch(/locks or unlocks/);
    expect(r.refusal((d) => d.getMap('quotes').set('quote:x', new Y.Map()))).toMatch(/"quotes"/);
    expect(r.refusal((d) => d.getMap('interviews').set('interview:x', new Y.Map()))).toMatch(/"interviews"/);
    expect(r.refusal((d) => d.getMap('themeCounts').set('frame:x', { quotes: 99, interviews: 99, profiles: 99 }))).toMatch(/"themeCounts"/);
    expect(r.refusal((d) => d.getMap('meta').set('title', 'Pirate'))).toMatch(/"meta"/);
    r.mirror.destroy();
  });

  it('refuses an update that builds on edits the room never had, and bytes that are no update', () => {
    const r = room();
    // An edit the HOST never received, then one built on it: only the second is sent.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(r.work));
    createItem(peer, { kind: 'note', x: 4000, y: 4000, text: 'jamais envoyé' });
    const before = Y.encodeStateVector(peer);
    const first = [...itemsOf(peer).keys()].find((k) => !itemsOf(r.work).has(k))!;
    updateItem(peer, first, { text: 'suite' });
    expect(participantUpdateRefusal(r.work, Y.encodeStateAsUpdate(peer, before), r.sender)).toMatch(/never had/);
    expect(participantUpdateRefusal(r.work, new Uint8Array([1, 2, 3, 250, 250]), r.sender)).toMatch(/not a Yjs update/);
    r.mirror.destroy();
  });

  it('refuses a write over a card the room does not show (a withheld quote’s), even by its id', () => {
    const r = room();
    const interview = addInterview(r.full, { pseudonym: 'Rose', consent: 'none', transcript: 'Rien à citer.' });
    const quote = addQuote(r.full, interview, 'Rien à citer.');
    if (!quote.ok) throw new Error('quote');
    const card = createItem(r.full, { kind: 'quote', quoteId: quote.value, x: 5000, y: 0 });
    expect(itemsOf(r.work).has(card)).toBe(false);
    expect(r.refusal((d) => void createItem(d, { kind: 'note', x: 5000, y: 0, text: 'par-dessus' }, card))).toMatch(/do not see/);
    r.mirror.destroy();
  });

  it('refuses content the board never writes: a value in JSON content, an embed in a text', () => {
    const r = room();
    // A modified client sets a card's frame with JSON content, which Y.Map reads as any value.
    const json = r.updateOf((d) =>
      d.transact((tr) => {
        const record = itemsOf(d).get(r.free)! as unknown as { _map: Map<string, Y.Item> };
        const left = record._map.get('parentId') ?? null;
        const item = new Y.Item(Y.createID(d.clientID, Y.getState(d.store, d.clientID)), left, left && left.lastId, null, null, record as unknown as Y.AbstractType<unknown>, 'parentId', new Y.ContentJSON([r.lockedTheme]));
        item.integrate(tr, 0);
      }),
    );
    expect(participantUpdateRefusal(r.work, json, r.sender)).toMatch(/content the board never writes/);
    const embed = r.updateOf((d) => {
      const text = new Y.Text();
      text.insert(0, 'abc');
      text.insertEmbed(1, { x: 1 });
      const card = new Y.Map<unknown>();
      card.set('text', text);
      itemsOf(d).set('note:embed', card as never);
    });
    expect(participantUpdateRefusal(r.work, embed, r.sender)).toMatch(/content the board never writes/);
    r.mirror.destroy();
  });

  it('refuses a picture changed, someone else renamed, and authorship of what is not on the room’s board', () => {
    const r = room();
    r.full.getMap('assets').set('asset:photo', new Y.Map());
    expect(r.work.getMap('assets').has('asset:photo')).toBe(true);
    expect(r.refusal((d) => d.getMap('assets').delete('asset:photo'))).toMatch(/picture/);
    expect(r.refusal((d) => d.getMap('assets').set('asset:photo', new Y.Map()))).toMatch(/picture/);
    expect(r.refusal((d) => d.getMap('assets').set('asset:new', new Y.Map()))).toBeNull();
    expect(r.refusal((d) => d.getMap('people').set('person:awa', { name: 'Awa', color: '#e9b949' }))).toBeNull();
    expect(r.refusal((d) => d.getMap('people').set('person:facilitator', { name: 'Pirate', color: '#000000' }))).toMatch(/someone else/);
    const interview = [...r.full.getMap('interviews').keys()][0]!;
    expect(r.refusal((d) => d.getMap('changedBy').set(interview, 'person:awa'))).toMatch(/authorship/);
    expect(r.refusal((d) => d.getMap('changedBy').set(r.free, 'person:awa'))).toBeNull();
    expect(r.refusal((d) => d.getMap('changedBy').set(r.lockedNote, 'person:awa'))).toMatch(/locked/);
    r.mirror.destroy();
  });

  it('refuses a decision set, changed or taken back, and a decided proposal deleted; the rest of a decided proposal stays open', () => {
    const r = room();
    const open = createItem(r.full, { kind: 'proposal', x: 5000, y: 0, title: 'Navette' });
    const decided = createItem(r.full, { kind: 'proposal', x: 5400, y: 0, title: 'Épicerie mobile' });
    decideProposal(r.full, decided, { status: 'retained', reason: 'Demandée partout', by: 'person:facilitator' });
    expect(itemsOf(r.work).get(decided)?.get('decision')).toMatchObject({ status: 'retained' });
    const decision = { status: 'retained', reason: 'Parce que', at: '2026-11-02T10:00:00.000Z', by: 'person:awa' };
    expect(r.refusal((d) => decideProposal(d, open, { ...decision, status: 'retained' }))).toMatch(/decision/);
    expect(r.refusal((d) => decideProposal(d, decided, { ...decision, status: 'dropped' }))).toMatch(/decision/);
    expect(r.refusal((d) => decideProposal(d, decided, null))).toMatch(/decision/);
    expect(r.refusal((d) => deleteItems(d, [decided]))).toMatch(/decision/);
    // A new proposal that comes with a decision is refused too.
    expect(
      r.refusal((d) => {
        const id = createItem(d, { kind: 'proposal', x: 6000, y: 0, title: 'Forgée' });
        itemsOf(d).get(id)!.set('decision', decision);
      }),
    ).toMatch(/decision/);
    expect(r.refusal((d) => updateItem(d, decided, { title: 'Épicerie mobile du mardi' }))).toBeNull();
    expect(r.refusal((d) => deleteItems(d, [open]))).toBeNull();
    r.mirror.destroy();
  });

  it('refuses a decided proposal deleted or replaced whole by a hand-built update that names none of its fields', () => {
    const r = room();
    const decided = createItem(r.full, { kind: 'proposal', x: 5400, y: 0, title: 'Épicerie mobile' });
    const open = createItem(r.full, { kind: 'proposal', x: 5800, y: 0, title: 'Navette' });
    decideProposal(r.full, decided, { status: 'retained', reason: 'Demandée partout', by: 'person:facilitator' });
    const decisionAfter = (update: Uint8Array): unknown => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(r.work));
      Y.applyUpdate(copy, update);
      return itemsOf(copy).get(decided)?.get('decision');
    };
    // Deleted alone: the update's delete set names the record's own item, not its fields.
    const deleted = deletionOf((itemsOf(r.work).get(decided) as unknown as { _item: Y.Item })._item.id);
    // Replaced whole: a new record under the same key, without deleting the old one's fields.
    const replaced = (id: string): Uint8Array => {
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(r.work));
      itemsOf(peer).delete(id); // kept here: only what follows is sent
      let update: Uint8Array | null = null;
      peer.on('update', (u: Uint8Array) => void (update = u));
      const card = new Y.Map<unknown>();
      card.set('title', 'Sans décision');
      itemsOf(peer).set(id, card as never);
      return update!;
    };
    // Applied as they are, Yjs deletes the decision anyway: each must be refused.
    expect(decisionAfter(deleted)).toBeUndefined();
    expect(decisionAfter(replaced(decided))).toBeUndefined();
    expect(participantUpdateRefusal(r.work, deleted, r.sender)).toMatch(/decision/);
    expect(participantUpdateRefusal(r.work, replaced(decided), r.sender)).toMatch(/decision/);
    // A proposal nobody decided is the room's to rewrite.
    expect(participantUpdateRefusal(r.work, replaced(open), r.sender)).toBeNull();
    r.mirror.destroy();
  });

  it('lets a participant sign only as themself, name the maker only of a card that has none, and erase no signature', () => {
    const r = room();
    const bobs = createItem(r.full, { kind: 'proposal', x: 5000, y: 0, title: 'Navette' });
    madeByOf(r.full).set(bobs, 'person:bob');
    expect(madeByOf(r.work).get(bobs)).toBe('person:bob');
    const awa = { id: 'person:awa', name: 'Awa', color: '#e9b949' };
    // As Awa's page does: her card, then its authorship; a card nobody signed yet; Bob's changed by her.
    expect(r.refusal((d) => recordAuthorship(d, awa, [createItem(d, { kind: 'note', x: 2000, y: 2000, text: 'À moi' })], []))).toBeNull();
    expect(r.refusal((d) => recordAuthorship(d, awa, [r.free], [r.free]))).toBeNull();
    expect(r.refusal((d) => recordAuthorship(d, awa, [], [bobs]))).toBeNull();
    // Bob's proposal made hers, or nobody's; a card signed in Bob's name.
    expect(r.refusal((d) => madeByOf(d).set(bobs, 'person:awa'))).toMatch(/who made/);
    expect(r.refusal((d) => recordAuthorship(d, awa, [bobs], []))).toBeNull(); // her page never writes a maker over one
    expect(r.refusal((d) => madeByOf(d).delete(bobs))).toMatch(/erases/);
    expect(r.refusal((d) => d.getMap('changedBy').set(bobs, 'person:bob'))).toMatch(/someone else's name/);
    expect(r.refusal((d) => madeByOf(d).set(createItem(d, { kind: 'note', x: 2000, y: 2000, text: 'Signée Bob' }), 'person:bob'))).toMatch(/someone else's name/);
    // Her own card and signature sent again (a sync step crossing them on the way) change nothing: let through.
    const again = r.updateOf((d) => recordAuthorship(d, awa, [createItem(d, { kind: 'note', x: 2600, y: 2000, text: 'Deux fois' })], []));
    expect(participantUpdateRefusal(r.work, again, r.sender)).toBeNull();
    Y.applyUpdate(r.work, again);
    expect(participantUpdateRefusal(r.work, again, r.sender)).toBeNull();
    // Before the sender's presence says who it is, it signs nothing.
    expect(participantUpdateRefusal(r.work, r.updateOf((d) => d.getMap('changedBy').set(r.free, 'person:awa')), { ...r.sender, person: null })).toMatch(/someone else's name/);
    r.mirror.destroy();
  });
});
