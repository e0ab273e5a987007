import type * as awarenessProtocol from 'y-protocols/awareness';
import type { PresenceState } from '../room/people';

/** The presence another page publishes for `person`, if that person is here (a person's newest page wins). */
export function presenceOf(awareness: awarenessProtocol.Awareness, person: string): PresenceState | null {
  let found: PresenceState | null = null;
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const s = state as PresenceState;
    if (s?.user?.id === person) found = s;
  }
  return found;
}

/** Whom `person` follows, as their presence says (null: nobody, or not here). */
export function followingOf(awareness: awarenessProtocol.Awareness, person: string): string | null {
  const f = presenceOf(awareness, person)?.following;
  return typeof f === 'string' ? f : null;
}

/** Whether some other page follows me: only then do I publish my view. */
export function someoneFollows(awareness: awarenessProtocol.Awareness, me: string): boolean {
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId !== awareness.clientID && (state as PresenceState)?.following === me) return true;
  }
  return false;
}
