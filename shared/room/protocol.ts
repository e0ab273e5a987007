import type { RoomDoor } from './roles';

/**
 * The room protocol: constants shared by the HOST's room server and every peer.
 *
 * A peer keeps two links:
 *   - a WebSocket to the HOST's hub (`HUB_PATH`): password exchange at one of two doors, then
 *     every frame sealed with the session key (see room-security.md): schema handshake, the
 *     bootstrap (the bulk of the board), and every edit, both ways: the HOST checks each one,
 *     applies it to its copy (facilitators: the project; participants: the workshop doc) and
 *     forwards it to the peers of the same audience (a star: no edit travels peer to peer);
 *   - y-webrtc data channels to the other peers, set up through the HOST's signaling
 *     (`SIGNAL_PATH`), which only admits sockets holding the signaling token the hub handed out. They
 *     carry presence (pointers, selections) only.
 */

/**
 * Bumped when the hub or signaling frames change incompatibly (the `hello` keeps its shape, so a
 * page of another version hears "update Tablée"). 3: doors, roles, roster, one doc per audience.
 * 4: `welcome` gives a resume secret and a signaling token apart; signaling takes `?token=`.
 * 5: the password exchange proves the normalised password (password-normalize.ts).
 */
export const ROOM_PROTOCOL_VERSION = 5;

export const HUB_PATH = '/room/hub';
export const SIGNAL_PATH = '/room/signal';

/** Chromium refuses data-channel messages over 256 KiB (and y-webrtc swallows the error): nothing bigger is ever handed to a channel. */
export const DATA_CHANNEL_MAX_BYTES = 256 * 1024;
/**
 * A presence update this big (a selection of a whole 50,000-card board) travels through the HOST
 * to every peer, even peers linked directly: its y-webrtc message would exceed
 * DATA_CHANNEL_MAX_BYTES and never leave the sender. Well under the limit, for y-webrtc's framing.
 */
export const HUB_FORWARD_ALWAYS_BYTES = 128 * 1024;

/** JSON control frames are small; anything bigger is an attack or a bug. */
export const MAX_CONTROL_FRAME_BYTES = 4 * 1024;
/** Once admitted, hub messages travel in pieces of this size (see hub-channel.ts). */
export const HUB_PIECE_BYTES = 16 * 1024;
/**
 * The largest WebSocket frame the hub takes, before and after the password proof: a piece, its
 * header and its authentication tag. A socket sending more is closed before the frame is read.
 */
export const MAX_HUB_FRAME_BYTES = HUB_PIECE_BYTES + 64;
/** A whole hub message (a Yjs update: the bootstrap, offline edits) may be large, once admitted. */
export const MAX_HUB_MESSAGE_BYTES = 64 * 1024 * 1024;
/** y-webrtc signaling frames carry SDP offers and ICE candidates: a few KiB. */
export const MAX_SIGNAL_FRAME_BYTES = 64 * 1024;

/** A pair of peers without a direct link after this long is shown as relayed. */
export const DIRECT_LINK_GRACE_MS = 4000;
/** Every so often each peer compares state with the HOST, so a link that silently lost updates heals. */
export const ANTI_ENTROPY_MS = 10_000;

/** First byte (varuint) of a binary hub frame: the same numbering as y-webrtc's messages. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;

/** The y-webrtc room name (signaling topic) of a room: its participants' mesh. */
export const topicOf = (roomId: string): string => `tablee-room-${roomId}`;

/**
 * The y-webrtc room name of one audience's mesh. Facilitators and participants never link
 * directly: their docs differ (a text's positions in one mean nothing in the other), so the HOST
 * carries presence between them, and translates it.
 */
export const meshTopicOf = (roomId: string, facilitators: boolean): string => (facilitators ? `${topicOf(roomId)}-facilitators` : topicOf(roomId));

/**
 * Who the password exchange says the HOST is: this room's door, so an exchange with one room, or
 * at one door of it, proves nothing to another room or at the other door.
 */
export const pakeIdentifiers = (roomId: string, door: RoomDoor): { server: string } => ({ server: door === 'participant' ? topicOf(roomId) : `${topicOf(roomId)}-facilitators` });

/** Room ids are 8 lower-case hex digits (32 random bits); the password protects the room, the id only names it. */
export const ROOM_ID_PATTERN = /^[0-9a-f]{8}$/;
export const isRoomId = (s: unknown): s is string => typeof s === 'string' && ROOM_ID_PATTERN.test(s);
