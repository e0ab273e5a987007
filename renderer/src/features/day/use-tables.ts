import { useEffect, useState } from 'react';
import { DAY_MAP } from '@shared/day/day-timer';
import { readTables, type Table } from '@shared/day/day-tables';
import type { Editor } from '../../canvas/editor';
import type { RoomConnection } from '../room/join-room';
import type { PresenceState } from '../room/people';
import { loadIdentity } from '../room/room-identity';

/** The tables, as the `day` map changes (the map is small: re-read whole). */
export function useTables(editor: Editor): Table[] {
  const [tables, setTables] = useState(() => readTables(editor.doc));
  useEffect(() => {
    const map = editor.doc.getMap<unknown>(DAY_MAP);
    const update = (): void => setTables(readTables(editor.doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [editor]);
  return tables;
}

/**
 * This page's person id: the one its presence gives the room (what the facilitators seat at a
 * table), else the one this browser keeps (room-identity.ts), which its presence uses too.
 */
export function myPersonId(connection: RoomConnection | null): string {
  const state = connection?.awareness.getLocalState() as Partial<PresenceState> | null | undefined;
  return typeof state?.user?.id === 'string' ? state.user.id : loadIdentity().id;
}
