import { z } from 'zod';
import { voteScopeSchema } from '../day/day-vote';
import { defineKind } from './kind';

/**
 * A dot vote's frozen result, written once by the HOST at the reveal (electron/host/room/vote-box.ts)
 * from the ballots it kept: the question and scope as they were, the totals per card, and how many
 * people voted. It is not recomputed afterwards: a card deleted later keeps its line here.
 *   doc.getMap('voteResults') : vote id → Y.Map { id, date, question, scope, counts, voters }
 */
export const VOTES_MAP = 'voteResults';

const count = z.number().int().min(0).max(1_000_000);
export const voteResultSchema = z.object({
  id: z.string().regex(/^vote:[A-Za-z0-9_-]{4,40}$/),
  /** When it was revealed (ISO instant of the HOST's clock). */
  date: z.string().max(64),
  question: z.string().max(300),
  scope: voteScopeSchema,
  /** Card id → dots. */
  counts: z.record(z.string().max(100), count),
  voters: count,
});
export type VoteResult = z.infer<typeof voteResultSchema>;

export const VOTE_RESULTS = defineKind<VoteResult>({
  name: 'voteResult',
  map: VOTES_MAP,
  schema: voteResultSchema,
  label: 'vote result',
  // The HOST writes it; nobody authors a count.
  authored: false,
});
