import type { ItemRecord } from '@shared/board/records';
import type { Editor } from '../editor';
import type { LiveGesture, MoveTotal } from '../live-gesture';
import { startLiveMove } from '../live-move';
import { DRAG_THRESHOLD, travelled, type At, type Gesture, type GestureView, type Point } from './gesture';

/**
 * A press on a card, then (past DRAG_THRESHOLD) moving the selection: pending → dragging. While
 * dragging, the drag layer follows the pointer at once and the doc once per frame (peers see it
 * live, `startLiveMove`); the drop is exact and the whole drag is one undo step. A click without
 * dragging on one of several selected cards selects just that one.
 */
export class DragMoveGesture implements Gesture {
  private readonly start: At;
  private readonly ids: string[];
  private live: LiveGesture<MoveTotal> | null = null;
  private dragging = false;
  /** Locks forbid this participant to move what was picked up: the press does nothing more. */
  private refused = false;
  /** What was picked up, as it was then (the doc follows the drag). */
  private picked = new Map<string, ItemRecord>();

  constructor(
    at: At,
    private readonly clickedId: string,
    /** Whether the card was selected before this press. */
    private readonly wasSelected: boolean,
    private readonly shift: boolean,
    private readonly editor: Editor,
    private readonly view: GestureView,
  ) {
    this.start = at;
    this.ids = [...editor.selection];
  }

  move(at: At): void {
    if (this.refused) return;
    if (!this.dragging) {
      if (travelled(this.start.screen, at.screen) < DRAG_THRESHOLD) return;
      this.pickUp();
      if (this.refused) return;
    }
    const { dx, dy } = this.offset(at.board);
    this.view.dragOffset(dx, dy);
    this.live?.update({ dx: Math.round(dx), dy: Math.round(dy) });
  }

  up(at: At): void {
    if (!this.dragging) {
      if (!this.shift && this.wasSelected && this.editor.selection.size > 1) this.editor.select([this.clickedId]);
      return;
    }
    const { dx, dy } = this.offset(at.board);
    const total = { dx: Math.round(dx), dy: Math.round(dy) };
    // The exact drop, in the same undo step as the frames before it; no move at all is no step.
    // A participant's drop into a locked frame puts everything back instead.
    if ((total.dx === 0 && total.dy === 0) || this.editor.locks.refusedDrop(this.ids, (id) => this.picked.get(id), total.dx, total.dy)) this.live?.cancel({ dx: 0, dy: 0 });
    else this.live?.finish(total);
    this.putDown();
  }

  cancel(): void {
    if (!this.dragging) return;
    // Everything back where it was, and nothing left to undo.
    this.live?.cancel({ dx: 0, dy: 0 });
    this.putDown();
  }

  private offset(board: Point): { dx: number; dy: number } {
    return { dx: board.x - this.start.board.x, dy: board.y - this.start.board.y };
  }

  /** What moves: the selection, and the cards of every frame in it, as they are now (unless locks forbid it). */
  private pickUp(): void {
    this.dragging = true;
    const { index } = this.editor;
    const carried = new Set(this.ids);
    const frames = new Set(this.ids.filter((id) => index.get(id)?.kind === 'frame'));
    for (const child of index.childrenOf(frames)) carried.add(child);
    if (this.editor.locks.refused(carried)) {
      this.refused = true;
      this.dragging = false;
      return;
    }
    const items = new Map<string, ItemRecord>();
    for (const id of carried) {
      const item = index.get(id);
      if (item) items.set(id, item);
    }
    this.picked = items;
    this.view.dragged({ ids: carried, items });
    this.live = startLiveMove(this.editor, this.ids, carried);
  }

  private putDown(): void {
    // The view keeps the drag layer's offset until the layer is hidden (it would flash the cards back).
    this.view.dragged(null);
  }
}
