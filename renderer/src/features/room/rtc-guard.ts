import { DATA_CHANNEL_MAX_BYTES } from '@shared/room/protocol';

/** What simple-peer needs of a WebRTC implementation (the browser's, or @roamhq/wrtc in Node). */
export interface RtcImpl {
  RTCPeerConnection: new (config?: RTCConfiguration) => RTCPeerConnection;
  RTCSessionDescription: unknown;
  RTCIceCandidate: unknown;
}

/** What went through this peer's data channels. */
export interface ChannelStats {
  sent: number;
  /** Largest message handed to a channel, in bytes. */
  largest: number;
  /** Messages refused for being over DATA_CHANNEL_MAX_BYTES (the HOST relays those). */
  refused: number;
  /** Presence messages received and passed on to y-webrtc. */
  received: number;
  /** Messages received that were not presence (a y-webrtc sync message: edits go through the HOST only), dropped unread. */
  ignored: number;
}

export const newChannelStats = (): ChannelStats => ({ sent: 0, largest: 0, refused: 0, received: 0, ignored: 0 });

/** y-webrtc's first byte: 0 is a sync message (doc content); presence is 1, a presence query 3. */
const Y_WEBRTC_SYNC = 0;

function firstByte(data: unknown): number | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data, 0, Math.min(1, data.byteLength))[0];
  if (ArrayBuffer.isView(data)) return data.byteLength > 0 ? new Uint8Array(data.buffer, data.byteOffset, 1)[0] : undefined;
  return undefined;
}

export function browserRtc(): RtcImpl | null {
  const g = globalThis as unknown as Partial<RtcImpl>;
  return g.RTCPeerConnection && g.RTCSessionDescription && g.RTCIceCandidate ? (g as RtcImpl) : null;
}

function byteLength(data: unknown): number {
  if (typeof data === 'string') return data.length * 3; // worst case of UTF-8
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return (data as Blob | undefined)?.size ?? 0;
}

/**
 * Wraps a WebRTC implementation so no data-channel message over 256 KiB is ever sent: Chromium
 * refuses them and y-webrtc swallows the error (the message would be lost). A refused message is
 * dropped here and counted; the HOST forwards such big presence updates to everyone
 * (HUB_FORWARD_ALWAYS_BYTES), and edits never go over a channel at all.
 *
 * What arrives is screened too: only presence reaches y-webrtc. A doc message from another peer
 * (a modified client) is dropped unread, so it neither fills this page's memory nor is passed on
 * by y-webrtc to the rest of the mesh.
 */
export function guardRtc(impl: RtcImpl, stats: ChannelStats): RtcImpl {
  const screen = (channel: RTCDataChannel): void => {
    let handler: ((this: RTCDataChannel, event: MessageEvent) => unknown) | null = null;
    // simple-peer sets `onmessage`; the handler is kept here and called from a listener of ours.
    // The getter says null: Node's WebRTC would otherwise call the handler itself too.
    Object.defineProperty(channel, 'onmessage', {
      configurable: true,
      get: () => null,
      set: (h: typeof handler) => (handler = h),
    });
    channel.addEventListener('message', (event: MessageEvent) => {
      const kind = firstByte(event.data);
      if (kind === undefined || kind === Y_WEBRTC_SYNC) {
        stats.ignored++;
        return;
      }
      stats.received++;
      handler?.call(channel, event);
    });
  };
  const guard = (channel: RTCDataChannel): RTCDataChannel => {
    screen(channel);
    const send = channel.send.bind(channel) as (data: unknown) => void;
    Object.defineProperty(channel, 'send', {
      configurable: true,
      value: (data: unknown) => {
        const bytes = byteLength(data);
        if (bytes > DATA_CHANNEL_MAX_BYTES) {
          stats.refused++;
          return;
        }
        stats.sent++;
        stats.largest = Math.max(stats.largest, bytes);
        send(data);
      },
    });
    return channel;
  };
  class GuardedPeerConnection extends impl.RTCPeerConnection {
    constructor(config?: RTCConfiguration) {
      super(config);
      // Channels the other side opens; registered before simple-peer's handler, so guarded before first use.
      this.addEventListener('datachannel', (event) => guard(event.channel));
    }
    override createDataChannel(label: string, init?: RTCDataChannelInit): RTCDataChannel {
      return guard(super.createDataChannel(label, init));
    }
  }
  return { RTCPeerConnection: GuardedPeerConnection, RTCSessionDescription: impl.RTCSessionDescription, RTCIceCandidate: impl.RTCIceCandidate };
}
