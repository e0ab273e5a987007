/**
 * Limits on hub sockets that have not proven the password yet. Before the proof a socket is a
 * stranger on the network: it gets few sockets, little time and small frames (MAX_HUB_FRAME_BYTES),
 * so nobody can fill the facilitator's laptop with idle or huge connections.
 */

/** Sockets waiting to prove the password, room-wide: well above a workshop's 35 people joining at once. */
export const MAX_PENDING_SOCKETS = 64;
/** Per remote address: a participant reloading a few tabs, not a flood from one machine. */
export const MAX_PENDING_PER_ADDRESS = 8;
/** Time to finish the handshake (the password proof takes well under a second on a slow laptop). */
export const HANDSHAKE_MS = 10_000;

export class HubDoor {
  private readonly perAddress = new Map<string, number>();
  private total = 0;

  /** Whether one more socket from `address` may start a handshake. */
  mayEnter(address: string): boolean {
    return this.total < MAX_PENDING_SOCKETS && (this.perAddress.get(address) ?? 0) < MAX_PENDING_PER_ADDRESS;
  }

  /** Counts a socket in; the returned function counts it out (once, however often it is called). */
  enter(address: string): () => void {
    this.total++;
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
    let out = false;
    return () => {
      if (out) return;
      out = true;
      this.total--;
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left > 0) this.perAddress.set(address, left);
      else this.perAddress.delete(address);
    };
  }

  get pending(): number {
    return this.total;
  }
}
