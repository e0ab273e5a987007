import { HUB_PIECE_BYTES, MAX_HUB_MESSAGE_BYTES } from './protocol';

/**
 * The hub socket once a peer is admitted: every message (a JSON control frame or a Yjs message)
 * travels as binary frames of at most HUB_PIECE_BYTES, each one sealed by the session's cipher.
 * Cutting messages into pieces lets the HOST cap every WebSocket frame at a few KiB more than a
 * piece, also before the password is proven, while a whole board still crosses after it.
 */

/** Turns a piece into the bytes sent, and back; `open` returns null for a frame that is not genuine or not the next one. */
export interface Sealer {
  seal(plain: Uint8Array): Uint8Array;
  open(frame: Uint8Array): Uint8Array | null;
}

/** An open room has no password, so no key: pieces go as they are. */
export const clearSealer: Sealer = { seal: (plain) => plain, open: (frame) => frame };

/** What a message holds: its first byte. */
export const KIND_CONTROL = 0;
export const KIND_YJS = 1;
export type HubMessage = { kind: typeof KIND_CONTROL; text: string } | { kind: typeof KIND_YJS; bytes: Uint8Array };

/** First byte of a piece: whether more pieces of the same message follow. */
const LAST = 0;
const MORE = 1;

export class HubChannel {
  private parts: Uint8Array[] = [];
  private partBytes = 0;

  constructor(private readonly sealer: Sealer) {}

  /** The frames that carry one message, in order. */
  frames(message: HubMessage): Uint8Array[] {
    const body = message.kind === KIND_CONTROL ? new TextEncoder().encode(message.text) : message.bytes;
    const whole = new Uint8Array(body.length + 1);
    whole[0] = message.kind;
    whole.set(body, 1);
    const frames: Uint8Array[] = [];
    for (let at = 0; at < whole.length; at += HUB_PIECE_BYTES) {
      const chunk = whole.subarray(at, at + HUB_PIECE_BYTES);
      const piece = new Uint8Array(chunk.length + 1);
      piece[0] = at + HUB_PIECE_BYTES < whole.length ? MORE : LAST;
      piece.set(chunk, 1);
      frames.push(this.sealer.seal(piece));
    }
    return frames;
  }

  /**
   * Takes one received frame: the whole message once its last piece arrived, null before.
   * Throws on a frame that does not open, a malformed piece or a message over MAX_HUB_MESSAGE_BYTES:
   * the caller then drops the socket.
   */
  receive(frame: Uint8Array): HubMessage | null {
    const piece = this.sealer.open(frame);
    if (!piece || piece.length < 1 || piece.length > HUB_PIECE_BYTES + 1 || (piece[0] !== LAST && piece[0] !== MORE)) throw new Error('bad hub frame');
    this.partBytes += piece.length - 1;
    if (this.partBytes > MAX_HUB_MESSAGE_BYTES + 1) throw new Error('hub message too large');
    this.parts.push(piece.subarray(1));
    if (piece[0] === MORE) return null;
    const whole = this.parts.length === 1 ? this.parts[0]! : concat(this.parts, this.partBytes);
    this.parts = [];
    this.partBytes = 0;
    if (whole.length < 1) throw new Error('empty hub message');
    const body = whole.subarray(1);
    if (whole[0] === KIND_CONTROL) return { kind: KIND_CONTROL, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
    if (whole[0] === KIND_YJS) return { kind: KIND_YJS, bytes: body };
    throw new Error('unknown hub message kind');
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
