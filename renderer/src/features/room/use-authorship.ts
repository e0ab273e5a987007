import { useEffect } from 'react';
import type * as Y from 'yjs';
import { installAuthorship } from '@shared/board/authorship';
import { LOCAL_ORIGIN } from '@shared/board/doc';
import type { RoomConnection } from './join-room';
import { myPerson } from './my-person';

/**
 * My edits of this board carry my name: the person kept in this browser (the one who joins
 * rooms), named `fallbackName` until they pick a name (the facilitator at the host machine).
 */
export function useAuthorship(doc: Y.Doc, fallbackName: string, connection: RoomConnection | null): void {
  useEffect(
    () =>
      installAuthorship(doc, LOCAL_ORIGIN, () => {
        const me = myPerson(connection?.awareness);
        return { id: me.id, name: me.name || fallbackName, color: me.color };
      }),
    [doc, fallbackName, connection],
  );
}
