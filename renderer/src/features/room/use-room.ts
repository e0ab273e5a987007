import { useEffect, useState } from 'react';
import type { HubState } from './hub-link';
import type { RoomConnection } from './join-room';
import type { Person } from './people';

export interface RoomView {
  state: HubState | null;
  people: Person[];
}

const EMPTY: RoomView = { state: null, people: [] };
/** "connecting" turns into "relayed" with time alone: look again this often. */
const TICK_MS = 1000;

/** The state of a room connection and who is there, for React. */
export function useRoomView(connection: RoomConnection | null): RoomView {
  const [view, setView] = useState<RoomView>(EMPTY);
  useEffect(() => {
    if (!connection) {
      setView(EMPTY);
      return;
    }
    const update = (): void => setView({ state: connection.state(), people: connection.people() });
    update();
    const unsubscribe = connection.subscribe(update);
    const tick = setInterval(update, TICK_MS);
    return () => {
      unsubscribe();
      clearInterval(tick);
    };
  }, [connection]);
  return view;
}
