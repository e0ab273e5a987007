import { z } from 'zod';
import { heldCardSchema, MAX_HELD_PER_PERSON } from '../day/day-round';
import { MAX_CONTROL_FRAME_BYTES } from './protocol';
import { ROOM_DOORS, ROOM_ROLES } from './roles';
import { CAST_REFUSALS, MAX_DOTS_PER_PERSON } from '../day/day-vote';

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
/** A Yjs client id, as awareness names a peer's presence. */
const clientId = z.number().int().min(0).max(2 ** 53);
/** Presence ids one socket may speak for (a page and its own tabs), and sockets a roster lists. */
export const MAX_IDS_PER_SOCKET = 8;
export const MAX_ROSTER = 256;

/** A dot vote's id, a card's id, a number of dots (shared/day/day-vote.ts checks them against the vote). */
const voteId = z.string().min(1).max(64);
const cardId = z.string().min(1).max(100);
const voteDots = z.number().int().min(0).max(MAX_DOTS_PER_PERSON);

/**
 * Before admission, in clear: `hello` (the door, the exchange's first message: null without
 * password, which only the participants' door of an open room takes), then `auth` (its last). The first frame of the channel is `join`, sealed with the session key:
 * the resume secret (`ticket`) a peer resumes with travels only there and in `welcome`, never in a
 * URL (in a room without password the channel is clear: see room-security.md).
 */
export const peerFrameSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('hello'), room: z.string().max(16), protocol: version, schema: version, door: z.enum(ROOM_DOORS), login: pake.nullable() }).strict(),
  z.object({ t: z.literal('auth'), login: pake }).strict(),
  z.object({ t: z.literal('join'), ticket: hex(16).optional() }).strict(),
  /** The peers this one has a working direct link with: the HOST stops relaying presence between such pairs. */
  z.object({ t: z.literal('links'), direct: z.array(peerIdSchema).max(256) }).strict(),
  /** What time is it on the HOST? (the shared timer reads the HOST's clock: clock-offset.ts) */
  z.object({ t: z.literal('clock') }).strict(),
  /** Sets my dots on one card of a vote (a set, not an add: a replay changes nothing); the HOST takes who I am from my ticket. */
  z.object({ t: z.literal('cast'), vote: voteId, card: cardId, dots: voteDots }).strict(),
  /** A private round's card (set: a new one or its new words), kept by the HOST for its author alone until the reveal (day-round.ts). */
  z.object({ t: z.literal('held'), round: z.string().max(64), card: heldCardSchema }).strict(),
  z.object({ t: z.literal('held-drop'), round: z.string().max(64), id: z.string().max(64) }).strict(),
]);
export type PeerFrame = z.infer<typeof peerFrameSchema>;

/**
 * 'update-refused': the HOST refused an edit (a locked card, research material): nothing of it was
 * kept, and the page starts over from the HOST's copy. 'access-ended': a facilitator ended this
 * person's access.
 */
export const REFUSAL_REASONS = ['no-room', 'wrong-password', 'protocol', 'schema-too-old', 'schema-too-new', 'bad-frame', 'room-closed', 'update-refused', 'access-ended'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const hostFrameSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('challenge'), login: pake }).strict(),
  /**
   * Admitted, as `role` (the HOST's decision, from the door and where the peer is). `ticket`: the
   * resume secret, kept by the page and sent only in a sealed `join`; `signal`: the signaling
   * token of this admission, the only credential that goes in the signaling URL.
   */
  z.object({ t: z.literal('welcome'), ticket: hex(16), signal: hex(16), schema: version, role: z.enum(ROOM_ROLES) }).strict(),
  /** Who is in the room, sent to everyone when it changes: per hub socket, the presence ids it speaks for, and its role. */
  z.object({ t: z.literal('roster'), people: z.array(z.object({ ids: z.array(clientId).max(MAX_IDS_PER_SOCKET), role: z.enum(ROOM_ROLES) }).strict()).max(MAX_ROSTER) }).strict(),
  z.object({ t: z.literal('refused'), reason: z.enum(REFUSAL_REASONS), schema: version.optional() }).strict(),
  /** The facilitator closed the room: stop reconnecting, keep the board. */
  z.object({ t: z.literal('closed') }).strict(),
  /** The answer to a peer's `clock`: the HOST's clock, in ms since the epoch. */
  z.object({ t: z.literal('clock'), now: z.number().int().min(0) }).strict(),
  /** My own dots in a vote, sent to my sockets only: after each cast and at (re)join. Never anyone else's. */
  z.object({ t: z.literal('my-votes'), vote: voteId, dots: z.record(cardId, voteDots) }).strict(),
  /** A cast the HOST did not take, and why; the link stays. */
  z.object({ t: z.literal('cast-refused'), vote: voteId, card: cardId, reason: z.enum(CAST_REFUSALS) }).strict(),
  /** To facilitators only: how many people have put at least one dot (never how many dots, nor where). */
  z.object({ t: z.literal('voters'), vote: voteId, voters: z.number().int().min(0) }).strict(),
  /** To the author's sockets only: the cards they hold in the open private round (round null: none open). */
  z.object({ t: z.literal('my-held'), round: z.string().max(64).nullable(), cards: z.array(heldCardSchema).max(MAX_HELD_PER_PERSON) }).strict(),
]);
export type HostFrame = z.infer<typeof hostFrameSchema>;

function parseJson<T>(schema: z.ZodType<T>, text: string, maxBytes = MAX_CONTROL_FRAME_BYTES): T | null {
  if (text.length > maxBytes) return null;
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
/** The HOST's frames may be bigger than a peer's: a roster of a full room. */
export const MAX_HOST_CONTROL_BYTES = 64 * 1024;
export const parseHostFrame = (text: string): HostFrame | null => parseJson(hostFrameSchema, text, MAX_HOST_CONTROL_BYTES);
