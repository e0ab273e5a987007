import type { Editor } from '../editor';
import type { At, Gesture } from './gesture';

/**
 * The note and text tools: where the button went down, a new card opens for typing when it is
 * let go, and the tool goes back to select.
 */
export class PlaceGesture implements Gesture {
  constructor(
    private readonly start: At,
    private readonly kind: 'note' | 'text',
    private readonly editor: Editor,
  ) {}

  move(): void {}

  up(): void {
    if (this.kind === 'note') this.editor.createNoteAt(this.start.board, true);
    else this.editor.createTextAt(this.start.board, true);
    this.editor.setTool('select');
  }

  cancel(): void {}
}
