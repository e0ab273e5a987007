/**
 * Password guesses for the whole room, whatever the number of sockets or machines they come from:
 * a token bucket. Each try at the password takes a token; a right password gives its token back,
 * so only wrong guesses drain the bucket. Once it is empty, every try waits its turn for the next
 * token (first come, first served): the wait grows with the number of tries queued, and the room
 * answers at most GUESS_RATE_PER_S guesses a second however many sockets ask.
 */

/** A workshop's people all joining at once (or coming back after the HOST restarted) never wait. */
export const GUESS_BURST = 40;
export const GUESS_RATE_PER_S = 2;

export class GuessLimiter {
  private tokens = GUESS_BURST;
  private refilledAt = Date.now();
  private readonly queue: { go: () => void; waiting: () => boolean }[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Resolves when this try may go ahead. `waiting` says whether its socket still waits: a try
   * whose socket went is skipped without spending a token.
   */
  take(waiting: () => boolean): Promise<void> {
    return new Promise((go) => {
      this.queue.push({ go, waiting });
      this.serve();
    });
  }

  /** The password was right: that try was no guess. */
  refund(): void {
    this.refill();
    this.tokens = Math.min(GUESS_BURST, this.tokens + 1);
    this.serve();
  }

  /** Lets go of waiting tries (the room closed): they are never answered. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue.length = 0;
  }

  private refill(): void {
    const now = Date.now();
    this.tokens = Math.min(GUESS_BURST, this.tokens + ((now - this.refilledAt) * GUESS_RATE_PER_S) / 1000);
    this.refilledAt = now;
  }

  private serve(): void {
    this.refill();
    while (this.queue.length && (this.tokens >= 1 || !this.queue[0]!.waiting())) {
      const next = this.queue.shift()!;
      if (!next.waiting()) continue;
      this.tokens -= 1;
      next.go();
    }
    if (this.queue.length && !this.timer) {
      const wait = Math.ceil(((1 - this.tokens) * 1000) / GUESS_RATE_PER_S);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.serve();
      }, wait);
    }
  }
}
