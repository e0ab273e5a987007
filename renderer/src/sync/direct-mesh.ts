import type * as Y from 'yjs';
import type * as awarenessProtocol from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import { topicOf } from '@shared/room/protocol';
import { guardRtc, type ChannelStats, type RtcImpl } from './rtc-guard';

export interface DirectMeshOptions {
  signalUrl: string;
  roomId: string;
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  rtc: RtcImpl;
  stats: ChannelStats;
  /** Direct links beyond this many are left to the HOST's relay. */
  maxConns: number;
}

interface ConnLike {
  connected: boolean;
  destroy(): void;
  peer: { _pc?: RTCPeerConnection | null } | null;
}

interface SignalingConnLike {
  ws: { readyState: number } | null;
  send(message: unknown): void;
  emit(name: string, args: unknown[]): void;
  [QUIET]?: true;
  [CAPPED]?: true;
}

/** What this file reads of y-webrtc's room. */
interface RoomLike {
  name: string;
  peerId: string;
  webrtcConns: Map<string, ConnLike>;
}

/** A y-webrtc signaling message as the HOST forwards it (plain objects: no y-webrtc password). */
interface SignalMessage {
  type?: unknown;
  topic?: unknown;
  data?: { type?: unknown; from?: unknown; to?: unknown; signal?: { type?: unknown } | null } | null;
}

const QUIET = Symbol('tablee.quiet');
const CAPPED = Symbol('tablee.capped');
const OPEN = 1;

/**
 * The signal a peer at its cap answers an offer with. y-webrtc has no word for it; the HOST
 * forwards any signal to its addressee, and a peer without this file would take it for a broken
 * signal and drop its offer all the same.
 */
export const LINK_REFUSED = 'tablee-link-refused';

/**
 * y-webrtc sends ICE candidates on the signaling socket whenever they come, even while that
 * socket is reconnecting: WebSocket.send then throws (which killed Node peers of a 15-person
 * bench when the HOST was slow to answer). A signal sent while the socket is down is dropped
 * instead: on reconnect y-webrtc announces itself again and the links are set up afresh, and
 * meanwhile the HOST relays.
 */
function quietWhileClosed(conn: SignalingConnLike): void {
  if (conn[QUIET]) return;
  conn[QUIET] = true;
  const send = conn.send.bind(conn);
  conn.send = (message) => {
    if (conn.ws?.readyState === OPEN) send(message);
  };
}

/** A link whose ICE lost the other side this long ago is torn down, so y-webrtc sets up a fresh one. */
const STALE_LINK_MS = 5000;

/**
 * The y-webrtc side of a peer: data channels to the other peers, set up through the HOST's
 * signaling only (never y-webrtc's default public servers, no STUN: the room has no internet),
 * with every channel guarded against messages Chromium would refuse.
 */
export class DirectMesh {
  readonly provider: WebrtcProvider;
  private readonly lostSince = new Map<ConnLike, number>();
  private savedPresence: Record<string, unknown> | null = null;

  constructor(opts: DirectMeshOptions) {
    this.provider = new WebrtcProvider(topicOf(opts.roomId), opts.doc, {
      signaling: [opts.signalUrl],
      awareness: opts.awareness,
      maxConns: opts.maxConns,
      filterBcConns: true,
      peerOpts: { config: { iceServers: [] }, wrtc: guardRtc(opts.rtc, opts.stats) },
    });
    this.guardSignaling();
  }

  private guardSignaling(): void {
    for (const conn of this.provider.signalingConns as SignalingConnLike[]) {
      quietWhileClosed(conn);
      this.capIncoming(conn);
    }
  }

  /**
   * y-webrtc's cap (maxConns) only holds back the links a peer starts: it answers every offer.
   * With 35 people each then held 34 links, and the mesh took longer to form. Here an offer from
   * a peer I have no link with, while I am at my cap, is answered with LINK_REFUSED (the other
   * side drops its attempt, freeing its slot) and whatever else that peer signals for it is
   * ignored. The HOST relays between the two, as between any pair without a direct link.
   */
  private capIncoming(conn: SignalingConnLike): void {
    if (conn[CAPPED]) return;
    conn[CAPPED] = true;
    const refused = new Set<string>();
    const emit = conn.emit.bind(conn);
    conn.emit = (name, args) => {
      if (name === 'message' && this.screened(conn, args[0] as SignalMessage, refused)) return;
      emit(name, args);
    };
  }

  /** true: the message is dealt with here and y-webrtc does not see it. */
  private screened(conn: SignalingConnLike, m: SignalMessage, refused: Set<string>): boolean {
    const room = this.provider.room as unknown as RoomLike | null;
    const d = m?.data;
    if (!room || m.type !== 'publish' || m.topic !== room.name || !d || d.type !== 'signal' || d.to !== room.peerId || typeof d.from !== 'string') return false;
    const from = d.from;
    const existing = room.webrtcConns.get(from);
    const kind = d.signal?.type;
    if (kind === LINK_REFUSED) {
      // My offer was refused: drop it (y-webrtc then announces me again to peers with room to spare).
      if (existing && !existing.connected) existing.destroy();
      return true;
    }
    if (kind === 'offer') {
      if (existing || room.webrtcConns.size < this.provider.maxConns) {
        refused.delete(from);
        return false;
      }
      refused.add(from);
      conn.send({ type: 'publish', topic: room.name, data: { type: 'signal', from: room.peerId, to: from, signal: { type: LINK_REFUSED } } });
      return true;
    }
    // ICE candidates of a refused offer: y-webrtc would open a link for them that never connects.
    return !existing && refused.has(from);
  }

  /** My id in signaling (what other peers list as direct links); null until y-webrtc made its room. */
  get peerId(): string | null {
    return this.provider.room?.peerId ?? null;
  }

  /**
   * Peers whose data channel is open and whose ICE still reaches them. Open is enough: y-webrtc
   * then exchanges state vectors over the channel, so what either side lacks comes across. (Its
   * per-link `synced` flag is only ever set on a room's first sync: useless after a reconnect.)
   * A link that lost its peer stays "connected" in y-webrtc until ICE gives up (30 s or more)
   * and meanwhile blocks a new one (y-webrtc issue #24): such a link is torn down here.
   */
  directPeers(now = Date.now()): string[] {
    const conns = (this.provider.room?.webrtcConns ?? new Map()) as Map<string, ConnLike>;
    const out: string[] = [];
    for (const [id, c] of conns) {
      const ice = c.peer?._pc?.iceConnectionState;
      const lost = ice === 'disconnected' || ice === 'failed';
      if (!lost) this.lostSince.delete(c);
      else if (!this.lostSince.has(c)) this.lostSince.set(c, now);
      else if (now - this.lostSince.get(c)! > STALE_LINK_MS) {
        this.lostSince.delete(c);
        c.destroy();
        continue;
      }
      if (c.connected && !lost) out.push(id);
    }
    return out;
  }

  pause(): void {
    // y-webrtc's disconnect also clears my own presence; it comes back on resume.
    this.savedPresence = this.provider.awareness.getLocalState();
    this.provider.disconnect();
  }

  resume(): void {
    this.provider.connect();
    this.guardSignaling();
    if (this.savedPresence) this.provider.awareness.setLocalState(this.savedPresence);
  }

  destroy(): void {
    this.provider.destroy();
  }
}
