import type { RoomDoor } from '@shared/room/roles';

/**
 * The HOST's ticket for this tab, kept in sessionStorage (this tab only, gone with it) so that a
 * reload resumes as the same person: the HOST then still knows it is me, and gives me back what
 * is mine alone (my cards of a private round). Proving the password again is still required.
 */
const key = (roomId: string, door: RoomDoor): string => `tablee:ticket:${roomId}:${door}`;

export function keptTicket(roomId: string, door: RoomDoor): string | undefined {
  try {
    return sessionStorage.getItem(key(roomId, door)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function keepTicket(roomId: string, door: RoomDoor, ticket: string): void {
  try {
    sessionStorage.setItem(key(roomId, door), ticket);
  } catch {
    // No storage (a private window's quota): a reload is then a new person, as before.
  }
}
