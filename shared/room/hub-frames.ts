import { z } from 'zod';
import { MAX_CONTROL_FRAME_BYTES } from './protocol';

/**
 * JSON control frames on the hub socket (binary frames carry Yjs sync and awareness messages).
 * Both sides parse what they receive with these schemas; anything else is refused.
 */

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
/** A message of the password exchange (OPAQUE), base64url: a few hundred characters. */
const pake = z.string().min(1).max(1024).regex(/^[A-Za-z0-9_-]+$/);
const version = z.number().int().min(0).max(1_000_000);
/** A y-webrtc peer id (a UUID) as it appears in signaling. */
export const peerIdSchema = z.string().min(1).max(64);

/**
 * Before admission, in clear: `hello` (with the exchange's first message, null without password),
 * then `auth` (its last). The first frame of the channel is `join`, sealed with the session key:
 * the ticket a peer resumes with never travels in clear.
 */
export const peerFrameSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('hello'), room: z.string().max(16), protocol: version, schema: version, login: pake.nullable() }).strict(),
  z.object({ t: z.literal('auth'), login: pake }).strict(),
  z.object({ t: z.literal('join'), ticket: hex(16).optional() }).strict(),
  /** The peers this one has a working direct link with: the HOST stops relaying between such pairs. */
  z.object({ t: z.literal('links'), direct: z.array(peerIdSchema).max(256) }).strict(),
]);
export type PeerFrame = z.infer<typeof peerFrameSchema>;

export const REFUSAL_REASONS = ['no-room', 'wrong-password', 'protocol', 'schema-too-old', 'schema-too-new', 'bad-frame', 'room-closed', 'update-refused'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const hostFrameSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('challenge'), login: pake }).strict(),
  z.object({ t: z.literal('welcome'), ticket: hex(16), schema: version }).strict(),
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

const anyHello = z.object({ t: z.literal('hello'), protocol: version });
/** The protocol a hello of another shape announces: an older or newer Tablée then hears "update", not "malformed". */
export const helloProtocol = (text: string): number | null => parseJson(anyHello, text)?.protocol ?? null;
export const parseHostFrame = (text: string): HostFrame | null => parseJson(hostFrameSchema, text);
