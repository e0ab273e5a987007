import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { itemsOf, readItems } from '@shared/board/doc';
import { KIND_YJS } from '@shared/room/hub-channel';
import { MAX_HUB_MESSAGE_BYTES, MESSAGE_AWARENESS, MESSAGE_SYNC } from '@shared/room/protocol';
import { GUESS_BURST, GUESS_RATE_PER_S } from '../../electron/host/room/guess-limiter';
import { lanInterfaces } from '../../electron/host/room/lan-interfaces';
import { guessOnce } from './helpers/hub-guess';
import { sendEdit, syncedDoc } from './helpers/raw-edits';
import { rawMember, type RawMember } from './helpers/raw-member';
import { useRoomPerTest } from './helpers/room-fixture';
import { SAMPLE_PROJECT, until } from './helpers/room-host';

/**
 * Roles enforced at the HOST, with Node peers on real sockets and the sample residency: what a
 * participant receives, what a co-facilitator (the facilitators' password, from another machine)
 * receives, the facilitators' door, tickets that confer nothing, hostile updates, ending an access.
 */
const rooms = useRoomPerTest();
const PASSWORD = 'cerise galet moulin';
/** This machine's network address: a socket from it to the loopback-bound room is "another machine" for the HOST. */
const lan = lanInterfaces()[0]?.address;

/** What the sample's research holds that no participant may ever receive. */
const RESEARCH = [
  // Every interview id (the quote ids of the sample spell out part of them, hence the full form).
  ...['aicha-2025-03-13', 'francoise-2025-03-12', 'gerard-2025-03-06', 'ines-2025-03-06', 'ines-2025-03-14', 'joel-2025-03-04', 'karim-2025-03-10', 'lucie-2025-03-11', 'martine-2025-03-10', 'nadia-2025-03-04', 'rose-2025-03-11', 'samia-2025-03-05', 'samia-2025-03-12', 'theo-2025-03-07', 'theo-2025-03-13', 'yann-2025-03-13'].map((s) => `interview:sample-${s}`),
  // Pseudonyms of people who did not agree to be named ('none', 'anonymous').
  'Rose',
  'Théo',
  // Transcript passages never quoted, Rose's words (not to be quoted), and the interview notes.
  'Aux Noues on est quatre cent douze habitants',
  'on m’a parlé comme à un enfant',
  'Rencontrée au rayon puériculture',
];

/** Everything a doc holds, as bytes (its whole state) and as JSON, to search for research text. */
function leaks(doc: Y.Doc): string[] {
  const bytes = Buffer.from(Y.encodeStateAsUpdate(doc));
  const json = JSON.stringify(doc.toJSON());
  return RESEARCH.filter((s) => bytes.includes(Buffer.from(s)) || json.includes(s));
}

