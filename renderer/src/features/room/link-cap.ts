/**
 * y-webrtc's cap on direct links (maxConns) only holds back the links a peer starts: it answers
 * every offer. With 35 people each then held 34 links, and the mesh took far longer to form.
 * A peer at its cap answers an offer from a peer it has no link with by LINK_REFUSED instead
 * (the other side drops its attempt, freeing its slot) and ignores whatever else that peer
 * signals for it. The HOST relays between the two, as between any pair without a direct link.
 */

/**
 * The signal a peer at its cap answers an offer with. y-webrtc has no word for it; the HOST
 * forwards any signal to its addressee, and a peer without this file takes it for a broken
 * signal and drops its offer all the same.
 */
export const LINK_REFUSED = 'tablee-link-refused';

export interface CapConn {
  connected: boolean;
  destroy(): void;
}

/** What the screen reads of y-webrtc's room. */
export interface CapRoom {
  name: string;
  peerId: string;
  webrtcConns: Map<string, CapConn>;
}

/** A y-webrtc signaling message as the HOST forwards it (plain objects: no y-webrtc password). */
export interface SignalMessage {
  type?: unknown;
  topic?: unknown;
  data?: { type?: unknown; from?: unknown; to?: unknown; signal?: { type?: unknown } | null } | null;
}

/** What to do with one signaling message: pass it to y-webrtc, or keep it from it (and maybe answer). */
export type Screened = { pass: true } | { pass: false; reply?: SignalMessage };

/**
 * Screens one message arriving on the signaling socket. `refused` remembers the peers whose
 * offer was refused, so their ICE candidates are ignored too (y-webrtc would open a link for
 * them that never connects and holds a slot).
 */
export function screenSignal(m: SignalMessage | null | undefined, room: CapRoom | null, maxConns: number, refused: Set<string>): Screened {
  const d = m?.data;
  if (!m || !room || m.type !== 'publish' || m.topic !== room.name || !d || d.type !== 'signal' || d.to !== room.peerId || typeof d.from !== 'string') return { pass: true };
  const from = d.from;
  const existing = room.webrtcConns.get(from);
  const kind = d.signal?.type;
  if (kind === LINK_REFUSED) {
    // My offer was refused: drop it (y-webrtc then announces me again to the peers with room to spare).
    if (existing && !existing.connected) existing.destroy();
    return { pass: false };
  }
  // An answer to an offer I no longer hold (dropped after a refusal, or a lost link torn down):
  // y-webrtc would read its missing link and throw, which ends a Node peer and loses the signal anyway.
  if (kind === 'answer' && !existing) return { pass: false };
  if (kind === 'offer') {
    if (existing || room.webrtcConns.size < maxConns) {
      refused.delete(from);
      return { pass: true };
    }
    refused.add(from);
    return { pass: false, reply: { type: 'publish', topic: room.name, data: { type: 'signal', from: room.peerId, to: from, signal: { type: LINK_REFUSED } } } };
  }
  return existing || !refused.has(from) ? { pass: true } : { pass: false };
}
