import { clampZoom, zoomAround } from '../camera';
import type { Editor } from '../editor';
import { onFrameTitle, topHit } from '../hit-test';
import { DragMoveGesture } from './drag-move';
import { DrawFrameGesture } from './draw-frame';
import type { At, CameraSink, Gesture, GestureView, Point } from './gesture';
import { MarqueeGesture } from './marquee';
import { PanGesture } from './pan';
import { PlaceGesture } from './place';

/** A button pressed on the canvas. `button`: 0 main, 1 middle (pans), others are not ours. */
export interface PointerPress {
  screen: Point;
  button: number;
  shift: boolean;
}

/** A wheel turn over the canvas, in pixels (lines and pages already converted). */
export interface WheelTurn {
  screen: Point;
  dx: number;
  dy: number;
  /** Ctrl or Cmd held (or a trackpad pinch): zoom around the pointer. */
  zoom: boolean;
  shift: boolean;
}

/**
 * Every pointer interaction on the canvas, as plain TypeScript: the press picks a gesture from
 * the tool and what is under the pointer (pan, rubber band, move, draw a frame, place a note or
 * a text), which then takes the moves and the release. Double-click creates or edits, the wheel
 * pans and zooms. The hook `use-pointer-gestures` feeds it the DOM's events; tests feed it
 * positions. Hits come from the R-tree (`topHit`), never from the canvas' shapes.
 */
export class PointerGestures {
  private gesture: Gesture | null = null;

  constructor(
    private readonly editor: Editor,
    private readonly view: GestureView,
    private readonly camera: CameraSink,
  ) {}

  /** Whether a gesture is under way (its moves and release are expected). */
  get active(): boolean {
    return this.gesture !== null;
  }

  /** A button went down; returns whether a gesture started (then moves and a release follow). */
  down({ screen, button, shift }: PointerPress): boolean {
    if (this.gesture || (button !== 0 && button !== 1)) return false;
    const { editor, view } = this;
    const at = this.at(screen);
    const { tool, spacePan } = editor.getState();
    if (button === 1 || spacePan || tool === 'hand') {
      this.gesture = new PanGesture(at, this.camera, view);
    } else if (tool === 'frame') {
      this.gesture = new DrawFrameGesture(at, editor, view);
    } else if (tool === 'note' || tool === 'text') {
      this.gesture = new PlaceGesture(at, tool, editor);
    } else {
      const hit = topHit(editor.index, at.board.x, at.board.y, editor.camera.zoom);
      if (!hit) {
        this.gesture = new MarqueeGesture(at, shift, editor, view);
      } else {
        // A dot vote takes the click on the cards it is about: a dot, not a selection or a drag.
        if (editor.cardClick?.(hit.id, shift)) return false;
        const wasSelected = editor.selection.has(hit.id);
        if (shift) editor.toggle(hit.id);
        else if (!wasSelected) editor.select([hit.id]);
        // Shift on a selected card just took it out of the selection: nothing to drag.
        if (shift && wasSelected) return false;
        this.gesture = new DragMoveGesture(at, hit.id, wasSelected, shift, editor, view);
      }
    }
    return true;
  }

  move(screen: Point): void {
    this.gesture?.move(this.at(screen));
  }

  up(screen: Point): void {
    const g = this.end();
    g?.up(this.at(screen));
  }

  /** The pointer was cancelled (or the canvas goes): the gesture under way leaves nothing behind. */
  cancel(): void {
    this.end()?.cancel();
  }

  /** Double-click with the select tool: edit what is there (a frame by its title, wherever drawn), else a new note. */
  doubleClick(screen: Point): void {
    const { editor } = this;
    if (editor.getState().tool !== 'select' || editor.getState().spacePan) return;
    const p = editor.toBoard(screen.x, screen.y);
    const zoom = editor.camera.zoom;
    const hit = topHit(editor.index, p.x, p.y, zoom);
    if (hit && (hit.kind !== 'frame' || onFrameTitle(hit, p.x, p.y, zoom))) editor.startEditing(hit.id);
    else if (!hit || hit.kind === 'frame') editor.createNoteAt(p, true);
  }

  wheel({ screen, dx, dy, zoom, shift }: WheelTurn): void {
    const cam = this.camera.current();
    if (zoom) {
      const factor = Math.exp(-dy * 0.002);
      this.camera.set(zoomAround(cam, clampZoom(cam.zoom * factor), screen.x, screen.y));
      return;
    }
    // Shift turns a vertical wheel into a horizontal pan.
    if (shift && dx === 0) [dx, dy] = [dy, 0];
    this.camera.set({ ...cam, x: cam.x - dx, y: cam.y - dy });
  }

  /** Where the pointer is over the canvas (null: it left): new cards go there. */
  hover(screen: Point | null): void {
    this.editor.pointer = screen;
  }

  private end(): Gesture | null {
    const g = this.gesture;
    this.gesture = null;
    return g;
  }

  private at(screen: Point): At {
    return { screen, board: this.editor.toBoard(screen.x, screen.y) };
  }
}
