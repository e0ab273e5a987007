import * as Y from 'yjs';
import { transact } from '../board/commands';
import { itemsOf } from '../board/doc';
import { AMENDMENTS, type AmendmentKind, type AmendmentRecord } from '../records/amendments';
import { readRecord, readRecords, recordsOf, writeRecordTo } from '../records/y-record';
import { err, ok, type Result } from '../result';

/**
 * Amendments to a proposal's body (shared/records/amendments.ts): suggest, find in the text,
 * accept or reject. A decision is one transaction on the local origin, so one undo takes an
 * accept back whole: the body's words and the amendment's state together.
 */

/**
 * Origin of a suggestion: sent like any edit of mine, but not an undo step. Once someone decided
 * it, undoing it would delete a decision's record, which the HOST refuses from a participant;
 * its author withdraws one made by mistake while it is open (withdrawAmendment).
 */
export const SUGGESTION_ORIGIN = 'tablee:suggestion';

export const amendmentsOf = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => recordsOf(AMENDMENTS, doc);

const bodyOf = (doc: Y.Doc, proposalId: string): Y.Text | null => {
  const card = itemsOf(doc).get(proposalId);
  if (!card || card.get('kind') !== 'proposal') return null;
  const body = card.get('body');
  return body instanceof Y.Text ? body : null;
};

const anchorAt = (text: Y.Text, index: number, assoc: number): string => JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index, assoc)));

/** The index a stored anchor points at in `text`, or null if it points elsewhere or does not parse. */
export function anchorIndex(doc: Y.Doc, text: Y.Text, json: string): number | null {
  try {
    const at = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(JSON.parse(json)), doc);
    return at && at.type === text ? at.index : null;
  } catch {
    return null;
  }
}

/** A proposal's amendments, oldest first. */
export function readAmendments(doc: Y.Doc, proposalId: string): AmendmentRecord[] {
  return readRecords(AMENDMENTS, doc).filter((a) => a.proposalId === proposalId);
}

export type SuggestError = 'not-a-proposal' | 'empty' | 'out-of-range';

export interface Suggestion {
  proposalId: string;
  /** Person id of who suggests it. */
  author: string;
  /** The range of the body it changes (equal for an insertion). */
  from: number;
  to: number;
  /** What to put there (empty for a deletion). */
  text: string;
  now: number;
}

export function newAmendmentId(random: () => number = Math.random): string {
  return `amendment:${Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('')}`;
}

/** Records a suggested change; the body is not touched. Returns the amendment's id. */
export function suggestAmendment(doc: Y.Doc, s: Suggestion, id: string = newAmendmentId()): Result<string, SuggestError> {
  const body = bodyOf(doc, s.proposalId);
  if (!body) return err('not-a-proposal');
  if (s.from < 0 || s.to < s.from || s.to > body.length) return err('out-of-range');
  const original = body.toString().slice(s.from, s.to);
  const kind: AmendmentKind = original === '' ? 'insert' : s.text === '' ? 'delete' : 'replace';
  if (original === '' && s.text === '') return err('empty');
  const record: AmendmentRecord = {
    id,
    proposalId: s.proposalId,
    author: s.author,
    kind,
    // The end sticks to the range's last letter: words typed right after it stay outside.
    start: anchorAt(body, s.from, 0),
    end: kind === 'insert' ? anchorAt(body, s.from, 0) : anchorAt(body, s.to, -1),
    text: s.text,
    original,
    state: 'open',
    decidedBy: null,
    decidedAt: null,
    createdAt: s.now,
  };
  doc.transact(() => writeRecordTo(AMENDMENTS, amendmentsOf(doc), id, record), SUGGESTION_ORIGIN);
  return ok(id);
}

/**
 * Where an amendment's range is in the body now, or null when it cannot be found. The anchors
 * say it, unless the words they point at were deleted (an accept undone puts back new letters):
 * then the quoted original nearest to where the anchors fell.
 */
export function locateAmendment(doc: Y.Doc, a: AmendmentRecord): { from: number; to: number } | null {
  const body = bodyOf(doc, a.proposalId);
  if (!body) return null;
  const from = anchorIndex(doc, body, a.start);
  const to = anchorIndex(doc, body, a.end);
  if (a.kind === 'insert') return from === null ? null : { from, to: from };
  const words = body.toString();
  if (from !== null && to !== null && words.slice(from, to) === a.original) return { from, to };
  let best: number | null = null;
  const near = from ?? 0;
  for (let at = words.indexOf(a.original); at !== -1; at = words.indexOf(a.original, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best === null ? null : { from: best, to: best + a.original.length };
}

/** Takes back an open suggestion (its author's gesture, in place of an undo); a decided one stays. */
export function withdrawAmendment(doc: Y.Doc, id: string): boolean {
  const a = readRecord(AMENDMENTS, amendmentsOf(doc).get(id));
  if (!a || a.state !== 'open') return false;
  doc.transact(() => amendmentsOf(doc).delete(id), SUGGESTION_ORIGIN);
  return true;
}

export type DecideError = 'not-found' | 'decided' | 'gone';

/** Accepts (applies the change to the body) or rejects an open amendment, in one transaction. */
export function decideAmendment(doc: Y.Doc, id: string, decision: 'accepted' | 'rejected', by: string, now: number): Result<void, DecideError> {
  const map = amendmentsOf(doc).get(id);
  const a = readRecord(AMENDMENTS, map);
  if (!map || !a) return err('not-found');
  if (a.state !== 'open') return err('decided');
  const range = decision === 'accepted' ? locateAmendment(doc, a) : null;
  if (decision === 'accepted' && !range) return err('gone');
  transact(doc, () => {
    if (range) {
      const body = bodyOf(doc, a.proposalId)!;
      if (range.to > range.from) body.delete(range.from, range.to - range.from);
      if (a.text !== '') body.insert(range.from, a.text);
    }
    map.set('state', decision);
    map.set('decidedBy', by);
    map.set('decidedAt', now);
  });
  return ok(undefined);
}

/** How many open amendments each proposal has (one walk of the amendments, for the board's cards). */
export function openAmendmentCounts(doc: Y.Doc): Map<string, number> {
  const out = new Map<string, number>();
  amendmentsOf(doc).forEach((m) => {
    if (!(m instanceof Y.Map) || m.get('state') !== 'open') return;
    const p = m.get('proposalId');
    if (typeof p === 'string') out.set(p, (out.get(p) ?? 0) + 1);
  });
  return out;
}
