import * as Y from 'yjs';
import { madeByOf } from '../board/authorship';
import { isLockedFor } from '../board/locks';
import type { FieldSet, Touch } from './update-scope';

/** Fields of an amendment that a decision changes; the rest is written once, when it is suggested. */
const DECISION_FIELDS: ReadonlySet<string> = new Set(['state', 'decidedBy', 'decidedAt']);

/**
 * What a participant may do with amendments (docs/workshop-day.md, "Amendments"), checked by the
 * HOST before it applies the update: suggest one in their own name, still open; take back their
 * own while it is open; accept or reject one (or undo that) only on a proposal they
 * made and no lock holds, in their own name. Facilitators' edits are not checked here. The record's shape is
 * validated after the update is applied, as every record's is.
 *
 * Returns why the update is refused, or null.
 */
export function amendmentRefusal(workshop: Y.Doc, touches: readonly Touch[], sets: readonly FieldSet[], person: string | null): string | null {
  const amendments = workshop.getMap<unknown>('amendments');
  const items = workshop.getMap<unknown>('items');
  // Every value the update writes into a field (a hostile one may write a field twice): each must pass.
  const valuesOf = (record: string, field: string): unknown[] => sets.filter((s) => s.record === record && s.field === field).map((s) => s.value);
  const all = (record: string, field: string, ok: (v: unknown) => boolean): boolean => valuesOf(record, field).every(ok);
  const some = (record: string, field: string, ok: (v: unknown) => boolean): boolean => valuesOf(record, field).length > 0 && all(record, field, ok);
  const isProposal = (v: unknown): boolean => {
    const card = typeof v === 'string' ? items.get(v) : undefined;
    return card instanceof Y.Map && card.get('kind') === 'proposal';
  };
  /** Why a suggestion written whole by this update may not be, or null. */
  const suggestion = (id: string): string | null => {
    if (person === null || !some(id, 'author', (v) => v === person)) return `it suggests ${id.slice(0, 60)} in someone else's name`;
    if (!some(id, 'state', (v) => v === 'open') || !all(id, 'decidedBy', (v) => v === null)) return `it suggests ${id.slice(0, 60)} already decided`;
    if (!some(id, 'proposalId', isProposal)) return `it suggests ${id.slice(0, 60)} on no proposal of the room`;
    return null;
  };
  // Records set or deleted whole: deleting one deletes its fields too, which are not rewrites.
  const whole = new Set<string | null>(touches.filter((t) => t.root === 'amendments' && t.field === null).map((t) => t.record));
  for (const t of touches) {
    if (t.root !== 'amendments' || t.record === null) continue;
    const id = t.record;
    const existing = amendments.get(id);
    if (!(existing instanceof Y.Map)) {
      const refused = suggestion(id);
      if (refused) return refused;
      continue;
    }
    const author = existing.get('author');
    const proposal = existing.get('proposalId');
    if (whole.has(id)) {
      // Only taking back one's own open suggestion (or writing it again, as a new one); decided ones stay in the history.
      if (author !== person || existing.get('state') !== 'open') return `it deletes amendment ${id.slice(0, 60)}`;
      if (sets.some((s) => s.root === 'amendments' && s.record === id)) {
        const refused = suggestion(id);
        if (refused) return refused;
      }
      continue;
    }
    if (t.field === null || !DECISION_FIELDS.has(t.field)) return `it rewrites amendment ${id.slice(0, 60)}`;
    if (person === null || typeof proposal !== 'string' || madeByOf(workshop).get(proposal) !== person) return `it decides amendment ${id.slice(0, 60)} on a proposal it did not make`;
    if (!all(id, 'decidedBy', (v) => v === null || v === person)) return `it decides amendment ${id.slice(0, 60)} in someone else's name`;
    // A locked proposal is the facilitators' to settle (shared/board/locks.ts): its author decides nothing on it either.
    if (isLockedFor(workshop, proposal)) return `it decides amendment ${id.slice(0, 60)} on a locked proposal`;
  }
  return null;
}
