import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { readDayVote, writeDayVote, type DayVote, type Dots } from '@shared/day/day-vote';
import { KIND_CONTROL } from '@shared/room/hub-channel';
import { VOTE_RESULTS, VOTES_MAP } from '@shared/records/votes';
import { readRecord, recordsOf } from '@shared/records/y-record';
import { nodePeer, type NodePeer } from './helpers/node-peer';
import { rawMember, type RawMember } from './helpers/raw-member';
import { startRoomHost, until, type RoomHost } from './helpers/room-host';

/**
 * Dot votes through a real HOST with Node peers: ballots travel only between a voter and the
 * HOST, a cast replayed over reconnects counts once, and only the reveal publishes totals.
 */
const PASSWORD = 'pomme galet nuage';
const VOTERS = Number(process.env.VOTERS ?? 8);
const CARDS = 6;
const PER_PERSON = 5;
const PER_CARD = 2;

let room: RoomHost | undefined;
const peers: NodePeer[] = [];
const raws: RawMember[] = [];
afterEach(async () => {
  for (const r of raws.splice(0)) r.ws.terminate();
  for (const p of peers.splice(0)) p.room.leave();
  await room?.stop();
  room = undefined;
});

/** A seeded generator: a failing run is replayed by its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The facilitator's peer, a frame with CARDS notes, and an open vote on that frame. */
async function openVote(host: RoomHost): Promise<{ facilitator: NodePeer; vote: DayVote; cards: string[] }> {
  const facilitator = nodePeer(host, 'Fatou', host.status.facilitatorPassword, { door: 'facilitator' });
  peers.push(facilitator);
  await facilitator.room.synced();
  const frame = createItem(facilitator.doc, { kind: 'frame', x: 0, y: 0, w: 2000, h: 1000, title: 'Pépites' });
  // Placed inside the frame, the notes are its cards (parentId follows the position).
  const cards = Array.from({ length: CARDS }, (_, i) => createItem(facilitator.doc, { kind: 'note', x: 20 + i * 220, y: 100, text: `Pépite ${i}` }));
  const vote: DayVote = { id: 'vote:peers001', question: 'Lesquelles ?', scope: { kind: 'frame', frame }, perPerson: PER_PERSON, perCard: PER_CARD, endsAt: null, state: 'open' };
  writeDayVote(facilitator.doc, vote);
  return { facilitator, vote, cards };
}

/** A ballot within the limits. */
function ballotOf(next: () => number, cards: string[]): Dots {
  const out: Dots = {};
  let left = 1 + Math.floor(next() * PER_PERSON);
  while (left > 0) {
    const card = cards[Math.floor(next() * cards.length)]!;
    if ((out[card] ?? 0) >= PER_CARD) continue;
    out[card] = (out[card] ?? 0) + 1;
    left -= 1;
  }
  return out;
}

const same = (a: Dots, b: Dots): boolean => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
const resultIn = (peer: NodePeer, id: string) => readRecord(VOTE_RESULTS, recordsOf(VOTE_RESULTS, peer.doc).get(id));

