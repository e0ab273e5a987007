import { createContext, useContext } from 'react';
import type { RoomConnection } from './join-room';

/**
 * The room this board is in, if any, given once by the board screen: panels far from it (the
 * proposal editor's carets, my name in the room) read presence from here instead of having the
 * connection passed down to them. The one way the page reaches its room connection.
 */
export const RoomContext = createContext<RoomConnection | null>(null);

export function useRoomConnection(): RoomConnection | null {
  return useContext(RoomContext);
}
