import { boxFromCorners, contains, intersects } from '@shared/board/geometry';
import type { Editor } from '../editor';
import type { At, Gesture, GestureView, Point } from './gesture';

/**
 * The rubber band from empty canvas: selects what it touches (a frame only when wholly inside),
 * added to the selection with Shift. A click without moving clears the selection (not with Shift).
 * Each move asks the R-tree for the band's box: the cost is what the band covers, not the board.
 */
export class MarqueeGesture implements Gesture {
  private readonly start: Point;
  private readonly base: ReadonlySet<string>;
  private moved = false;

  constructor(
    at: At,
    private readonly additive: boolean,
    private readonly editor: Editor,
    private readonly view: GestureView,
  ) {
    this.start = at.board;
    this.base = editor.selection;
  }

  move({ board }: At): void {
    const box = boxFromCorners(this.start.x, this.start.y, board.x, board.y);
    this.moved = true;
    this.view.band(box, 'band');
    const next = new Set(this.additive ? this.base : []);
    for (const it of this.editor.index.idsIn(box)) {
      if (it.kind === 'frame' ? contains(box, it) : intersects(box, it)) next.add(it.id);
    }
    this.editor.select(next);
  }

  up(): void {
    this.view.band(null, 'band');
    if (!this.moved && !this.additive) this.editor.clearSelection();
  }

  cancel(): void {
    this.view.band(null, 'band');
  }
}
