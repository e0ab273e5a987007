import * as Y from 'yjs';
import type * as awarenessProtocol from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import { meshTopicOf } from '@shared/room/protocol';
import { screenSignal, type CapRoom, type SignalMessage } from './link-cap';
import { guardRtc, type ChannelStats, type RtcImpl } from './rtc-guard';

export interface DirectMeshOptions {
  signalUrl: string;
  roomId: string;
  /** Facilitators and participants each have a mesh of their own (see meshTopicOf). */
  facilitator: boolean;
  /** The board's doc: only its client id is used (presence is announced under it); its content never crosses a data channel. */
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

const QUIET = Symbol('tablee.quiet');
const CAPPED = Symbol('tablee.capped');
const OPEN = 1;

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
 *
 * The channels carry presence only. y-webrtc syncs the doc it is given, so it gets a throwaway
 * empty one: every edit goes through the HOST, which checks it (a peer's data channel is not
 * trusted to put anything into anyone's board). Its client id is the board doc's, since y-webrtc
 * announces and withdraws presence under `doc.clientID`.
 */
export class DirectMesh {
  readonly provider: WebrtcProvider;
  private readonly presenceOnly = new Y.Doc();
  private readonly lostSince = new Map<ConnLike, number>();
  private savedPresence: Record<string, unknown> | null = null;
  private paused = false;

  constructor(opts: DirectMeshOptions) {
    this.presenceOnly.clientID = opts.doc.clientID;
    this.provider = new WebrtcProvider(meshTopicOf(opts.roomId, opts.facilitator), this.presenceOnly, {
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

  /** Offers beyond my cap of direct links are refused (see link-cap.ts). */
  private capIncoming(conn: SignalingConnLike): void {
    if (conn[CAPPED]) return;
    conn[CAPPED] = true;
    const refused = new Set<string>();
    const emit = conn.emit.bind(conn);
    conn.emit = (name, args) => {
      if (name === 'message') {
        const room = this.provider.room as unknown as CapRoom | null;
        const screened = screenSignal(args[0] as SignalMessage, room, this.provider.maxConns, refused);
        if (!screened.pass) {
          if (screened.reply) conn.send(screened.reply);
          return;
        }
      }
      emit(name, args);
    };
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
    if (this.paused) return;
    this.paused = true;
    // y-webrtc's disconnect also clears my own presence; it comes back on resume.
    this.savedPresence = this.provider.awareness.getLocalState();
    this.provider.disconnect();
    // y-webrtc keeps the destroyed sockets listed and pushes new ones on connect; a later
    // disconnect would then forget the live socket of the same URL without closing it.
    this.provider.signalingConns = [];
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.provider.connect();
    this.guardSignaling();
    if (this.savedPresence) this.provider.awareness.setLocalState(this.savedPresence);
  }

  /**
   * Signaling again with another URL (a new token after the hub link was resumed: the HOST closed
   * the old token's sockets), and resuming if the mesh was paused. My peer id stays; the HOST
   * binds it to the new socket.
   */
  resignal(signalUrl: string): void {
    if (!this.paused && this.provider.signalingUrls.includes(signalUrl)) return;
    this.pause();
    this.provider.signalingUrls = [signalUrl];
    this.resume();
  }

  destroy(): void {
    // y-webrtc's destroy leaves its signaling sockets to reconnect forever (with a token the HOST
    // no longer admits, after a refusal): disconnect first closes them.
    this.pause();
    this.provider.destroy();
    this.presenceOnly.destroy();
  }
}
