import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { itemsOf } from '@shared/board/doc';
import { AMENDMENTS } from '@shared/records/amendments';
import { readRecord } from '@shared/records/y-record';
import { amendmentsOf, anchorIndex, decideAmendment, readAmendments, suggestAmendment } from '@shared/residency/amendments';
import { setProposalBody } from '@shared/residency/commands';
import { useRoomPerTest } from './helpers/room-fixture';
import { until } from './helpers/room-host';

/**
 * Amendments through the real HOST with Node peers: a participant's suggestion reaches the
 * facilitators pointing at the same words of their copy; a participant decides on a proposal she
 * made; a participant who accepts on someone else's proposal, or first makes it theirs, as a
 * modified page would, is refused by the HOST and nothing changes anywhere.
 */
const rooms = useRoomPerTest();
const PASSWORD = 'prune ardoise ruisseau';
const bodyText = (doc: Y.Doc, id: string): string => String(itemsOf(doc).get(id)?.get('body') ?? '');

describe('amendments in the room', () => {
  it('suggested by one participant, decided by the proposal’s author; the HOST refuses a decision from anyone else', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const awa = rooms.join('Awa', PASSWORD);
    const bob = rooms.join('Bob', PASSWORD);
    await Promise.all([fanny.room.synced(), awa.room.synced(), bob.room.synced()]);
    // The HOST knows who each participant is from their presence.
    await until('the HOST knows everyone', async () => (await room.host.api.roomStatus()).people.filter((p) => p.name !== '').length === 3);

    // Fanny's proposal, and Awa's own (made by her: its authorship says so).
    const theirs = createItem(fanny.doc, { kind: 'proposal', x: 0, y: 0, title: 'Navette' });
    setProposalBody(fanny.doc, theirs, 'Une navette le soir.');
    const hers = createItem(awa.doc, { kind: 'proposal', x: 400, y: 0, title: 'Jardin', body: 'Un jardin partagé.' });
    awa.doc.getMap('madeBy').set(hers, 'user-Awa');
    await until('Bob has both proposals', () => bodyText(bob.doc, theirs) === 'Une navette le soir.' && bodyText(bob.doc, hers) === 'Un jardin partagé.');

    // Bob suggests on both. Fanny's copy points at the same words, though made of other letters.
    const onTheirs = suggestAmendment(bob.doc, { proposalId: theirs, author: 'user-Bob', from: 15, to: 19, text: 'jeudi soir', now: 1 });
    const onHers = suggestAmendment(bob.doc, { proposalId: hers, author: 'user-Bob', from: 10, to: 17, text: 'ouvert', now: 2 });
    if (!onTheirs.ok || !onHers.ok) throw new Error('not suggested');
    await until('Fanny has both suggestions', () => readAmendments(fanny.doc, theirs).length === 1 && readAmendments(fanny.doc, hers).length === 1);
    const seen = readRecord(AMENDMENTS, amendmentsOf(fanny.doc).get(onTheirs.value))!;
    const body = itemsOf(fanny.doc).get(theirs)!.get('body') as Y.Text;
    expect([anchorIndex(fanny.doc, body, seen.start), anchorIndex(fanny.doc, body, seen.end)]).toEqual([15, 19]);

    // Awa accepts the one on her proposal: everyone's text changes.
    await until('Awa has the suggestion', () => readAmendments(awa.doc, hers).length === 1);
    expect(decideAmendment(awa.doc, onHers.value, 'accepted', 'user-Awa', 3).ok).toBe(true);
    await until('Fanny and Bob have the accepted text', () => bodyText(fanny.doc, hers) === 'Un jardin ouvert.' && bodyText(bob.doc, hers) === 'Un jardin ouvert.');
    expect(readAmendments(fanny.doc, hers)[0]).toMatchObject({ state: 'accepted', decidedBy: 'user-Awa' });

    // Bob accepts his own suggestion on Fanny's proposal, as a modified page would: refused.
    await until('Bob has his suggestion', () => readAmendments(bob.doc, theirs).length === 1);
    decideAmendment(bob.doc, onTheirs.value, 'accepted', 'user-Bob', 4);
    await until('the HOST refused it', () => bob.room.state().kind === 'refused');
    expect(bob.room.state()).toMatchObject({ kind: 'refused', reason: 'update-refused' });
    const refusals = (await room.host.api.roomStatus()).refusals;
    expect(refusals.map((r) => r.reason)).toEqual([expect.stringMatching(/did not make/)]);
    expect(bodyText(fanny.doc, theirs)).toBe('Une navette le soir.');
    expect(readAmendments(fanny.doc, theirs)[0]).toMatchObject({ state: 'open', decidedBy: null });
    expect(bodyText(awa.doc, theirs)).toBe('Une navette le soir.');
  }, 60_000);

  it('a participant who makes someone else’s proposal theirs, as a modified page would, is refused and decides nothing on it', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const awa = rooms.join('Awa', PASSWORD);
    const bob = rooms.join('Bob', PASSWORD);
    await Promise.all([fanny.room.synced(), awa.room.synced(), bob.room.synced()]);
    await until('the HOST knows everyone', async () => (await room.host.api.roomStatus()).people.filter((p) => p.name !== '').length === 3);

    // Awa's proposal, signed by her; Bob suggests on it.
    const hers = createItem(awa.doc, { kind: 'proposal', x: 400, y: 0, title: 'Jardin', body: 'Un jardin partagé.' });
    awa.doc.getMap('madeBy').set(hers, 'user-Awa');
    await until('Bob has her proposal, signed', () => bodyText(bob.doc, hers) === 'Un jardin partagé.' && bob.doc.getMap('madeBy').get(hers) === 'user-Awa');
    const onHers = suggestAmendment(bob.doc, { proposalId: hers, author: 'user-Bob', from: 10, to: 17, text: 'ouvert', now: 2 });
    if (!onHers.ok) throw new Error('not suggested');
    await until('Fanny has the suggestion', () => readAmendments(fanny.doc, hers).length === 1);

    // Bob names himself its maker: refused, and his accept after it goes nowhere.
    bob.doc.getMap('madeBy').set(hers, 'user-Bob');
    decideAmendment(bob.doc, onHers.value, 'accepted', 'user-Bob', 3);
    await until('the HOST refused it', () => bob.room.state().kind === 'refused');
    const refusals = (await room.host.api.roomStatus()).refusals;
    expect(refusals.map((r) => r.reason)).toEqual([expect.stringMatching(/who made/)]);
    expect(fanny.doc.getMap('madeBy').get(hers)).toBe('user-Awa');
    expect(bodyText(fanny.doc, hers)).toBe('Un jardin partagé.');
    expect(readAmendments(fanny.doc, hers)[0]).toMatchObject({ state: 'open', decidedBy: null });
    const saved = await room.savedFile();
    expect(saved.snapshot.amendments?.find((a) => a.id === onHers.value)).toMatchObject({ state: 'open' });
  }, 60_000);
});
