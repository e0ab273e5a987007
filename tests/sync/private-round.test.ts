import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { madeByOf } from '@shared/board/authorship';
import { askReveal, heldOf, MAX_HELD_PER_PERSON, readDayRound, writeDayRound, type HeldCard } from '@shared/day/day-round';
import { useRoomPerTest } from './helpers/room-fixture';
import { until } from './helpers/room-host';

/**
 * The HOST's side of a private round, with Node peers on real sockets: it holds a participant's
 * card only in the open round, inside its frame, up to the limit, and never lets anyone write over
 * or delete another's card; each person hears of their own cards alone; the facilitators' doc has
 * them all, the participants' doc none.
 */
const rooms = useRoomPerTest();
const PASSWORD = 'cerise galet moulin';

const card = (id: string, extra: Partial<HeldCard> = {}): HeldCard => ({ id, x: 100, y: 100, w: 200, h: 150, text: `mots de ${id}`, color: 'yellow', ...extra });

describe('a private round at the HOST', () => {
  it('checks every card against the round, its frame, its author and the limit', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const [ann, bob] = await rooms.joinSynced(PASSWORD, ['Ann', 'Bob'] as const);
    await fanny.room.synced();
    const frame = createItem(fanny.doc, { kind: 'frame', x: 0, y: 0, w: 1000, h: 800, title: 'Idées' });
    writeDayRound(fanny.doc, { id: 'r1', frame, anonymous: false, state: 'writing' });
    await until('the participants see the round', () => [ann, bob].every((p) => readDayRound(p.doc)?.state === 'writing'));
    const mine = (p: typeof ann): string[] => p.room.held.mine().cards.map((c) => `${c.id}:${c.text}`);

    ann.room.held.send({ t: 'held', round: 'r1', card: card('note:ann') });
    await until('Ann hears of her card', () => mine(ann).length === 1);
    await until('the facilitators hold it', () => heldOf(fanny.doc, 'r1').has('note:ann'));
    // Bob hears of nothing of hers: not her card, not its words; nor does anyone's workshop doc hold it.
    expect(mine(bob)).toEqual([]);

    // Bob writes over Ann's card, deletes it, writes outside the frame, in another round: all refused.
    bob.room.held.send({ t: 'held', round: 'r1', card: card('note:ann', { text: 'Bob était là' }) });
    bob.room.held.send({ t: 'held-drop', round: 'r1', id: 'note:ann' });
    bob.room.held.send({ t: 'held', round: 'r1', card: card('note:out', { x: 5000 }) });
    bob.room.held.send({ t: 'held', round: 'r0', card: card('note:old') });
    bob.room.held.send({ t: 'held', round: 'r1', card: card('note:bob') });
    await until('Bob hears of his one card', () => mine(bob).join() === 'note:bob:mots de note:bob');
    await until('the facilitators hold both', () => heldOf(fanny.doc, 'r1').size === 2);
    expect(heldOf(fanny.doc, 'r1').get('note:ann')?.card.text).toBe('mots de note:ann');
    expect(heldOf(fanny.doc, 'r1').get('note:ann')?.person?.name).toBe('Ann');
    const heldPerson = heldOf(fanny.doc, 'r1').get('note:ann')?.person?.id;
    expect(heldOf(fanny.doc, 'r1').get('note:ann')?.owner).not.toBe(heldOf(fanny.doc, 'r1').get('note:bob')?.owner);
    expect(mine(ann)).toEqual(['note:ann:mots de note:ann']);
    const refusals = (await room.host.api.roomStatus()).refusals.map((r) => `${r.name}: ${r.reason}`);
    expect(refusals).toEqual(
      expect.arrayContaining([
        'Bob: a private card: the card is someone else’s',
        'Bob: a private card: the card is outside the round’s frame',
        'Bob: a private card: the round is not open',
      ]),
    );

    // Past the limit, nothing more is held for him.
    for (let i = 0; i < MAX_HELD_PER_PERSON + 5; i++) bob.room.held.send({ t: 'held', round: 'r1', card: card(`note:bob${i}`) });
    // The HOST takes a socket's frames in order: once this deletion is answered, every card above was decided.
    bob.room.held.send({ t: 'held-drop', round: 'r1', id: 'note:bob' });
    await until('Bob’s deletion is answered', () => mine(bob).length > 0 && !mine(bob).some((c) => c.startsWith('note:bob:')));
    expect(mine(bob)).toHaveLength(MAX_HELD_PER_PERSON - 1);
    expect(mine(bob)).not.toContain(`note:bob${MAX_HELD_PER_PERSON - 1}:mots de note:bob${MAX_HELD_PER_PERSON - 1}`);

    // Nothing held ever reached a participant's doc.
    for (const p of [ann, bob]) {
      expect(p.doc.share.has('held') ? p.doc.getMap('held').size : 0).toBe(0);
      expect(p.texts().some((t) => t.startsWith('mots de'))).toBe(false);
    }

    // The round ends: Ann's new card is refused, and her page hears there is no round.
    writeDayRound(fanny.doc, { id: 'r1', frame, anonymous: false, state: 'revealed' });
    await until('the participants see the end', () => readDayRound(ann.doc)?.state === 'revealed');
    ann.room.held.send({ t: 'held', round: 'r1', card: card('note:late') });
    await until('Ann hears there is no open round', () => ann.room.held.mine().round === null);
    expect(heldOf(fanny.doc, 'r1').has('note:late')).toBe(false);
    // The HOST did the reveal itself: every card it held is on every page, none is left held.
    await until('the held cards reach the participants', () => [ann, bob].every((p) => p.texts().includes('mots de note:ann') && p.texts().includes('mots de note:bob0')));
    await until('nothing is left held', () => fanny.doc.getMap('held').size === 0);
    expect(madeByOf(ann.doc).get('note:ann')).toBe(heldPerson);
    expect(ann.texts()).not.toContain('mots de note:late');
  });

  it('reveals every card it accepted, even one sent as the facilitator flips the round', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const [ann] = await rooms.joinSynced(PASSWORD, ['Ann'] as const);
    await fanny.room.synced();
    const frame = createItem(fanny.doc, { kind: 'frame', x: 0, y: 0, w: 1000, h: 800, title: 'Idées' });
    writeDayRound(fanny.doc, { id: 'r1', frame, anonymous: true, state: 'writing' });
    await until('Ann sees the round', () => readDayRound(ann.doc)?.state === 'writing');
    ann.room.held.send({ t: 'held', round: 'r1', card: card('note:first') });
    await until('the facilitators hold it', () => heldOf(fanny.doc, 'r1').has('note:first'));
    // Her next card and the facilitator's reveal race to the HOST, on two sockets.
    ann.room.held.send({ t: 'held', round: 'r1', card: card('note:race') });
    askReveal(fanny.doc);
    await until('the round ends for Ann', () => readDayRound(ann.doc)?.state === 'revealed');
    await until('the first card is on every page', () => ann.texts().includes('mots de note:first') && fanny.doc.getMap('held').size === 0);
    // Whichever came first, the racing card is on the board or was refused: it is never left held.
    const refused = (await room.host.api.roomStatus()).refusals.some((r) => r.reason.includes('the round is not open'));
    if (!refused) await until('the racing card is on the board', () => ann.texts().includes('mots de note:race'));
    expect(fanny.doc.getMap('held').size).toBe(0);
    expect(madeByOf(ann.doc).has('note:first')).toBe(false);
  });
  it('gives a resumed author their held cards back after the room is closed and opened again; another browser does not see them', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const fanny = rooms.join('Fanny', (await room.host.api.roomStatus()).facilitatorPassword, { door: 'facilitator' });
    const [ann] = await rooms.joinSynced(PASSWORD, ['Ann'] as const);
    await fanny.room.synced();
    const frame = createItem(fanny.doc, { kind: 'frame', x: 0, y: 0, w: 1000, h: 800, title: 'Idées' });
    writeDayRound(fanny.doc, { id: 'r1', frame, anonymous: false, state: 'writing' });
    await until('Ann sees the round', () => readDayRound(ann.doc)?.state === 'writing');
    ann.room.held.send({ t: 'held', round: 'r1', card: card('note:ann') });
    await until('the facilitators hold it', () => heldOf(fanny.doc, 'r1').has('note:ann'));
    const joined = ann.room.state();
    if (joined.kind !== 'joined') throw new Error('Ann is not joined');

    await room.host.api.closeRoom();
    ann.room.leave();
    fanny.room.leave();
    const reopened = await room.host.api.openRoom({ password: PASSWORD, bind: null });
    const where = { address: room.address, roomId: reopened.roomId! };
    const back = rooms.join('Ann', PASSWORD, { where, ticket: joined.ticket });
    const elsewhere = rooms.join('Ann', PASSWORD, { where });
    await Promise.all([back.room.synced(), elsewhere.room.synced()]);
    await until('Ann has her card back', () => back.room.held.mine().cards.some((c) => c.id === 'note:ann'));
    // Still hers: she may change it.
    back.room.held.send({ t: 'held', round: 'r1', card: card('note:ann', { text: 'mieux dit' }) });
    await until('her change is kept', () => back.room.held.mine().cards.some((c) => c.text === 'mieux dit'));
    expect(elsewhere.room.held.mine().cards).toEqual([]);
  });
});