describe('roles in the room', () => {
  it('a participant gets the workshop and none of the research; a co-facilitator gets the research; everyone sees who is who', async (ctx) => {
    if (!lan) return ctx.skip(); // needs a network address of this machine to come "from another machine"
    const room = await rooms.start({ password: PASSWORD, project: SAMPLE_PROJECT });
    const awa = rooms.join('Awa', PASSWORD);
    await awa.room.synced();
    expect(awa.room.role()).toBe('participant');
    // The workshop is there: the board, and the quotes as published, with the credit each person agreed to.
    expect(readItems(awa.doc).filter((i) => i.kind === 'quote').length).toBeGreaterThan(10);
    const credits = [...awa.doc.getMap<Y.Map<unknown>>('quotes').values()].map((q) => q.get('credit') as { pseudonym: string | null });
    expect(credits.map((c) => c.pseudonym)).toContain('Aïcha');
    expect(credits.some((c) => c.pseudonym === null)).toBe(true);
    // The research is not.
    expect(awa.doc.getMap('interviews').size).toBe(0);
    expect(leaks(awa.doc)).toEqual([]);

    // Every message a participant's socket receives (opened: the helper holds the session key), from the bootstrap on.
    const wire = await rawMember(room.address, room.roomId, PASSWORD);
    await syncedDoc(wire);

    const status = await room.host.api.roomStatus();
    const chloe = rooms.join('Chloé', status.facilitatorPassword, { door: 'facilitator', from: lan });
    await chloe.room.synced();
    expect(chloe.room.role()).toBe('co-facilitator');
    expect(chloe.doc.getMap('interviews').size).toBe(16);
    expect(leaks(chloe.doc)).toEqual(RESEARCH);

    // Roles come from the HOST's roster, on both sides; the status names everyone.
    const roles = (p: typeof awa): string => p.room.people().map((x) => `${x.user.name}:${x.role}`).sort().join();
    await until('both see both roles', () => [awa, chloe].every((p) => roles(p) === 'Awa:participant,Chloé:co-facilitator'));
    // (The raw socket has no presence, so no name: it is listed as a nameless participant.)
    await until('the status names both', async () => (await room.host.api.roomStatus()).people.map((p) => `${p.name}:${p.role}`).sort().join() === ':participant,Awa:participant,Chloé:co-facilitator');

    // Edits cross between audiences through the HOST: a participant's note reaches the co-facilitator and the file.
    awa.note('Awa: une idée');
    chloe.note('Chloé: une autre');
    await until('both notes on both sides', () => [awa, chloe].every((p) => p.texts().includes('Awa: une idée') && p.texts().includes('Chloé: une autre')));
    const file = await room.savedFile();
    expect(file.snapshot.items.some((i) => 'text' in i && i.text === 'Awa: une idée')).toBe(true);
    expect(file.snapshot.interviews.length).toBe(16);
    expect(leaks(awa.doc)).toEqual([]);
    // Nor did anything on the wire carry it, while a co-facilitator worked with the research.
    await until('the raw participant got the co-facilitator’s note', () => wire.messages.some((m) => m.kind === KIND_YJS && Buffer.from(m.bytes).includes(Buffer.from('Chloé: une autre'))));
    const received = Buffer.concat(wire.messages.map((m) => (m.kind === KIND_YJS ? Buffer.from(m.bytes) : Buffer.from(m.text))));
    expect(RESEARCH.filter((r) => received.includes(Buffer.from(r)))).toEqual([]);
    wire.ws.close();
  });

  it('the facilitators’ door takes only the facilitators’ password, slows guesses, and exists without a room password', async () => {
    const room = await rooms.start({ password: null });
    const { facilitatorPassword, password } = await room.host.api.roomStatus();
    expect(password).toBeNull();
    expect(facilitatorPassword).toMatch(/^[a-z]+-[a-z]+-[a-z]+-\d\d$/);
    const none = rooms.join('Sans', null, { door: 'facilitator' });
    const wrong = rooms.join('Faux', 'cerise-galet-moulin-00', { door: 'facilitator' });
    await expect(none.room.synced()).rejects.toThrow(/wrong-password/);
    await expect(wrong.room.synced()).rejects.toThrow(/wrong-password/);
    expect(wrong.texts()).toEqual([]);
    // A proof at one door proves nothing at the other.
    const crossed = rooms.join('Croisé', facilitatorPassword, { door: 'participant' });
    await expect(crossed.room.synced()).rejects.toThrow(/wrong-password/);

    // Guesses at the facilitators' door: the room answers only so many, however many machines ask.
    const started = Date.now();
    const stopAt = started + 2000;
    let answered = 0;
    const guesser = async (from: string): Promise<void> => {
      while (Date.now() < stopAt) if ((await guessOnce(room.address, room.roomId, from, stopAt, 'facilitator')) === 'answered' && Date.now() <= stopAt) answered++;
    };
    await Promise.all(Array.from({ length: 40 }, (_, i) => guesser(`127.0.3.${(i % 10) + 1}`)));
    const seconds = (Math.min(Date.now(), stopAt) - started) / 1000;
    // The guesses were answered (the door works), but no more than the budget.
    expect(answered).toBeGreaterThan(GUESS_BURST / 2);
    expect(answered).toBeLessThanOrEqual(GUESS_BURST + Math.ceil(GUESS_RATE_PER_S * seconds) + 1);

    // The facilitator's own window (this machine) comes in as the facilitator.
    const own = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    await own.room.synced();
    expect(own.room.role()).toBe('facilitator');
    expect((await room.host.api.roomStatus()).refusals).toEqual([]);
  }, 60_000);

  it('the facilitator’s own window is the facilitator also when the room is on a network address (the desktop app)', async (ctx) => {
    if (!lan) return ctx.skip(); // needs a network address of this machine to serve the room on
    const room = await rooms.start({ password: PASSWORD, bind: lan });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    // The room's own address, from this machine: the socket comes from the address it arrives at.
    const own = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    await own.room.synced();
    expect(own.room.role()).toBe('facilitator');
  });

  it('a ticket confers nothing: a participant resuming a co-facilitator’s ticket is a participant with a ticket of its own', async (ctx) => {
    if (!lan) return ctx.skip();
    const room = await rooms.start({ password: PASSWORD, project: SAMPLE_PROJECT });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const cofac = await rawMember(room.address, room.roomId, facilitatorPassword!, 'facilitator', { from: lan });
    const welcome = cofac.controls.find((c) => c.t === 'welcome');
    expect(welcome).toMatchObject({ role: 'co-facilitator' });
    const stolen = welcome!.t === 'welcome' ? welcome!.ticket : '';
    const thief = await rawMember(room.address, room.roomId, PASSWORD, 'participant', { resume: stolen });
    const given = thief.controls.find((c) => c.t === 'welcome');
    expect(given).toMatchObject({ t: 'welcome', role: 'participant' });
    expect(given!.t === 'welcome' && given!.ticket).not.toBe(stolen);
    const doc = await syncedDoc(thief);
    expect(doc.getMap('interviews').size).toBe(0);
    expect(leaks(doc)).toEqual([]);
    cofac.ws.close();
    thief.ws.close();
  });

  it('refuses hostile updates (research, a locked card, a huge message): logged, nothing changed, the room serves the others', async () => {
    const room = await rooms.start({ password: PASSWORD, project: SAMPLE_PROJECT });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const [awa, bastien] = await rooms.joinSynced(PASSWORD, ['Awa', 'Bastien']);
    await fanny.room.synced();
    // The facilitator locks a note of the board.
    const lockedId = readItems(fanny.doc).find((i) => i.kind === 'note')!.id;
    fanny.doc.transact(() => (itemsOf(fanny.doc).get(lockedId) as Y.Map<unknown>).set('locked', true));
    await until('the lock reached the participants', () => (itemsOf(awa.doc).get(lockedId) as Y.Map<unknown> | undefined)?.get('locked') === true);
    const before = await room.savedFile();
    const lockedText = (before.snapshot.items.find((i) => i.id === lockedId) as { text: string }).text;

    const attempts: Array<{ what: string; send: (m: RawMember, doc: Y.Doc) => void; reason: string }> = [
      { what: 'into the interviews', reason: 'update-refused', send: (m, doc) => sendEdit(m, doc, () => doc.getMap('interviews').set('interview:intrus', 'x')) },
      {
        what: 'into a locked card',
        reason: 'update-refused',
        send: (m, doc) => sendEdit(m, doc, () => (itemsOf(doc).get(lockedId) as Y.Map<unknown>).set('text', 'vandalisé')),
      },
      {
        what: 'a message bigger than the hub takes',
        reason: 'bad-frame',
        send: (m) => m.send({ kind: KIND_YJS, bytes: new Uint8Array(MAX_HUB_MESSAGE_BYTES + 1) }),
      },
    ];
    for (const [n, attempt] of attempts.entries()) {
      const hostile = await rawMember(room.address, room.roomId, PASSWORD);
      attempt.send(hostile, await syncedDoc(hostile));
      expect(await hostile.closed, attempt.what).toBe(1008);
      expect(hostile.controls.at(-1), attempt.what).toMatchObject({ t: 'refused', reason: attempt.reason });
      await until(`${attempt.what}: logged`, async () => (await room.host.api.roomStatus()).refusals.length === n + 1);
    }
    const refusals = (await room.host.api.roomStatus()).refusals;
    expect(refusals.map((r) => r.role)).toEqual(['participant', 'participant', 'participant']);
    expect(refusals[0]!.reason).toMatch(/interviews/);
    expect(refusals[1]!.reason).toMatch(/locked/);

    // The room keeps serving the others, and nothing of it reached the file or their boards.
    awa.note('Awa: après les intrus');
    await until('Bastien and the facilitator see it', () => bastien.texts().includes('Awa: après les intrus') && fanny.texts().includes('Awa: après les intrus'));
    const after = await room.savedFile();
    expect(after.snapshot.interviews).toEqual(before.snapshot.interviews);
    expect((after.snapshot.items.find((i) => i.id === lockedId) as { text: string }).text).toBe(lockedText);
    for (const p of [awa, bastien, fanny]) expect(p.texts()).not.toContain('vandalisé');
    expect(after.snapshot.items.length).toBe(before.snapshot.items.length + 1);
  }, 60_000);

  it('a participant’s malformed card is dropped from the file and from every board; posing as the facilitator’s presence changes no role', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const [awa] = await rooms.joinSynced(PASSWORD, ['Awa']);
    await fanny.room.synced();
    const hostile = await rawMember(room.address, room.roomId, PASSWORD);
    const doc = await syncedDoc(hostile);
    // A number where a card belongs: the HOST's repair drops it, and the drop reaches the participants too.
    sendEdit(hostile, doc, () => itemsOf(doc).set('note:cassée', 42 as never));
    awa.note('Awa: témoin');
    await until('the witness note reached the facilitator', () => fanny.texts().includes('Awa: témoin'));
    await until('the broken card is nowhere', () => !itemsOf(awa.doc).has('note:cassée') && !itemsOf(fanny.doc).has('note:cassée'));
    // Its author hears of the repair too (what the HOST sent it after its edit, applied in order).
    let read = 0;
    await until('the author has the repair', () => {
      for (; read < hostile.messages.length; read++) {
        const m = hostile.messages[read]!;
        if (m.kind !== KIND_YJS || m.bytes[0] !== MESSAGE_SYNC) continue;
        const decoder = decoding.createDecoder(m.bytes);
        decoding.readVarUint(decoder);
        syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'host');
      }
      return !itemsOf(doc).has('note:cassée');
    });
    const file = await room.savedFile();
    expect(file.snapshot.items.map((i) => i.id)).not.toContain('note:cassée');
    expect(file.snapshot.items.some((i) => 'text' in i && i.text === 'Awa: témoin')).toBe(true);

    // The hostile member announces a presence under the facilitator's own id, named as her (dropped
    // by the HOST), then its own: the HOST handles a socket's messages in order, so once Awa sees
    // the second, the first would have reached her.
    const presence = (clientId: number, name: string, x: number): Uint8Array => {
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, 1);
      encoding.writeVarUint(update, clientId);
      encoding.writeVarUint(update, 1_000_000);
      encoding.writeVarString(update, JSON.stringify({ user: { id: `user-${name}`, name, color: '#000000' }, peer: null, cursor: { x, y: 0 } }));
      const message = encoding.createEncoder();
      encoding.writeVarUint(message, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
      return encoding.toUint8Array(message);
    };
    hostile.send({ kind: KIND_YJS, bytes: presence(fanny.doc.clientID, 'Fanny', 666) });
    hostile.send({ kind: KIND_YJS, bytes: presence(424242, 'Intrus', 5) });
    await until('Awa sees the intruder’s own presence', () => awa.room.people().some((p) => p.clientId === 424242 && p.role === 'participant'));
    const seenByAwa = awa.room.people().find((p) => p.clientId === fanny.doc.clientID);
    expect(seenByAwa?.role).toBe('facilitator');
    expect(seenByAwa?.cursor?.x).not.toBe(666);
    hostile.ws.close();
  });

  it('ending a co-facilitator’s access closes it, forgets its ticket, and changes the facilitators’ password', async (ctx) => {
    if (!lan) return ctx.skip();
    const room = await rooms.start({ password: PASSWORD, project: SAMPLE_PROJECT });
    const old = (await room.host.api.roomStatus()).facilitatorPassword!;
    const chloe = rooms.join('Chloé', old, { door: 'facilitator', from: lan });
    const awa = rooms.join('Awa', PASSWORD);
    await Promise.all([chloe.room.synced(), awa.room.synced()]);
    const state = chloe.room.state();
    const ticket = state.kind === 'joined' ? state.ticket : '';
    let id = '';
    await until('Chloé is in the status', async () => {
      id = (await room.host.api.roomStatus()).people.find((p) => p.name === 'Chloé')?.id ?? '';
      return id !== '';
    });
    const status = await room.host.api.endRoomAccess(id);
    await until('Chloé is told', () => chloe.room.state().kind === 'refused');
    expect(chloe.room.state()).toMatchObject({ reason: 'access-ended' });
    expect(status.people.map((p) => p.name)).toEqual(['Awa']);
    expect(status.facilitatorPassword).not.toBe(old);

    // The old password opens nothing; her ticket gets her no standing; the new password opens the door.
    const again = rooms.join('Chloé bis', old, { door: 'facilitator', from: lan });
    await expect(again.room.synced()).rejects.toThrow(/wrong-password/);
    const resumed = await rawMember(room.address, room.roomId, PASSWORD, 'participant', { resume: ticket });
    expect(resumed.controls.find((c) => c.t === 'welcome')).toMatchObject({ role: 'participant' });
    expect(resumed.controls.some((c) => c.t === 'welcome' && c.ticket === ticket)).toBe(false);
    resumed.ws.close();
    const next = rooms.join('Chloé ter', status.facilitatorPassword, { door: 'facilitator', from: lan });
    await next.room.synced();
    expect(next.room.role()).toBe('co-facilitator');
    // The participant was never disturbed.
    expect(awa.room.state().kind).toBe('joined');
  });
});
