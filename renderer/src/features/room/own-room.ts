import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { HostEvent, RoomApi, RoomStatus } from '@shared/host-api/contract';
import { parseRoomInput } from '@shared/room/room-code';
import { joinRoom, type RoomConnection } from './join-room';
import { loadIdentity } from './room-identity';
import { storedTicket, storeTicket, ticketKey } from './room-ticket';

/**
 * The facilitator's window is a peer of its own room: while the room is open it joins it at the
 * facilitators' door with the open board's doc (the whole project), so participants' edits and
 * presence show up here live. The facilitators' password changes when a co-facilitator's access
 * ends: the window then joins again with the new one.
 */
export function useOwnRoom(
  doc: Y.Doc,
  api: RoomApi | null,
  onHostEvent: (listener: (event: HostEvent) => void) => () => void,
  /** My name in the room until I pick one. */
  fallbackName: string,
): { status: RoomStatus | null; connection: RoomConnection | null } {
  const [status, setStatus] = useState<RoomStatus | null>(null);
  const [connection, setConnection] = useState<RoomConnection | null>(null);

  useEffect(() => {
    if (!api) return;
    let alive = true;
    api.roomStatus().then(
      (s) => alive && setStatus(s),
      () => {},
    );
    const off = onHostEvent((event) => {
      if (event.type === 'room') setStatus(event.status);
    });
    return () => {
      alive = false;
      off();
    };
  }, [api, onHostEvent]);

  const url = status?.open ? status.url : null;
  const password = status?.open ? status.facilitatorPassword : null;
  useEffect(() => {
    const address = url ? parseRoomInput(url) : null;
    if (!address) {
      setConnection(null);
      return;
    }
    const me = loadIdentity();
    // A reload of this window resumes its ticket: the same person, with their own dots in a vote.
    const key = ticketKey(address.host, 'facilitator');
    const ticket = storedTicket(key);
    const conn = joinRoom({ doc, host: address.host, roomId: address.roomId, password, door: 'facilitator', user: { ...me, name: me.name || fallbackName }, ...(ticket ? { ticket } : {}) });
    const off = conn.subscribe(() => {
      const s = conn.state();
      if (s.kind === 'joined') storeTicket(key, s.ticket);
    });
    setConnection(conn);
    return () => {
      off();
      conn.leave();
    };
  }, [doc, url, password, fallbackName]);

  return { status, connection };
}
