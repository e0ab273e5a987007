import { useSyncExternalStore } from 'react';
import type { RoomConnection } from './join-room';

/**
 * The room this window is in, if any: panels far from the board view (the proposal editor's
 * carets) read presence from here instead of having the connection passed down to them.
 */
let current: RoomConnection | null = null;
const listeners = new Set<() => void>();

export function setCurrentRoom(next: RoomConnection | null): void {
  if (current === next) return;
  current = next;
  for (const l of [...listeners]) l();
}

/** Forgets `conn` only if it is still the current room (a newer join wins). */
export function clearCurrentRoom(conn: RoomConnection): void {
  if (current === conn) setCurrentRoom(null);
}

export const currentRoom = (): RoomConnection | null => current;

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useCurrentRoom(): RoomConnection | null {
  return useSyncExternalStore(subscribe, currentRoom);
}
