import { useEffect } from 'react';
import type { Editor } from '../../canvas/editor';
import type { RoomConnection } from '../room/join-room';
import { publishViewWhileFollowed } from './view-publisher';

/** This board's view goes out while someone follows me (view-publisher.ts). */
export function usePublishView(editor: Editor, connection: RoomConnection | null): void {
  useEffect(() => {
    if (!connection) return;
    return publishViewWhileFollowed(connection, { view: () => editor.viewport(), subscribe: editor.subscribe });
  }, [editor, connection]);
}
