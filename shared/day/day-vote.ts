import { z } from 'zod';
import type * as Y from 'yjs';
import type { ItemRecord } from '../records/items';
import { DAY_MAP } from './day-timer';

/**
 * A dot vote's definition, which facilitators write in the `day` map (key `vote`): the question,
 * the cards it is about, the limits and its state. Participants only read it (the HOST refuses
 * their writes to `day`). The ballots never enter a doc: each person casts over the hub and the
 * HOST keeps them (electron/host/room/vote-box.ts); at the reveal it writes the totals as a
 * frozen result record (shared/records/votes.ts). Pure; reads never throw.
 */

const VOTE_KEY = 'vote';
/** A day of workshop: more dots than this is a typo. */
export const MAX_DOTS_PER_PERSON = 50;
export const MAX_QUESTION = 300;
/** Cards a 'cards' scope names (a selection); more is not a vote people can read. */
export const MAX_SCOPE_CARDS = 500;

const cardId = z.string().min(1).max(100);
const cardIds = z.array(cardId).max(MAX_SCOPE_CARDS);
/**
 * Which cards a vote is about. A frame's cards and the board's proposals are listed in `ids` when
 * the vote starts (frozenScope): a card moved into or out of the frame, or a proposal written,
 * during the vote does not change what counts. A definition written before the list existed has
 * none and is read live.
 */
export const voteScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('frame'), frame: cardId, ids: cardIds.optional() }).strict(),
  z.object({ kind: z.literal('cards'), ids: cardIds.min(1) }).strict(),
  z.object({ kind: z.literal('proposals'), ids: cardIds.optional() }).strict(),
]);
export type VoteScope = z.infer<typeof voteScopeSchema>;

export const VOTE_STATES = ['open', 'closed', 'revealed'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

const dots = z.number().int().min(0).max(MAX_DOTS_PER_PERSON);
export const dayVoteSchema = z
  .object({
    id: z.string().regex(/^vote:[A-Za-z0-9_-]{4,40}$/),
    question: z.string().max(MAX_QUESTION),
    scope: voteScopeSchema,
    perPerson: dots.min(1),
    perCard: dots.min(1),
    minimum: dots.optional(),
    /** An instant of the HOST's clock after which casts are refused; null: until a facilitator closes it. */
    endsAt: z.number().int().min(0).nullable(),
    state: z.enum(VOTE_STATES),
  })
  .strict()
  .refine((v) => v.perCard <= v.perPerson && (v.minimum ?? 0) <= v.perPerson, 'per card and minimum are at most the votes per person');
export type DayVote = z.infer<typeof dayVoteSchema>;

/** A person's dots in one vote: card id → dots (only cards with at least one). */
export type Dots = Record<string, number>;

/** The vote a doc holds; null when there is none or what is there is not a vote. */
export function readDayVote(doc: Y.Doc): DayVote | null {
  if (!doc.share.has(DAY_MAP)) return null;
  const parsed = dayVoteSchema.safeParse(doc.getMap<unknown>(DAY_MAP).get(VOTE_KEY));
  return parsed.success ? parsed.data : null;
}

/** Writes (or, with null, removes) the vote; one transaction on `origin`. */
export function writeDayVote(doc: Y.Doc, vote: DayVote | null, origin?: unknown): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(DAY_MAP);
    if (vote) map.set(VOTE_KEY, structuredClone(vote));
    else map.delete(VOTE_KEY);
  }, origin);
}

export const newVoteId = (random: () => number = Math.random): string => `vote:${Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')}`;

/**
 * The scope as a vote starts with it: a frame's cards (its direct children, not frames) and the
 * board's proposals become a fixed list of ids, sorted; null when there are more than
 * MAX_SCOPE_CARDS (not a vote people can read). `items`: every card of the board, read once.
 */
export function frozenScope(scope: VoteScope, items: Iterable<ItemRecord>): VoteScope | null {
  if (scope.kind === 'cards') return scope;
  const ids: string[] = [];
  for (const card of items) {
    if (card.kind === 'frame') continue;
    if (scope.kind === 'frame' ? card.parentId === scope.frame : card.kind === 'proposal') ids.push(card.id);
  }
  if (ids.length > MAX_SCOPE_CARDS) return null;
  ids.sort();
  return scope.kind === 'frame' ? { kind: 'frame', frame: scope.frame, ids } : { kind: 'proposals', ids };
}

/** Whether `card` (the item record of that id) is one the vote is about. */
export function inVoteScope(scope: VoteScope, id: string, card: ItemRecord): boolean {
  if (card.kind === 'frame') return false;
  // A list (chosen, or frozen at the start) is what counts, wherever the card is now.
  switch (scope.kind) {
    case 'cards':
      return scope.ids.includes(id);
    case 'frame':
      return scope.ids ? scope.ids.includes(id) : card.parentId === scope.frame;
    case 'proposals':
      return scope.ids ? scope.ids.includes(id) : card.kind === 'proposal';
  }
}

/** Whether casts are still taken at HOST instant `now`. */
export const voteTakesCasts = (vote: DayVote, now: number): boolean => vote.state === 'open' && (vote.endsAt === null || now < vote.endsAt);

/** Total dots of a ballot. */
export const spent = (ballot: Dots): number => Object.values(ballot).reduce((a, b) => a + b, 0);

/** Why a cast is refused (the frames' reasons), or null. */
export const CAST_REFUSALS = ['no-vote', 'closed', 'scope', 'per-card', 'per-person'] as const;
export type CastRefusal = (typeof CAST_REFUSALS)[number];

/**
 * The ballot after setting `count` dots on `card` (a set, not an add: a replayed cast changes
 * nothing), or why it is refused. `card`: the card's record, undefined when the board has none.
 */
export function castDots(vote: DayVote | null, voteId: string, now: number, ballot: Dots, id: string, card: ItemRecord | undefined, count: number): Dots | CastRefusal {
  if (!vote || vote.id !== voteId) return 'no-vote';
  if (!voteTakesCasts(vote, now)) return 'closed';
  if (!card || !inVoteScope(vote.scope, id, card)) return 'scope';
  if (count > vote.perCard) return 'per-card';
  const next: Dots = { ...ballot };
  if (count === 0) delete next[id];
  else next[id] = count;
  if (spent(next) > vote.perPerson) return 'per-person';
  return next;
}

/** The totals of many ballots: card id → dots, and how many people put at least one dot. */
export function tally(ballots: Iterable<Dots>): { counts: Dots; voters: number } {
  const counts: Dots = {};
  let voters = 0;
  for (const ballot of ballots) {
    let any = false;
    for (const [card, n] of Object.entries(ballot)) {
      if (n <= 0) continue;
      counts[card] = (counts[card] ?? 0) + n;
      any = true;
    }
    if (any) voters += 1;
  }
  return { counts, voters };
}

/** Cards by dots, most first (ties by id, so every screen ranks the same). */
export const ranking = (counts: Dots): [string, number][] => Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
