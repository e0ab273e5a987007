import type { Box } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import type { Editor } from '../editor';
import type { LiveGesture } from '../live-gesture';
import { startLiveResize } from '../live-resize';
import { boxWithRatio, keepsShape } from '../picture-resize';

const rounded = (b: Box): Box => ({ x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.w), h: Math.round(b.h) });

/**
 * Resizing one card by a handle: fed the box the handles give (board units), it writes whole
 * units to the doc once per frame (peers see it, `startLiveResize`) and the exact box on
 * release, all of it one undo step; a cancel puts the box back and leaves nothing to undo. A
 * picture keeps the shape it had when the handle was taken, unless Shift is held.
 */
export class ResizeGesture {
  private readonly live: LiveGesture<Box>;
  private readonly ratio: number;

  constructor(
    private readonly editor: Editor,
    private readonly item: Pick<ItemRecord, 'id' | 'kind'>,
    /** The card's box when the handle was taken. */
    private readonly before: Box,
    /** The handle ('top-left', 'middle-right'…). */
    private readonly anchor: string,
  ) {
    this.ratio = before.w / before.h;
    this.live = startLiveResize(editor, item.id);
  }

  /** What the doc gets for the box the handles give: whole units, and a picture's shape kept. */
  settled(box: Box, shift: boolean): Box {
    return keepsShape(this.item.kind, shift) ? boxWithRatio(box, this.ratio, this.anchor) : rounded(box);
  }

  update(box: Box, shift: boolean): void {
    this.live.update(this.settled(box, shift));
  }

  /** Writes the exact box and ends; returns the box written (the one before, if locks refused where it lands). */
  finish(box: Box, shift: boolean): Box {
    const out = this.settled(box, shift);
    if (this.editor.locks.refusedLanding([{ ...out, id: this.item.id, kind: this.item.kind }])) {
      this.live.cancel(this.before);
      return this.before;
    }
    this.live.finish(out);
    return out;
  }

  cancel(): void {
    this.live.cancel(this.before);
  }
}
