/**
 * Dot-vote figures:
 *   npx tsx tests/bench/day-vote.bench.ts [--voters 35] [--dots 10] [--rounds 5]
 * - count: the HOST's ballot box taking `voters` × `dots` casts (each checked against the vote and
 *   the board) and counting them, in this process;
 * - reveal: a real HOST and `voters` Node peers (no WebRTC: everything over the hub, as through a
 *   busy LAN), who each cast `dots` dots while dropping and coming back at random; then the reveal,
 *   timed until each peer's doc has the totals. Checks every dot was counted exactly once.
 * Prints one JSON document on stdout, progress on stderr. Not a test: it never fails on a figure.
 */
import { parseArgs } from 'node:util';
import os from 'node:os';
import * as Y from 'yjs';
import { createItem } from '../../shared/board/commands';
import { readDayVote, writeDayVote, type DayVote, type Dots } from '../../shared/day/day-vote';
import { VOTE_RESULTS } from '../../shared/records/votes';
import { readRecord, recordsOf } from '../../shared/records/y-record';
import { memoryBallots, VoteBox } from '../../electron/host/room/vote-box';
import { nodePeer, type NodePeer } from '../sync/helpers/node-peer';
import { startRoomHost, until } from '../sync/helpers/room-host';
import { figures } from './room-bench';

const { values } = parseArgs({ options: { voters: { type: 'string', default: '35' }, dots: { type: 'string', default: '10' }, rounds: { type: 'string', default: '5' } } });
const VOTERS = Number(values.voters);
const DOTS = Number(values.dots);
const ROUNDS = Number(values.rounds);
const CARDS = 40;
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

const voteOn = (id: string, frame: string): DayVote => ({ id, question: 'Bench', scope: { kind: 'frame', frame }, perPerson: DOTS, perCard: DOTS, endsAt: null, state: 'open' });

function board(doc: Y.Doc): { frame: string; cards: string[] } {
  const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 10 * 220 + 40, h: 5 * 200 + 80, title: 'Bench' });
  const cards = Array.from({ length: CARDS }, (_, i) => createItem(doc, { kind: 'note', x: 20 + (i % 10) * 220, y: 60 + Math.floor(i / 10) * 200, text: `Carte ${i}` }));
  return { frame, cards };
}

/** Each voter's dots: `DOTS` single dots on distinct cards, spread over the board. */
const ballotOf = (voter: number, cards: string[]): Dots => Object.fromEntries(Array.from({ length: DOTS }, (_, k) => [cards[(voter * 7 + k * 3) % cards.length]!, 1]));

function countAtHost(): { casts: ReturnType<typeof figures>; tally: ReturnType<typeof figures> } {
  const casts: number[] = [];
  const tallies: number[] = [];
  for (let round = 0; round < 20; round++) {
    const doc = new Y.Doc();
    const { frame, cards } = board(doc);
    const vote = voteOn(`vote:count${String(round).padStart(3, '0')}`, frame);
    writeDayVote(doc, vote);
    const box = new VoteBox({ doc, write: (change) => doc.transact(() => change(doc)) }, memoryBallots());
    const started = performance.now();
    for (let v = 0; v < VOTERS; v++) for (const [card, n] of Object.entries(ballotOf(v, cards))) box.cast(`voter-${v}`, vote.id, card, n, doc);
    casts.push(performance.now() - started);
    const t = performance.now();
    box.totals(vote.id);
    tallies.push(performance.now() - t);
    box.destroy();
  }
  return { casts: figures(casts, 'ms'), tally: figures(tallies, 'ms') };
}

