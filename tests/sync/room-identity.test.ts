import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createItem } from '@shared/board/commands';
import { itemsOf } from '@shared/board/doc';
import { heldOf, readDayRound, writeDayRound, type HeldCard } from '@shared/day/day-round';
import { parseHostFrame, type HostFrame } from '@shared/room/hub-frames';
import { HUB_PATH, ROOM_PROTOCOL_VERSION, SIGNAL_PATH } from '@shared/room/protocol';
import { readAmendments, suggestAmendment } from '@shared/residency/amendments';
import { setProposalBody } from '@shared/residency/commands';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { rawMember } from './helpers/raw-member';
import { useRoomPerTest } from './helpers/room-fixture';
import { until } from './helpers/room-host';

/**
 * Who a participant is, against a modified page: a person id belongs to the first ticket that
 * claimed it, and resuming someone takes their resume secret, which only travels sealed; the
 * signaling token (in a URL) resumes nobody.
 */
const rooms = useRoomPerTest();
const PASSWORD = 'figue caillou rivière';

const card = (id: string): HeldCard => ({ id, x: 100, y: 100, w: 200, h: 150, text: `mots de ${id}`, color: 'yellow' });

/** 101 when the signaling socket opened, else the HTTP status it was refused with; the socket is closed right away. */
function signalingAnswer(address: string, token: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${address}${SIGNAL_PATH}?token=${token}`);
    ws.on('error', () => {});
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
  });
}

const heldIn = (controls: HostFrame[]): string[] => controls.flatMap((c) => (c.t === 'my-held' ? c.cards.map((x) => x.id) : []));

describe('who a participant is', () => {
  it('a second ticket publishing someone’s id is not them: its cards are not theirs, its suggestions in their name are refused', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const [awa, bob] = await rooms.joinSynced(PASSWORD, ['Awa', 'Bob'] as const);
    await fanny.room.synced();
    await until('the HOST knows everyone', async () => (await room.host.api.roomStatus()).people.filter((p) => p.name !== '').length === 3);
    const frame = createItem(fanny.doc, { kind: 'frame', x: 0, y: 0, w: 1000, h: 800, title: 'Idées' });
    const proposal = createItem(fanny.doc, { kind: 'proposal', x: 2000, y: 0, title: 'Navette' });
    setProposalBody(fanny.doc, proposal, 'Une navette le soir.');
    writeDayRound(fanny.doc, { id: 'r1', frame, anonymous: false, state: 'writing' });
    const ready = (doc: typeof awa.doc): boolean => readDayRound(doc)?.state === 'writing' && itemsOf(doc).get(proposal)?.get('body') !== undefined;
    await until('the participants see the round and the proposal', () => [awa, bob].every((p) => ready(p.doc) && String(itemsOf(p.doc).get(proposal)?.get('body')) === 'Une navette le soir.'));

    // Bob's page, modified, now says it is Awa.
    bob.room.awareness.setLocalStateField('user', { id: 'user-Awa', name: 'Awa', color: '#e9b949' });
    await until('the HOST hears Bob as “Awa”', async () => (await room.host.api.roomStatus()).people.filter((p) => p.name === 'Awa').length === 2);

    awa.room.held.send({ t: 'held', round: 'r1', card: card('note:awa') });
    bob.room.held.send({ t: 'held', round: 'r1', card: card('note:bob') });
    await until('the facilitators hold both cards', () => heldOf(fanny.doc, 'r1').size === 2);
    // Awa's card is hers; Bob's is his own (he holds and sees it) but named for nobody, never for Awa.
    expect(heldOf(fanny.doc, 'r1').get('note:awa')?.person?.id).toBe('user-Awa');
    expect(heldOf(fanny.doc, 'r1').get('note:bob')?.person).toBeNull();
    await until('Bob hears of his card', () => bob.room.held.mine().cards.length === 1);
    expect(awa.room.held.mine().cards.map((c) => c.id)).toEqual(['note:awa']);

    // A suggestion in Awa's name from Bob's ticket: refused, and it reaches nobody.
    const forged = suggestAmendment(bob.doc, { proposalId: proposal, author: 'user-Awa', from: 4, to: 11, text: 'un bus', now: 1 });
    if (!forged.ok) throw new Error('not suggested');
    await until('the HOST refused it', () => bob.room.state().kind === 'refused');
    expect(bob.room.state()).toMatchObject({ kind: 'refused', reason: 'update-refused' });
    expect((await room.host.api.roomStatus()).refusals.map((r) => r.reason)).toEqual([expect.stringMatching(/in someone else's name/)]);
    expect(readAmendments(fanny.doc, proposal)).toEqual([]);

    // Awa herself still suggests in her own name.
    const hers = suggestAmendment(awa.doc, { proposalId: proposal, author: 'user-Awa', from: 4, to: 11, text: 'un car', now: 2 });
    if (!hers.ok) throw new Error('not suggested');
    await until('Fanny has Awa’s suggestion', () => readAmendments(fanny.doc, proposal).length === 1);
    expect(awa.room.state().kind).toBe('joined');
  }, 60_000);

  it('a recorded signaling token resumes nobody; the resume secret gives the same person back and retires the old token', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const [awa] = await rooms.joinSynced(PASSWORD, ['Awa'] as const);
    await fanny.room.synced();
    const frame = createItem(fanny.doc, { kind: 'frame', x: 0, y: 0, w: 1000, h: 800, title: 'Idées' });
    writeDayRound(fanny.doc, { id: 'r1', frame, anonymous: false, state: 'writing' });
    await until('Awa sees the round', () => readDayRound(awa.doc)?.state === 'writing');
    awa.room.held.send({ t: 'held', round: 'r1', card: card('note:awa') });
    await until('Awa hears of her card', () => awa.room.held.mine().cards.length === 1);
    const state = awa.room.state();
    if (state.kind !== 'joined') throw new Error('Awa is not in the room');
    expect(state.signal).not.toBe(state.ticket);

    // Someone who recorded Awa's signaling URL and knows the room password: a new person, none of her cards.
    const thief = await rawMember(room.address, room.roomId, PASSWORD, 'participant', { resume: state.signal });
    const thiefWelcome = thief.controls.find((c) => c.t === 'welcome');
    expect(thiefWelcome?.t === 'welcome' && thiefWelcome.ticket).not.toBe(state.ticket);
    await until('the thief hears what it holds', () => thief.controls.some((c) => c.t === 'my-held'));
    expect(heldIn(thief.controls)).toEqual([]);
    // The resume secret is no signaling credential; the token is, until Awa is admitted again.
    expect(await signalingAnswer(room.address, state.ticket)).toBe(403);
    const old = new WebSocket(`ws://${room.address}${SIGNAL_PATH}?token=${state.signal}`);
    const oldClosed = new Promise<string>((resolve) => old.on('close', (_code, reason) => resolve(reason.toString())));
    await new Promise((resolve, reject) => {
      old.on('open', resolve);
      old.on('error', reject);
    });

    // Awa's page reloads: it resumes with its secret, sealed. Same person, her card back, a new token.
    const reloaded = await rawMember(room.address, room.roomId, PASSWORD, 'participant', { resume: state.ticket });
    const welcome = reloaded.controls.find((c) => c.t === 'welcome');
    if (welcome?.t !== 'welcome') throw new Error('no welcome');
    expect(welcome.ticket).toBe(state.ticket);
    expect(welcome.signal).not.toBe(state.signal);
    await until('her page hears of her card', () => heldIn(reloaded.controls).includes('note:awa'));
    expect(await oldClosed).toBe('resumed');
    expect(await signalingAnswer(room.address, state.signal)).toBe(403);
    expect(await signalingAnswer(room.address, welcome.signal)).toBe(101);
    thief.ws.close();
    reloaded.ws.close();
  }, 60_000);

  it('a page of another protocol version hears “protocol” (update Tablée), not a malformed frame', async () => {
    const room = await rooms.start({ password: PASSWORD });
    const answer = await new Promise<HostFrame | null>((resolve) => {
      const ws = new WebSocket(`ws://${room.address}${HUB_PATH}`);
      ws.on('error', () => resolve(null));
      ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', room: room.roomId, protocol: ROOM_PROTOCOL_VERSION - 1, schema: SCHEMA_VERSION, door: 'participant', login: null })));
      ws.on('message', (data) => resolve(parseHostFrame(data.toString())));
    });
    expect(answer).toMatchObject({ t: 'refused', reason: 'protocol' });
  });
});
