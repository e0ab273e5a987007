import type { Box } from '@shared/board/geometry';
import { isFreeSpot } from '@shared/board/placement';
import { DEFAULT_SIZE, type DecisionStatus } from '@shared/board/records';
import { linkQuote, linkTheme, unlink, type LinkError } from '@shared/residency/commands';
import { decideProposal, experimentFromProposal, spotBeside } from '@shared/residency/decisions';
import type { Editor } from '../../canvas/editor';

/** What the proposal panel's buttons do, each its own undo step. */

/** Links the quotes to the proposal in one step; returns how many were linked and why the others were not. */
export function linkQuotes(editor: Editor, proposalId: string, quoteIds: readonly string[]): { added: number; refused: LinkError[] } {
  const refused: LinkError[] = [];
  let added = 0;
  if (editor.locks.refused([proposalId])) return { added, refused };
  editor.command(() => {
    for (const q of quoteIds) {
      const r = linkQuote(editor.doc, proposalId, q);
      if (r.ok) added++;
      else refused.push(r.error);
    }
  });
  return { added, refused };
}

export function linkThemeTo(editor: Editor, proposalId: string, frameId: string): void {
  if (editor.locks.refused([proposalId])) return;
  editor.command(() => linkTheme(editor.doc, proposalId, frameId));
}

/** Takes a quote or a theme off the proposal. */
export function unlinkFrom(editor: Editor, proposalId: string, targetId: string): void {
  if (editor.locks.refused([proposalId])) return;
  editor.command(() => unlink(editor.doc, proposalId, targetId));
}

/**
 * A facilitator decides a proposal (or takes the decision back with `null`): one undo step. A
 * participant's page never writes a decision (the HOST would refuse the update anyway).
 * `by`: my person id (features/room/my-person.ts).
 */
export function decide(editor: Editor, proposalId: string, decision: { status: DecisionStatus; reason: string } | null, by: string): void {
  if (!editor.facilitator) return;
  editor.command(() => decideProposal(editor.doc, proposalId, decision && { ...decision, by }));
}

/**
 * The experiment born of a proposal, in one gesture: linked to it and placed beside it where it
 * covers nothing, frames included (placement's rule, asked of the board's index: a few lookups,
 * never a walk of the board), so it joins no theme by itself; then brought into view. One undo step.
 */
export function createExperimentFrom(editor: Editor, proposalId: string): string | null {
  const occupied = (box: Box): boolean => !isFreeSpot(editor.space, box);
  const proposal = editor.index.get(proposalId);
  if (!proposal) return null;
  const size = DEFAULT_SIZE.experiment;
  const spot = { ...spotBeside(proposal, size, occupied), ...size };
  if (editor.locks.refusedLanding([{ kind: 'experiment', ...spot }])) return null;
  const id = editor.command(() => experimentFromProposal(editor.doc, proposalId, occupied));
  if (id) {
    editor.select([id]);
    editor.reveal(spot);
  }
  return id;
}
