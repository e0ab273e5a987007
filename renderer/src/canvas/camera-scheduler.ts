import type { Camera } from './camera';
import type { Editor } from './editor';

/**
 * Coalesces camera changes to one per animation frame: a trackpad sends wheel events faster
 * than the screen refreshes, and each camera change re-queries the viewport.
 */
export class CameraScheduler {
  private target: Camera | null = null;
  private frame = 0;

  constructor(private readonly editor: Editor) {}

  /** The camera as it will be once pending changes land. */
  current(): Camera {
    return this.target ?? this.editor.camera;
  }

  set(camera: Camera): void {
    this.target = camera;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.flush());
  }

  flush(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const t = this.target;
    this.target = null;
    if (t) this.editor.setCamera(t);
  }

  dispose(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.target = null;
  }
}