describe('dot votes through the HOST (Node peers)', () => {
  it(`counts every dot of ${VOTERS} voters exactly once while they drop and come back at random, and publishes only the totals`, async () => {
    room = await startRoomHost({ password: PASSWORD });
    const { facilitator, vote, cards } = await openVote(room);
    const voters = Array.from({ length: VOTERS }, (_, i) => nodePeer(room!, `Votant ${i}`, PASSWORD));
    peers.push(...voters);
    await Promise.all(voters.map((v) => v.room.synced()));
    await until('every voter has the vote', () => voters.every((v) => readDayVote(v.doc)?.id === vote.id));

    const next = random(16);
    const targets = voters.map(() => ballotOf(next, cards));
    let drops = 0;
    const expected: Dots = {};
    for (const t of targets) for (const [card, n] of Object.entries(t)) expected[card] = (expected[card] ?? 0) + n;

    // Each round: some voters drop, some come back, everyone online (re)sends the dots they still
    // want: a cast is "set my dots on this card", so sending it again after a drop counts once.
    await until(
      'every voter has their dots at the HOST',
      () => {
        voters.forEach((v, i) => {
          const roll = next();
          if (roll < 0.05 && v.room.state().kind === 'joined') {
            v.room.setOnline(false);
            drops += 1;
          }
          else if (roll < 0.3) v.room.setOnline(true);
          const mine = v.room.voteNews()?.dots ?? {};
          for (const [card, n] of Object.entries(targets[i]!)) if (mine[card] !== n) v.room.castVote(vote.id, card, n);
        });
        const done = voters.every((v, i) => same(v.room.voteNews()?.dots ?? {}, targets[i]!));
        return done;
      },
      60_000,
    );
    expect(drops).toBeGreaterThan(0);
    for (const v of voters) v.room.setOnline(true);
    await Promise.all(voters.map((v) => v.room.synced()));

    // Before the reveal nobody's doc holds a count: not the participants', not the facilitator's.
    for (const p of [...voters, facilitator]) expect(p.doc.share.has(VOTES_MAP) ? recordsOf(VOTE_RESULTS, p.doc).size : 0).toBe(0);
    expect(facilitator.room.voteNews()?.voters).toBe(VOTERS);

    writeDayVote(facilitator.doc, { ...vote, state: 'revealed' });
    await until('every peer has the totals', () => [...voters, facilitator].every((p) => resultIn(p, vote.id) !== undefined));
    for (const p of [...voters, facilitator]) {
      const result = resultIn(p, vote.id)!;
      expect(result.counts).toEqual(expected);
      expect(result.voters).toBe(VOTERS);
    }
    // Frozen into the project file, with the ballots the HOST kept beside the doc.
    const file = await room.savedFile();
    const saved = (file.snapshot as unknown as { voteResults: { id: string; counts: Dots }[] }).voteResults;
    expect(saved.find((r) => r.id === vote.id)?.counts).toEqual(expected);
    expect(Object.keys((file.ballots as Record<string, object>)[vote.id]!)).toHaveLength(VOTERS);
  }, 120_000);

  it('refuses a cast beyond the limits, outside the scope or after the close without breaking the link, and tells nobody else', async () => {
    room = await startRoomHost({ password: PASSWORD });
    const { facilitator, vote, cards } = await openVote(room);
    const a = await rawMember(room.address, room.roomId, PASSWORD);
    const b = await rawMember(room.address, room.roomId, PASSWORD);
    raws.push(a, b);
    const cast = (m: RawMember, card: string, dots: number): void => m.send({ kind: KIND_CONTROL, text: JSON.stringify({ t: 'cast', vote: vote.id, card, dots }) });
    const lastMine = (m: RawMember): Dots | undefined => m.controls.filter((c) => c.t === 'my-votes').at(-1)?.dots;
    await until('a has the vote', () => a.controls.some((c) => c.t === 'welcome'));

    cast(a, cards[0]!, 2);
    await until('a has its dots', () => same(lastMine(a) ?? {}, { [cards[0]!]: 2 }));
    cast(a, cards[0]!, 2);
    cast(a, cards[1]!, PER_PERSON);
    cast(a, 'note:nowhere', 1);
    await until('three answers', () => a.controls.filter((c) => c.t === 'cast-refused').length === 2);
    expect(a.controls.filter((c) => c.t === 'cast-refused').map((c) => (c as { reason: string }).reason)).toEqual(['per-card', 'scope']);
    expect(lastMine(a)).toEqual({ [cards[0]!]: 2 });
    // A cast on a vote that is over: refused, and the page hears its dots in the current vote.
    a.send({ kind: KIND_CONTROL, text: JSON.stringify({ t: 'cast', vote: 'vote:over0001', card: cards[1], dots: 1 }) });
    await until('refused: no such vote', () => a.controls.some((c) => c.t === 'cast-refused' && c.reason === 'no-vote'));
    await until('my dots in the current vote', () => {
      const last = a.controls.filter((c) => c.t === 'my-votes').at(-1);
      return last?.t === 'my-votes' && last.vote === vote.id && same(last.dots, { [cards[0]!]: 2 }) && a.controls.indexOf(last) > a.controls.findIndex((c) => c.t === 'cast-refused' && c.reason === 'no-vote');
    });

    // A frame that names a voter is not a cast: malformed, that socket goes, nobody's count moves.
    b.send({ kind: KIND_CONTROL, text: JSON.stringify({ t: 'cast', vote: vote.id, card: cards[2], dots: 1, voter: 'someone' }) });
    expect(await b.closed).toBe(1008);

    writeDayVote(facilitator.doc, { ...vote, state: 'closed' });
    await until('refused after the close', () => {
      cast(a, cards[3]!, 1);
      return a.controls.some((c) => c.t === 'cast-refused' && c.reason === 'closed');
    });
    expect(a.ws.readyState).toBe(a.ws.OPEN);
    // Nothing a participant received names another's dots or a total.
    expect(a.controls.some((c) => c.t === 'voters')).toBe(false);
    writeDayVote(facilitator.doc, { ...vote, state: 'revealed' });
    await until('the totals', () => resultIn(facilitator, vote.id) !== undefined);
    expect(resultIn(facilitator, vote.id)).toMatchObject({ counts: { [cards[0]!]: 2 }, voters: 1 });
  }, 60_000);

  it('finds the vote open again, with its ballots, when the facilitator closes the room and opens it again; a resumed person keeps their dots', async () => {
    room = await startRoomHost({ password: PASSWORD });
    const { facilitator, vote, cards } = await openVote(room);
    const first = nodePeer(room, 'Awa', PASSWORD);
    peers.push(first);
    await first.room.synced();
    await until('Awa has the vote', () => readDayVote(first.doc)?.id === vote.id);
    first.room.castVote(vote.id, cards[0]!, 2);
    await until('Awa has her dots', () => first.room.voteNews()?.dots[cards[0]!] === 2);
    const joined = first.room.state();
    if (joined.kind !== 'joined') throw new Error('Awa is not joined');

    await room.host.api.closeRoom();
    for (const p of peers.splice(0)) p.room.leave();
    const reopened = await room.host.api.openRoom({ password: PASSWORD, bind: null });
    const where = { address: room.address, roomId: reopened.roomId! };
    const again = nodePeer(where, 'Fatou', reopened.facilitatorPassword, { door: 'facilitator' });
    // Her page kept its resume secret (per HOST address, not per room id): the same person again.
    const second = nodePeer(where, 'Awa', PASSWORD, { ticket: joined.ticket });
    peers.push(again, second);
    await Promise.all([again.room.synced(), second.room.synced()]);
    expect(readDayVote(second.doc)).toMatchObject({ id: vote.id, state: 'open' });
    await until('her dots of the first opening', () => second.room.voteNews()?.dots[cards[0]!] === 2);
    expect(again.room.voteNews()?.voters).toBe(1);
    // Her set is not handed out twice: 2 + 2 dots fit in 5, one more pair does not.
    second.room.castVote(vote.id, cards[1]!, 2);
    await until('her dots in the reopened room', () => second.room.voteNews()?.dots[cards[1]!] === 2);
    second.room.castVote(vote.id, cards[2]!, 2);
    await until('refused past her set', () => second.room.voteNews()?.refused?.reason === 'per-person');
    expect(second.room.voteNews()?.dots).toEqual({ [cards[0]!]: 2, [cards[1]!]: 2 });
    await until('still one voter', () => again.room.voteNews()?.voters === 1);

    // The honest limit: a browser without her secret (another one, a private window) is someone new.
    const elsewhere = nodePeer(where, 'Awa', PASSWORD);
    peers.push(elsewhere);
    await elsewhere.room.synced();
    await until('the vote, elsewhere', () => readDayVote(elsewhere.doc)?.id === vote.id);
    expect(elsewhere.room.voteNews()?.dots ?? {}).toEqual({});
    elsewhere.room.castVote(vote.id, cards[3]!, 1);
    await until('her dots elsewhere', () => elsewhere.room.voteNews()?.dots[cards[3]!] === 1);
    await until('two voters', () => again.room.voteNews()?.voters === 2);

    writeDayVote(again.doc, { ...readDayVote(again.doc)!, state: 'revealed' });
    await until('the totals', () => resultIn(second, vote.id) !== undefined);
    expect(resultIn(second, vote.id)).toMatchObject({ counts: { [cards[0]!]: 2, [cards[1]!]: 2, [cards[3]!]: 1 }, voters: 2 });
    void facilitator;
  }, 60_000);
  it('a HOST started again on the saved project gives a resumed person their dots back, the file holding only a hash of the secret; an ended access is forgotten', async () => {
    room = await startRoomHost({ password: PASSWORD });
    const { vote, cards } = await openVote(room);
    const awa = nodePeer(room, 'Awa', PASSWORD);
    const bintou = nodePeer(room, 'Bintou', PASSWORD);
    peers.push(awa, bintou);
    await Promise.all([awa.room.synced(), bintou.room.synced()]);
    await until('they have the vote', () => readDayVote(awa.doc)?.id === vote.id && readDayVote(bintou.doc)?.id === vote.id);
    awa.room.castVote(vote.id, cards[0]!, 2);
    bintou.room.castVote(vote.id, cards[1]!, 1);
    await until('their dots', () => awa.room.voteNews()?.dots[cards[0]!] === 2 && bintou.room.voteNews()?.dots[cards[1]!] === 1);
    const secretOf = (p: NodePeer): string => {
      const s = p.room.state();
      if (s.kind !== 'joined') throw new Error('not joined');
      return s.ticket;
    };
    const awaSecret = secretOf(awa);
    const bintouSecret = secretOf(bintou);
    let bintouId = '';
    await until('Bintou in the status', async () => {
      bintouId = (await room!.host.api.roomStatus()).people.find((p) => p.name === 'Bintou')?.id ?? '';
      return bintouId !== '';
    });
    // Her access ended: her ticket is forgotten, by this opening and by the project.
    await room.host.api.endRoomAccess(bintouId);
    await until('Bintou is told', () => bintou.room.state().kind === 'refused');

    const text = JSON.stringify(await room.savedFile());
    expect(text).not.toContain(awaSecret);
    expect((JSON.parse(text) as { tickets?: unknown[] }).tickets?.length).toBe(2);
    const savedDir = mkdtempSync(join(tmpdir(), 'tablee-kept-'));
    const saved = join(savedDir, 'atelier.tablee');
    writeFileSync(saved, text);
    for (const p of peers.splice(0)) p.room.leave();
    await room.stop();

    room = await startRoomHost({ password: PASSWORD, project: saved });
    rmSync(savedDir, { recursive: true, force: true });
    const facilitator = nodePeer(room, 'Fatou', room.status.facilitatorPassword, { door: 'facilitator' });
    const back = nodePeer(room, 'Awa', PASSWORD, { ticket: awaSecret });
    const bintouBack = nodePeer(room, 'Bintou', PASSWORD, { ticket: bintouSecret });
    peers.push(facilitator, back, bintouBack);
    await Promise.all([facilitator.room.synced(), back.room.synced(), bintouBack.room.synced()]);
    await until('Awa has her dots back', () => back.room.voteNews()?.dots[cards[0]!] === 2);
    expect(secretOf(back)).toBe(awaSecret);
    await until('Bintou is someone new', () => bintouBack.room.voteNews() !== null);
    expect(bintouBack.room.voteNews()?.dots).toEqual({});
    expect(secretOf(bintouBack)).not.toBe(bintouSecret);
    expect(facilitator.room.voteNews()?.voters).toBe(2);
  }, 60_000);
});