async function revealToPeers(): Promise<Record<string, unknown>> {
  const room = await startRoomHost({ password: null });
  const peers: NodePeer[] = [];
  try {
    const facilitator = nodePeer(room, 'Fatou', room.status.facilitatorPassword, { door: 'facilitator' });
    peers.push(facilitator);
    await facilitator.room.synced();
    const { frame, cards } = board(facilitator.doc);
    const voters = Array.from({ length: VOTERS }, (_, i) => nodePeer(room, `Votant ${i}`, null));
    peers.push(...voters);
    await Promise.all(voters.map((v) => v.room.synced()));
    const latencies: number[] = [];
    const castPhases: number[] = [];
    let exact = true;
    let drops = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const vote = voteOn(`vote:round${String(round).padStart(3, '0')}`, frame);
      writeDayVote(facilitator.doc, vote);
      await until('every voter has the vote', () => voters.every((v) => readDayVote(v.doc)?.id === vote.id), 60_000);
      const targets = voters.map((_, i) => ballotOf(i + round, cards));
      const castStart = performance.now();
      await until(
        'every voter has their dots at the HOST',
        () => {
          voters.forEach((v, i) => {
            const roll = Math.random();
            if (roll < 0.03 && v.room.state().kind === 'joined') {
              v.room.setOnline(false);
              drops += 1;
            } else if (roll < 0.3) v.room.setOnline(true);
            const mine = v.room.voteNews()?.vote === vote.id ? v.room.voteNews()!.dots : {};
            for (const [card, n] of Object.entries(targets[i]!)) if (mine[card] !== n) v.room.castVote(vote.id, card, n);
          });
          return voters.every((v, i) => v.room.voteNews()?.vote === vote.id && JSON.stringify(Object.entries(v.room.voteNews()!.dots).sort()) === JSON.stringify(Object.entries(targets[i]!).sort()));
        },
        120_000,
      );
      castPhases.push(performance.now() - castStart);
      // Everyone back and settled before the reveal: a socket still closing when it was told to come
      // back reconnects after its retry delay, which would time the reconnect, not the reveal.
      for (const v of voters) v.room.setOnline(true);
      await new Promise((r) => setTimeout(r, 1500));
      for (const v of voters) v.room.setOnline(true);
      await until('every voter joined', () => voters.every((v) => v.room.state().kind === 'joined'), 60_000);
      await Promise.all(voters.map((v) => v.room.synced()));

      const arrived = new Map<NodePeer, number>();
      const watchers = voters.map((v) => {
        const map = recordsOf(VOTE_RESULTS, v.doc);
        const seen = (): void => {
          if (!arrived.has(v) && readRecord(VOTE_RESULTS, map.get(vote.id))) arrived.set(v, performance.now());
        };
        map.observeDeep(seen);
        return () => map.unobserveDeep(seen);
      });
      const revealed = performance.now();
      writeDayVote(facilitator.doc, { ...vote, state: 'revealed' });
      await until('every peer has the totals', () => arrived.size === voters.length, 60_000);
      for (const off of watchers) off();
      for (const t of arrived.values()) latencies.push(t - revealed);
      const expected: Dots = {};
      for (const t of targets) for (const [card, n] of Object.entries(t)) expected[card] = (expected[card] ?? 0) + n;
      const result = readRecord(VOTE_RESULTS, recordsOf(VOTE_RESULTS, voters[0]!.doc).get(vote.id))!;
      exact &&= JSON.stringify(Object.entries(result.counts).sort()) === JSON.stringify(Object.entries(expected).sort()) && result.voters === VOTERS;
      log(`round ${round + 1}/${ROUNDS}: totals everywhere in ${Math.round(Math.max(...[...arrived.values()].map((t) => t - revealed)))} ms`);
    }
    return { reveal_to_every_peer: figures(latencies, 'ms'), cast_phase_with_drops: figures(castPhases, 'ms'), drops, every_dot_counted_once: exact };
  } finally {
    for (const p of peers) p.room.leave();
    await room.stop();
  }
}

log(`count at the HOST: ${VOTERS} × ${DOTS} casts, 20 runs`);
const count = countAtHost();
log(`reveal to ${VOTERS} Node peers, ${ROUNDS} rounds`);
const reveal = await revealToPeers();
const result = { machine: { cpus: os.cpus().length, node: process.version }, voters: VOTERS, dots_per_voter: DOTS, count_at_host: count, ...reveal };
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
// y-webrtc's module-level timers would keep Node up.
process.exit(0);
