import { parseRoomInput, type RoomAddress } from '@shared/room/room-code';

/** The room this page was opened for (`/?room=…`, password maybe in `#key=`), or null for the facilitator's own page. */
export function participantRoom(href: string): RoomAddress | null {
  if (!new URL(href).searchParams.has('room')) return null;
  return parseRoomInput(href);
}
