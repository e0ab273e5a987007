import type * as awarenessProtocol from 'y-protocols/awareness';
import { isPresence, type RoomUser } from './people';
import { loadIdentity } from './room-identity';

/**
 * Who this page's person is: the user its room presence speaks for (the id the facilitators seat
 * at a table, and the HOST ends a presentation by), else this browser's identity (room-identity.ts),
 * which its presence uses too. The one place that answers it.
 */
export function myPerson(awareness: awarenessProtocol.Awareness | null | undefined): RoomUser {
  const state: unknown = awareness?.getLocalState();
  return isPresence(state) ? state.user : loadIdentity();
}

/** My person id (see myPerson). */
export const myPersonId = (awareness: awarenessProtocol.Awareness | null | undefined): string => myPerson(awareness).id;
