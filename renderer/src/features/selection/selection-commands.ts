import type { ThemeMark } from '@shared/board/records';
import { addTag, setTag, setThemeMark, tidyFrame } from '@shared/residency/commands';
import type { TagGroup } from '@shared/residency/records';
import type { Editor } from '../../canvas/editor';

/** What the selection bar does, each its own undo step. */

export function markTheme(editor: Editor, frameId: string, mark: ThemeMark): void {
  if (editor.locks.refused([frameId])) return;
  editor.command(() => setThemeMark(editor.doc, frameId, mark));
}

export function tidyTheme(editor: Editor, frameId: string): void {
  // Tidying moves the theme's cards: a participant may not when one of them is locked.
  if (editor.locks.refused([frameId, ...editor.index.childrenOf(new Set([frameId]))])) return;
  editor.command(() => tidyFrame(editor.doc, frameId));
}

export function tagCards(editor: Editor, ids: readonly string[], tagId: string, on: boolean): void {
  editor.command(() => setTag(editor.doc, ids, tagId, on));
}

/** A new tag of the project's lists, put on the cards in the same step. False for an empty label. */
export function addTagToCards(editor: Editor, ids: readonly string[], label: string, group: TagGroup): boolean {
  const created = editor.command(() => {
    const tag = addTag(editor.doc, label, group);
    if (tag.ok) setTag(editor.doc, ids, tag.value, true);
    return tag;
  });
  return created.ok;
}
