import { linkQuote, linkTheme, unlink, type LinkError } from '@shared/residency/commands';
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
