import { z } from 'zod';
import { MAX_TEXT_LENGTH, type ItemRecord } from './items';
import { defineKind, ref } from './kind';

/**
 * A suggested change to a proposal's body (docs/workshop-day.md, "Amendments"): someone proposes
 * to insert, delete or replace words, and the proposal's author or a facilitator accepts or
 * rejects it. Its own record, not formatting inside the body's Y.Text: the body stays plain text
 * (the HOST refuses formatting from participants) and who may decide is a rule on one small map.
 *
 * `start` and `end` are Yjs relative positions into the body (JSON, as carets travel in presence),
 * so the range follows concurrent edits; the HOST turns them into the other doc's items when it
 * mirrors the record between the project and the room (shared/room/amendment-anchors.ts).
 * `original` is the text as it was when suggested: history, and the way to find the range again
 * when its letters were deleted and put back (an undone accept).
 */

export const AMENDMENT_KINDS = ['insert', 'delete', 'replace'] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];

export const AMENDMENT_STATES = ['open', 'accepted', 'rejected'] as const;
export type AmendmentState = (typeof AMENDMENT_STATES)[number];

const id = z.string().min(1).max(100);
/** A relative position as JSON: a few ids and numbers. */
const anchor = z.string().min(2).max(500);
const instant = z.number().finite().min(0);

export const amendmentSchema = z.object({
  id,
  proposalId: id,
  /** The person (authorship's person id) who suggested it. */
  author: id,
  kind: z.enum(AMENDMENT_KINDS),
  start: anchor,
  end: anchor,
  /** What to insert (empty for a deletion). */
  text: z.string().max(MAX_TEXT_LENGTH),
  /** The words it replaces or deletes, as they were (empty for an insertion). */
  original: z.string().max(MAX_TEXT_LENGTH),
  state: z.enum(AMENDMENT_STATES),
  decidedBy: id.nullable(),
  decidedAt: instant.nullable(),
  createdAt: instant,
});

export type AmendmentRecord = z.infer<typeof amendmentSchema>;

/** What an amendment must say of itself: an insertion adds words, a deletion removes some, a replacement both. */
function shapeRefusal(a: AmendmentRecord): string | null {
  if (a.kind !== 'delete' && a.text === '') return 'nothing to insert';
  if (a.kind !== 'insert' && a.original === '') return 'nothing to delete';
  if (a.kind === 'insert' && a.original !== '') return 'an insertion replaces nothing';
  if (a.kind === 'delete' && a.text !== '') return 'a deletion inserts nothing';
  if ((a.state === 'open') !== (a.decidedBy === null)) return 'decided without a decider, or open with one';
  return null;
}

/** Amendments, in `doc.getMap('amendments')`. Their author is a field: the authorship maps are for cards. */
export const AMENDMENTS = defineKind<AmendmentRecord>({
  name: 'amendment',
  map: 'amendments',
  schema: amendmentSchema,
  check: shapeRefusal,
  authored: false,
  order: (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  refs: [ref<AmendmentRecord, ItemRecord>({ field: 'proposalId', to: 'item', accepts: (_a, target) => target.kind === 'proposal', onMissing: 'drop', noun: 'proposal' })],
});
