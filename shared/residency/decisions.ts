import type * as Y from 'yjs';
import { createItem, transact } from '../board/commands';
import { itemsOf, readItem } from '../board/doc';
import { intersects, type Box } from '../board/geometry';
import { grow, PLACEMENT_MARGIN } from '../board/placement';
import { DEFAULT_SIZE, decisionSchema, MAX_REASON_LENGTH, type Decision, type DecisionStatus } from '../board/records';

/**
 * Decisions on proposals (retained, dig deeper, dropped, with a reason) and the experiment born
 * of a retained one. A decision is the proposal's `decision` field, one plain value (see
 * shared/records/items.ts); facilitators write it, the HOST refuses it from participants.
 */

/**
 * Decides a proposal (or takes its decision back with `null`): one transaction, one undo step.
 * The reason is trimmed to its limit rather than refused: nothing typed is lost but the excess.
 */
export function decideProposal(doc: Y.Doc, proposalId: string, decision: { status: DecisionStatus; reason: string; by: string | null; at?: string } | null): void {
  transact(doc, () => {
    const map = itemsOf(doc).get(proposalId);
    if (!map || map.get('kind') !== 'proposal') return;
    if (decision === null) {
      if (map.has('decision')) map.delete('decision');
      return;
    }
    const value: Decision = decisionSchema.parse({
      status: decision.status,
      reason: decision.reason.slice(0, MAX_REASON_LENGTH),
      at: decision.at ?? new Date().toISOString(),
      by: decision.by,
    });
    map.set('decision', value);
  });
}

/** Space kept between a proposal and the experiment placed beside it. */
const GAP = 40;
/** How many spots are tried down the column beside the proposal before going further right. */
const ROWS = 12;

/**
 * Where a card of `size` goes beside `from` without covering anything: to its right, then down
 * that column, then one column further right, and so on. `occupied` says whether a box would
 * cover something; frames count (placement's rule, shared/board/placement.ts): an experiment
 * dropped into a theme would join it without anyone choosing that.
 */
export function spotBeside(from: Box, size: { w: number; h: number }, occupied: (box: Box) => boolean): { x: number; y: number } {
  for (let col = 0; col < 50; col++) {
    const x = from.x + from.w + GAP + col * (size.w + GAP);
    for (let row = 0; row < ROWS; row++) {
      const box = { x, y: from.y + row * (size.h + GAP), w: size.w, h: size.h };
      if (!occupied(box)) return { x: box.x, y: box.y };
    }
  }
  // A board that full beside the proposal: the first spot, overlapping.
  return { x: from.x + from.w + GAP, y: from.y };
}

/**
 * Whether a box, with placement's margin around it, touches anything of the doc, frames included.
 * Walks the board: for one gesture, not a frame (the renderer asks its spatial index instead).
 */
export function occupiedIn(doc: Y.Doc): (box: Box) => boolean {
  const items: Box[] = [];
  itemsOf(doc).forEach((map) => {
    const item = readItem(map);
    if (item) items.push(item);
  });
  return (box) => items.some((c) => intersects(c, grow(box, PLACEMENT_MARGIN)));
}

/**
 * An experiment born of a proposal, in one gesture: it records where it comes from
 * (`proposalId`), starts with the proposal's title, and sits beside it without covering another
 * card. One undo step. Returns its id, or null when `proposalId` is not a proposal.
 */
export function experimentFromProposal(doc: Y.Doc, proposalId: string, occupied: (box: Box) => boolean = occupiedIn(doc)): string | null {
  const proposal = readItem(itemsOf(doc).get(proposalId));
  if (proposal?.kind !== 'proposal') return null;
  const size = DEFAULT_SIZE.experiment;
  const at = spotBeside(proposal, size, occupied);
  return createItem(doc, { kind: 'experiment', ...at, title: proposal.title, proposalId });
}
