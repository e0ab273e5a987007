import type { Box } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import type { Camera } from '../camera';

export type Point = { x: number; y: number };

/** A pointer position, on the screen (pixels, relative to the canvas) and on the board. */
export interface At {
  screen: Point;
  board: Point;
}

/** What a drag carries, as it was when picked up: the drag layer draws these, offset by the pointer. */
export interface DragSnapshot {
  ids: ReadonlySet<string>;
  items: ReadonlyMap<string, ItemRecord>;
}

/**
 * What gestures show while they last, apart from the editor's state: Konva nodes drawn at once
 * in the app (never a React render per pointer move), a plain record in tests.
 */
export interface GestureView {
  /** The rubber band or the frame being drawn (board units); null hides it. */
  band(box: Box | null, style: 'band' | 'frame'): void;
  /**
   * The cards picked up (drawn on the drag layer), or null when they are put down: the layer
   * keeps its last offset until it is hidden, so the cards never flash back for a frame.
   */
  dragged(drag: DragSnapshot | null): void;
  /** Offset of the drag layer from where the cards were picked up, in board units. */
  dragOffset(dx: number, dy: number): void;
  /** Panning with the pointer (the cursor shows a closed hand). */
  panning(on: boolean): void;
}

/** Where camera changes go: coalesced to one per animation frame in the app (CameraScheduler). */
export interface CameraSink {
  /** The camera as it will be once pending changes land. */
  current(): Camera;
  set(camera: Camera): void;
  /** Lands what is pending now. */
  flush(): void;
}

/** One pointer gesture under way: a small state machine fed with pointer positions. */
export interface Gesture {
  move(at: At): void;
  /** The button was let go at `at`. */
  up(at: At): void;
  /** The gesture is abandoned (pointer cancelled, canvas gone): nothing it did stays. */
  cancel(): void;
}

/** Screen pixels a press must travel before it counts as a drag. */
export const DRAG_THRESHOLD = 3;

export const travelled = (a: Point, b: Point): number => Math.hypot(b.x - a.x, b.y - a.y);
