import { moveItems, updateItem } from '@shared/board/commands';
import { LOCAL_ORIGIN } from '@shared/board/doc';
import { intersects, type Box } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import type { Editor } from '../../canvas/editor';
import { linkQuote, linkTheme } from '@shared/residency/commands';
import { tidyTheme } from '../selection/selection-commands';

/** Board units an arrow moves the selection by; with Shift, the larger step. */
export const NUDGE = 10;
export const NUDGE_FAR = 100;

/**
 * Arrows move the selection. A held key (its repeats) is one undo step, each new press another:
 * the undo manager merges what follows within its capture time unless told to stop.
 */
export function nudge(editor: Editor, dx: number, dy: number, repeat: boolean): void {
  const ids = [...editor.selection];
  if (ids.length === 0 || editor.locks.refusedMove(ids, dx, dy)) return;
  if (!repeat) editor.undo.stopCapturing();
  editor.doc.transact(() => moveItems(editor.doc, ids, dx, dy), LOCAL_ORIGIN);
}

/** Room kept inside a frame around the cards, and above them for its title (as tidying keeps). */
const PAD = 24;
const HEADER = 60;
const GAP = 24;
const MAX_PROBES = 400;

/**
 * Where a card can go inside a frame: the first free cell of a grid from its top-left, row by
 * row; else a new row under its content (the frame then grows). Asked of the spatial index.
 */
function spotIn(editor: Editor, frame: ItemRecord, card: Box, ignore: ReadonlySet<string>, taken: readonly Box[]): Box & { grow: number } {
  const stepX = card.w + GAP;
  const stepY = card.h + GAP;
  const cols = Math.max(1, Math.floor((frame.w - 2 * PAD + GAP) / stepX));
  const rows = Math.max(0, Math.floor((frame.h - HEADER - PAD + GAP) / stepY));
  const free = (box: Box): boolean =>
    !taken.some((b) => intersects(b, box)) && !editor.index.idsIn(box).some((i) => i.kind !== 'frame' && !ignore.has(i.id) && intersects(i, box));
  let probes = 0;
  for (let r = 0; r < rows && probes < MAX_PROBES; r++) {
    for (let c = 0; c < cols && probes < MAX_PROBES; c++, probes++) {
      const box = { x: frame.x + PAD + c * stepX, y: frame.y + HEADER + r * stepY, w: card.w, h: card.h };
      if (free(box)) return { ...box, grow: 0 };
    }
  }
  // Under everything the frame holds.
  const bottom = Math.max(frame.y + HEADER, ...editor.index.idsIn(frame).filter((i) => i.parentId === frame.id).map((i) => i.y + i.h + GAP), ...taken.map((b) => b.y + b.h + GAP));
  const box = { x: frame.x + PAD, y: bottom, w: card.w, h: card.h };
  return { ...box, grow: Math.max(0, box.y + box.h + PAD - (frame.y + frame.h)) };
}

/** "Move to theme…": the selected cards go into the frame, each to a free place in it. One undo step. */
export function moveIntoTheme(editor: Editor, frameId: string): number {
  const frame = editor.index.get(frameId);
  const cards = editor.selectedItems().filter((i) => i.kind !== 'frame' && i.parentId !== frameId);
  if (frame?.kind !== 'frame' || cards.length === 0) return 0;
  if (editor.locks.refused([...cards.map((c) => c.id), frameId])) return 0;
  const ignore = new Set(cards.map((c) => c.id));
  const taken: Box[] = [];
  const moves: Array<{ id: string; dx: number; dy: number }> = [];
  let grow = 0;
  for (const card of cards) {
    const spot = spotIn(editor, { ...frame, h: frame.h + grow }, card, ignore, taken);
    taken.push(spot);
    grow += spot.grow;
    moves.push({ id: card.id, dx: spot.x - card.x, dy: spot.y - card.y });
  }
  editor.command(() => {
    if (grow > 0) updateItem(editor.doc, frameId, { h: frame.h + grow });
    for (const m of moves) moveItems(editor.doc, [m.id], m.dx, m.dy);
  });
  return cards.length;
}

/** "Link to proposal…": the selected quotes and themes become the proposal's. One undo step. */
export function linkToProposal(editor: Editor, proposalId: string): number {
  if (editor.locks.refused([proposalId])) return 0;
  const selected = editor.selectedItems();
  let linked = 0;
  editor.command(() => {
    for (const item of selected) {
      if (item.kind === 'quote' && linkQuote(editor.doc, proposalId, item.quoteId).ok) linked++;
      if (item.kind === 'frame' && linkTheme(editor.doc, proposalId, item.id).ok) linked++;
    }
  });
  return linked;
}

/** "Arrange": the selected theme's cards (or the theme of the selected cards) in a grid. */
export function arrangeSelection(editor: Editor): boolean {
  const selected = editor.selectedItems();
  const frames = new Set(selected.map((i) => (i.kind === 'frame' ? i.id : i.parentId)));
  const [only] = frames;
  if (frames.size !== 1 || !only) return false;
  tidyTheme(editor, only);
  return true;
}
