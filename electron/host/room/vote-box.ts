import type * as Y from 'yjs';
import { z } from 'zod';
import { castDots, readDayVote, tally, type CastRefusal, type DayVote, type Dots } from '@shared/day/day-vote';
import { DAY_MAP } from '@shared/day/day-timer';
import { ITEMS } from '@shared/records/items';
import { VOTE_RESULTS, type VoteResult } from '@shared/records/votes';
import { readRecord, recordsOf, writeRecordTo } from '@shared/records/y-record';
import type { RoomBoard } from './room-board';

/** Where the ballots are kept between openings of the room: the project file (ProjectSession.ballots). */
export interface BallotStore {
  read(): unknown;
  /** Called after every change; the store saves it (debounced, as an edit). */
  write(ballots: unknown): void;
}

/** A store that forgets when the HOST stops (tests, a board that is not a project file). */
export function memoryBallots(): BallotStore {
  let kept: unknown;
  return { read: () => kept, write: (b) => void (kept = b) };
}

const dots = z.record(z.string().max(100), z.number().int().min(0).max(1000));
/** vote id → voter → card → dots. A voter is a room ticket's person id: random, never a name. */
const ballotsSchema = z.record(z.string().max(64), z.record(z.string().max(64), dots));
type Ballots = Map<string, Map<string, Dots>>;

export type CastOutcome = { ok: true; dots: Dots } | { ok: false; reason: CastRefusal; dots: Dots };

/**
 * The HOST's ballot box of dot votes (docs/workshop-day.md, "Dot votes"). The vote's definition
 * is in the project doc's `day` map (facilitators write it); each person's dots are kept here,
 * keyed by their ticket, and never written into a doc, so no page (not a participant's, not a
 * facilitator's) can hold another person's dots or a total before the reveal. When a facilitator
 * sets the vote to 'revealed', this box writes the totals once into the project doc as a frozen
 * result (shared/records/votes.ts), which the room then carries to every page.
 */
export class VoteBox {
  private readonly ballots: Ballots = new Map();
  private readonly day: Y.Map<unknown>;
  private readonly onDay = (): void => queueMicrotask(() => this.revealIfAsked());
  private destroyed = false;

  constructor(
    /** The project: the vote's definition is read in its doc, the result is written through `write` (saved as any HOST change). */
    private readonly board: Pick<RoomBoard, 'doc' | 'write'>,
    private readonly store: BallotStore,
    /** The HOST's clock (a vote's end is an instant of it). */
    private readonly now: () => number = Date.now,
  ) {
    const parsed = ballotsSchema.safeParse(store.read() ?? {});
    // What is unreadable is left as it is in the file until the next cast rewrites the box.
    if (parsed.success) for (const [vote, voters] of Object.entries(parsed.data)) this.ballots.set(vote, new Map(Object.entries(voters)));
    this.day = board.doc.getMap<unknown>(DAY_MAP);
    this.day.observe(this.onDay);
    // A reveal asked while no room was open (or the HOST stopped first) is done now.
    this.revealIfAsked();
  }

  destroy(): void {
    this.destroyed = true;
    this.day.unobserve(this.onDay);
  }

  /** The vote the project holds now, if any. */
  current(): DayVote | null {
    return readDayVote(this.board.doc);
  }

  /**
   * Sets `voter`'s dots on `card` to `count` in vote `voteId`. `cards`: the doc whose items the
   * voter sees (a participant's workshop doc: a card withheld from the room cannot be voted on).
   */
  cast(voter: string, voteId: string, card: string, count: number, cards: Y.Doc): CastOutcome {
    const mine = this.mine(voter, voteId);
    const record = readRecord(ITEMS, cards.getMap<unknown>(ITEMS.map).get(card));
    const next = castDots(this.current(), voteId, this.now(), mine, card, record, count);
    if (typeof next === 'string') return { ok: false, reason: next, dots: mine };
    let box = this.ballots.get(voteId);
    if (!box) this.ballots.set(voteId, (box = new Map()));
    box.set(voter, next);
    this.store.write(this.serialise());
    return { ok: true, dots: next };
  }

  /** One voter's own dots (empty when none). */
  mine(voter: string, voteId: string): Dots {
    return { ...(this.ballots.get(voteId)?.get(voter) ?? {}) };
  }

  /** How many people have put at least one dot: the facilitators' panel shows it before the reveal. */
  voters(voteId: string): number {
    return tally(this.ballots.get(voteId)?.values() ?? []).voters;
  }

  /** The totals of a vote, as the reveal freezes them (tests and the benchmark read them here). */
  totals(voteId: string): { counts: Dots; voters: number } {
    return tally(this.ballots.get(voteId)?.values() ?? []);
  }

  private revealIfAsked(): void {
    if (this.destroyed) return;
    const vote = this.current();
    if (vote?.state !== 'revealed') return;
    if (readRecord(VOTE_RESULTS, recordsOf(VOTE_RESULTS, this.board.doc).get(vote.id))) return;
    const { counts, voters } = this.totals(vote.id);
    const result: VoteResult = { id: vote.id, date: new Date(this.now()).toISOString(), question: vote.question, scope: vote.scope, counts, voters };
    this.board.write((doc) => writeRecordTo(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc), vote.id, result));
  }

  private serialise(): Record<string, Record<string, Dots>> {
    const out: Record<string, Record<string, Dots>> = {};
    for (const [vote, voters] of this.ballots) out[vote] = Object.fromEntries(voters);
    return out;
  }
}
