import { boxFromCorners } from '@shared/board/geometry';
import { DEFAULT_SIZE } from '@shared/board/records';
import type { Editor } from '../editor';
import { DRAG_THRESHOLD, travelled, type At, type Gesture, type GestureView } from './gesture';

/** Smallest frame drawn by dragging (board units); a smaller drag makes none. */
const MIN_DRAWN = 16;

/**
 * The frame tool: drag out a theme's box, or click for a frame of the default size centred
 * there. Either way the tool goes back to select.
 */
export class DrawFrameGesture implements Gesture {
  private moved = false;

  constructor(
    private readonly start: At,
    private readonly editor: Editor,
    private readonly view: GestureView,
  ) {}

  move(at: At): void {
    if (!this.moved && travelled(this.start.screen, at.screen) < DRAG_THRESHOLD) return;
    this.moved = true;
    this.view.band(this.boxTo(at), 'frame');
  }

  up(at: At): void {
    this.view.band(null, 'frame');
    if (this.moved) {
      const box = this.boxTo(at);
      if (box.w >= MIN_DRAWN && box.h >= MIN_DRAWN) this.editor.createFrame(box);
    } else {
      const { w, h } = DEFAULT_SIZE.frame;
      this.editor.createFrame({ x: this.start.board.x - w / 2, y: this.start.board.y - h / 2, w, h });
    }
    this.editor.setTool('select');
  }

  cancel(): void {
    this.view.band(null, 'frame');
  }

  private boxTo(at: At) {
    return boxFromCorners(this.start.board.x, this.start.board.y, at.board.x, at.board.y);
  }
}
