import type { Camera } from '../camera';
import type { At, CameraSink, Gesture, GestureView, Point } from './gesture';

/** The hand tool, Space held or the middle button: the board follows the pointer. */
export class PanGesture implements Gesture {
  private readonly start: Point;
  private readonly camera: Camera;

  constructor(
    at: At,
    private readonly sink: CameraSink,
    private readonly view: GestureView,
  ) {
    this.start = at.screen;
    this.camera = sink.current();
    view.panning(true);
  }

  move({ screen }: At): void {
    this.sink.set({ ...this.camera, x: this.camera.x + (screen.x - this.start.x), y: this.camera.y + (screen.y - this.start.y) });
  }

  up(): void {
    this.end();
  }

  cancel(): void {
    this.end();
  }

  private end(): void {
    this.sink.flush();
    this.view.panning(false);
  }
}
