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
  synced: boolean;
}

/**
 * The y-webrtc side of a peer: data channels to the other peers, set up through the HOST's
 * signaling only (never y-webrtc's default public servers, no STUN: the room has no internet),
 * with every channel guarded against messages Chromium would refuse.
 */
export class DirectMesh {
  readonly provider: WebrtcProvider;

  constructor(opts: DirectMeshOptions) {
    this.provider = new WebrtcProvider(topicOf(opts.roomId), opts.doc, {
      signaling: [opts.signalUrl],
      awareness: opts.awareness,
      maxConns: opts.maxConns,
      filterBcConns: true,
      peerOpts: { config: { iceServers: [] }, wrtc: guardRtc(opts.rtc, opts.stats) },
    });
  }

  /** My id in signaling (what other peers list as direct links); null until y-webrtc made its room. */
  get peerId(): string | null {
    return this.provider.room?.peerId ?? null;
  }

  /** Peers whose data channel is open and has completed a sync with me. */
  directPeers(): string[] {
    const conns = (this.provider.room?.webrtcConns ?? new Map()) as Map<string, ConnLike>;
    return [...conns].filter(([, c]) => c.connected && c.synced).map(([id]) => id);
  }

  pause(): void {
    this.provider.disconnect();
  }

  resume(): void {
    this.provider.connect();
  }

  destroy(): void {
    this.provider.destroy();
  }
}
