import type * as awarenessProtocol from 'y-protocols/awareness';
import { isFacilitatorRole } from '@shared/room/roles';
import type { Person, PresenceState } from '../room/people';

/**
 * The presence `person` publishes, if that person is here: the page `clientId` while it still speaks
 * for them; else, of the pages claiming their id, one the HOST's roster says is a facilitator (a
 * participant may claim a facilitator's id, never their role), else the last one listed.
 */
export function presenceOf(people: readonly Person[], person: string, clientId?: number): Person | null {
  let found: Person | null = null;
  for (const p of people) {
    if (p.link === 'me' || p.user.id !== person) continue;
    if (p.clientId === clientId) return p;
    if (!found || !isFacilitatorRole(found.role) || isFacilitatorRole(p.role)) found = p;
  }
  return found;
}

/** Whom `person` follows, as their presence says (null: nobody, or not here). */
export function followingOf(people: readonly Person[], person: string): string | null {
  const f = presenceOf(people, person)?.following;
  return typeof f === 'string' ? f : null;
}

/** Whether some other page follows me: only then do I publish my view. */
export function someoneFollows(awareness: awarenessProtocol.Awareness, me: string): boolean {
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId !== awareness.clientID && (state as PresenceState)?.following === me) return true;
  }
  return false;
}
