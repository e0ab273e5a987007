import { z } from 'zod';
import { MAX_CONTROL_FRAME_BYTES } from './protocol';

/**
 * JSON control frames on the hub socket (binary frames carry Yjs sync and awareness messages).
 * Both sides parse what they receive with these schemas; anything else is refused.
 */

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
const version = z.number().int().min(0).max(1_000_000);
/** A y-webrtc peer id (a UUID) as it appears in signaling. */
export const peerIdSchema = z.string().min(1).max(64);

export const peerFrameSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('hello'), room: z.string().max(16), protocol: version, schema: version, nonce: hex(16), ticket: hex(16).optional() }).strict(),
  z.object({ t: z.literal('auth'), proof: hex(32) }).strict(),
  /** The peers this one has a working direct link with: the HOST stops relaying between such pairs. */
  z.object({ t: z.literal('links'), direct: z.array(peerIdSchema).max(256) }).strict(),
]);
export type PeerFrame = z.infer<typeof peerFrameSchema>;

export const REFUSAL_REASONS = ['no-room', 'wrong-password', 'protocol', 'schema-too-old', 'schema-too-new', 'bad-frame', 'room-closed'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const hostFrameSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('challenge'), nonce: hex(16) }).strict(),
  z.object({ t: z.literal('welcome'), ticket: hex(16), schema: version, proof: hex(32).nullable() }).strict(),
  z.object({ t: z.literal('refused'), reason: z.enum(REFUSAL_REASONS), schema: version.optional() }).strict(),
  /** The facilitator closed the room: stop reconnecting, keep the board. */
  z.object({ t: z.literal('closed') }).strict(),
]);
export type HostFrame = z.infer<typeof hostFrameSchema>;

function parseJson<T>(schema: z.ZodType<T>, text: string): T | null {
  if (text.length > MAX_CONTROL_FRAME_BYTES) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const parsePeerFrame = (text: string): PeerFrame | null => parseJson(peerFrameSchema, text);
export const parseHostFrame = (text: string): HostFrame | null => parseJson(hostFrameSchema, text);
