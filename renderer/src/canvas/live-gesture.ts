import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@shared/board/doc';

/** Transaction meta: one frame of a gesture still under way (observers that act on a drop wait for the end). */
export const GESTURE_LIVE = 'tablee:gesture-live';
/** Transaction meta on the last write of a gesture: what the whole gesture did (e.g. a move's total offset). */
export const GESTURE_END = 'tablee:gesture-end';

/**
 * Least time between two live writes: every overwritten value stays in the doc's history (a
 * peer may still merge against it), which the file keeps and every open reads again. 30 a
 * second looks live to peers at a third of the cost of every frame.
 */
export const LIVE_MIN_INTERVAL_MS = 33;

/** Total offset of a move gesture, carried by its last transaction under GESTURE_END. */
export interface MoveTotal {
  dx: number;
  dy: number;
}

/**
 * A gesture (drag, resize) that peers see as it happens: the doc gets at most one transaction
 * per animation frame with the latest value, then the exact value at the end; every one of
 * them on the local origin and all of them ONE undo step.
 */
export class LiveGesture<T> {
  private pending: { value: T } | null = null;
  private last: { value: T } | null = null;
  private frame = 0;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private changedAt = Number.NEGATIVE_INFINITY;
  private done = false;
  private readonly undoDepth: number;
  private readonly savedTimeout: number;
  /** Transactions written so far (the benchmark and tests read it). */
  writes = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly undo: Y.UndoManager,
    /** Writes `value` into the doc (inside the transaction); `final` on the gesture's last write. */
    private readonly write: (value: T, final: boolean) => void,
    private readonly same: (a: T, b: T) => boolean,
    private readonly endMeta: (value: T) => unknown = () => true,
    /** Least time between two live writes, in ms (0: every frame). */
    private readonly minInterval = 0,
    /** When > 0, live writes wait until the value has rested this long (ms): the pointer paused. */
    private readonly restMs = 0,
  ) {
    // Never merged with the edit before; every transaction until `end` joins the same step.
    undo.stopCapturing();
    this.undoDepth = undo.undoStack.length;
    this.savedTimeout = undo.captureTimeout;
    undo.captureTimeout = Number.POSITIVE_INFINITY;
  }

  /** The gesture's value now; written on the next animation frame (the latest one wins). */
  update(value: T): void {
    if (this.done) return;
    this.pending = { value };
    this.changedAt = performance.now();
    this.schedule();
  }

  private schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      // Too soon after the last write: the latest value waits for a later frame.
      const now = performance.now();
      if (now - this.lastWrite < this.minInterval || now - this.changedAt < this.restMs) this.schedule();
      else this.flush();
    });
  }

  /** Writes the exact final value (always, even when a frame already wrote it) and ends. */
  finish(value: T): void {
    if (this.done) return;
    this.cancelFrame();
    this.transact(value, true);
    this.end();
  }

  /**
   * Abandons the gesture: puts back `restore` if anything was written, and takes the step off
   * the undo stack (the board is as before, nothing to undo).
   */
  cancel(restore: T): void {
    if (this.done) return;
    this.cancelFrame();
    if (this.writes > 0) {
      this.transact(restore, false);
      while (this.undo.undoStack.length > this.undoDepth) this.undo.undoStack.pop();
    }
    this.end();
  }

  private flush(): void {
    const p = this.pending;
    this.pending = null;
    if (!p || this.done) return;
    if (this.last && this.same(this.last.value, p.value)) return;
    this.transact(p.value, false);
  }

  private transact(value: T, final: boolean): void {
    this.doc.transact((tr) => {
      tr.meta.set(final ? GESTURE_END : GESTURE_LIVE, final ? this.endMeta(value) : true);
      this.write(value, final);
    }, LOCAL_ORIGIN);
    this.last = { value };
    this.lastWrite = performance.now();
    this.writes++;
  }

  private cancelFrame(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = null;
  }

  private end(): void {
    this.done = true;
    this.undo.captureTimeout = this.savedTimeout;
    this.undo.stopCapturing();
  }
}
