import { z } from 'zod';
import type { ViewRect } from '@shared/day/day-follow';
import { personIdSchema } from '@shared/day/day-tables';
import type { RoomRole } from '@shared/room/roles';
import type * as awarenessProtocol from 'y-protocols/awareness';
import { DIRECT_LINK_GRACE_MS } from '@shared/room/protocol';

/** How I reach another person: a data channel of our own, through the HOST, or not yet known. */
export type LinkKind = 'me' | 'direct' | 'relayed' | 'connecting';

export interface RoomUser {
  /** Stable across visits, so rejoining keeps me the same person. */
  id: string;
  name: string;
  color: string;
}

/** What each peer publishes in awareness. */
export interface PresenceState {
  user: RoomUser;
  /** The y-webrtc peer id, to tell direct links from relayed ones. */
  peer: string | null;
  cursor?: { x: number; y: number } | null;
  selection?: string[];
  /** Where my caret and selection are in a card's text (Yjs relative positions, JSON), or null. */
  text?: TextPresence | null;
  /** The person (user.id) whose view I follow, or null. */
  following?: string | null;
  /** The board area I see (board units, rounded), published only while someone follows me; else null. */
  view?: ViewRect | null;
}

export interface TextPresence {
  /** The card whose text it is. */
  id: string;
  anchor: unknown;
  head: unknown;
}

export interface Person extends PresenceState {
  clientId: number;
  link: LinkKind;
  /** As the HOST's roster says (never what the person's own presence claims); null until it is known. */
  role: RoomRole | null;
}

/** Longest name a presence may publish. */
export const MAX_PERSON_NAME = 80;
/** The id as a table can seat it: a presence any feature would choke on is no one's. */
const userSchema = z.object({ id: personIdSchema, name: z.string().max(MAX_PERSON_NAME), color: z.string() });

/** Whether a presence speaks for a person every feature can handle; any other peer's presence is ignored (no feature then throws on it). */
export const isPresence = (s: unknown): s is PresenceState => userSchema.safeParse((s as PresenceState | null)?.user).success;

/**
 * Who is here, read from awareness; each person's role from the HOST's roster, never from what they publish. A person I have no direct link with is "connecting" for a few
 * seconds, then "relayed" (the HOST carries our edits); with no WebRTC at all, relayed at once.
 */
export function peopleOf(
  awareness: awarenessProtocol.Awareness,
  direct: ReadonlySet<string>,
  firstSeen: Map<number, number>,
  now: number,
  hasWebrtc: boolean,
  /** The role the HOST's roster gives a presence id. */
  roleOf: (clientId: number) => RoomRole | null = () => null,
): Person[] {
  const out: Person[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (!isPresence(state)) continue;
    if (!firstSeen.has(clientId)) firstSeen.set(clientId, now);
    let link: LinkKind;
    if (clientId === awareness.clientID) link = 'me';
    else if (state.peer && direct.has(state.peer)) link = 'direct';
    else if (hasWebrtc && now - firstSeen.get(clientId)! < DIRECT_LINK_GRACE_MS) link = 'connecting';
    else link = 'relayed';
    out.push({ ...state, clientId, link, role: roleOf(clientId) });
  }
  return out.sort((a, b) => (a.link === 'me' ? -1 : b.link === 'me' ? 1 : a.user.name.localeCompare(b.user.name)));
}
