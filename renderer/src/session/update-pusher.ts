import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createStore } from '../store';

export interface PusherTarget {
  pushUpdate(update: string, projectPath?: string): Promise<{ seq: number }>;
}

export interface PusherState {
  /** Updates made here and not yet acknowledged by the host. */
  unsent: number;
  /** Sequence number the host gave our latest push (saved once the host's savedSeq reaches it). */
  lastAckSeq: number;
  /** The last push failure, cleared by the next success. */
  lastError: string | null;
}

/**
 * Sends every doc update not made by loading to the host, merged once per animation frame so a
 * drag or a paste of 500 cards is one message, not 500. A failed push is kept and retried.
 */
export class UpdatePusher {
  private queue: Uint8Array[] = [];
  private scheduled = false;
  private inFlight = false;
  private inFlightCount = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private paused = false;
  private readonly state = createStore<PusherState>({ unsent: 0, lastAckSeq: 0, lastError: null });
  private unsubscribers: Array<() => void> = [];
  private idleWaiters: Array<() => void> = [];
  private readonly onUpdate: (update: Uint8Array, origin: unknown, doc: Y.Doc, transaction: Y.Transaction) => void;

  constructor(
    private readonly doc: Y.Doc,
    private readonly target: PusherTarget,
    private readonly loadOrigin: unknown,
  ) {
    this.onUpdate = (update, origin, _doc, transaction) => {
      // Edits that came from the room reached the host from their authors: only mine go from here.
      if (origin === this.loadOrigin || !transaction.local) return;
      this.queue.push(update);
      this.setState({ unsent: this.pendingCount() });
      this.schedule();
    };
    doc.on('update', this.onUpdate);
  }

  get current(): PusherState {
    return this.state.get();
  }

  subscribe(listener: (s: PusherState) => void): () => void {
    const off = this.state.subscribe(() => listener(this.state.get()));
    this.unsubscribers.push(off);
    return off;
  }

  /** Sends what is queued now, without waiting for the next frame; resolves when nothing is left to send (or sending failed). */
  async flushNow(): Promise<void> {
    if (this.queue.length === 0 && !this.inFlight) return;
    await new Promise<void>((resolve) => {
      this.idleWaiters.push(resolve);
      void this.send();
    });
  }

  /** Records the ack of an update sent around the queue (the full state after a reconnect). */
  noteAck(seq: number): void {
    this.setState({ lastAckSeq: seq });
  }

  /**
   * Holds updates back (they keep queuing) until `resume`: used while the host may have
   * switched to another project, so this board's edits can never land in someone else's file.
   */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.queue.length > 0) void this.send();
  }

  /** Retries now (e.g. when the connection comes back). */
  retry(): void {
    if (this.queue.length > 0 && !this.paused) void this.send();
  }

  dispose(): void {
    this.disposed = true;
    this.doc.off('update', this.onUpdate);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    for (const off of this.unsubscribers.splice(0)) off();
    for (const w of this.idleWaiters.splice(0)) w();
  }

  private pendingCount(): number {
    return this.queue.length + this.inFlightCount;
  }

  private setState(patch: Partial<PusherState>): void {
    this.state.set((s) => ({ ...s, ...patch }));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    let fired = false;
    const run = (): void => {
      if (fired) return;
      fired = true;
      this.scheduled = false;
      void this.send();
    };
    // rAF does not run in a hidden window: a timer makes sure edits still leave.
    requestAnimationFrame(run);
    setTimeout(run, 100);
  }

  private async send(): Promise<void> {
    if (this.disposed || this.inFlight) return;
    if (this.paused || this.queue.length === 0) {
      this.wakeIdle();
      return;
    }
    const batch = this.queue;
    this.queue = [];
    this.inFlightCount = batch.length;
    const merged = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    this.inFlight = true;
    try {
      const ack = await this.target.pushUpdate(bytesToBase64(merged));
      if (this.disposed) return;
      this.inFlightCount = 0;
      this.setState({
        unsent: this.pendingCount(),
        // The latest ack, not the highest: a restarted host counts from zero again.
        lastAckSeq: ack.seq,
        lastError: null,
      });
    } catch (e) {
      if (this.disposed) return;
      // Keep it, in front of anything newer; Yjs updates are idempotent, resending is safe.
      this.queue = [merged, ...this.queue];
      this.inFlightCount = 0;
      this.setState({ lastError: (e as Error).message, unsent: this.pendingCount() });
      this.wakeIdle();
      if (this.retryTimer === null) {
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          void this.send();
        }, 2_000);
      }
      return;
    } finally {
      this.inFlight = false;
    }
    if (this.queue.length > 0) void this.send();
    else this.wakeIdle();
  }

  private wakeIdle(): void {
    for (const w of this.idleWaiters.splice(0)) w();
  }
}
