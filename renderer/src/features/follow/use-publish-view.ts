import { useEffect } from 'react';
import { roundView, sameView, type ViewRect } from '@shared/day/day-follow';
import type { Editor } from '../../canvas/editor';
import type { RoomConnection } from '../room/join-room';
import { myPersonId, someoneFollows } from './presence-states';

/** At most this often my view goes out while I am followed: smooth enough to follow, small on the wire. */
export const VIEW_THROTTLE_MS = 120;

/**
 * Publishes the board area I see in presence, only while some page in the room follows me, at most
 * every VIEW_THROTTLE_MS and only when it changed; clears it when nobody follows me any more. So a
 * room where nobody follows carries no views at all.
 */
export function usePublishView(editor: Editor, connection: RoomConnection | null): void {
  useEffect(() => {
    if (!connection) return;
    const { awareness } = connection;
    let followed = false;
    let sent: ViewRect | null = null;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const send = (): void => {
      timer = null;
      last = Date.now();
      const view = followed ? roundView(editor.viewport()) : null;
      if (sameView(view, sent)) return;
      sent = view;
      connection.setPresence({ view });
    };
    const schedule = (): void => {
      if (!followed || timer) return;
      timer = setTimeout(send, Math.max(0, last + VIEW_THROTTLE_MS - Date.now()));
    };
    const onPresence = (): void => {
      const me = myPersonId(awareness);
      const now = me !== null && someoneFollows(awareness, me);
      if (now === followed) return;
      followed = now;
      if (timer) clearTimeout(timer);
      timer = null;
      send();
    };
    onPresence();
    awareness.on('change', onPresence);
    const offEditor = editor.subscribe(schedule);
    return () => {
      awareness.off('change', onPresence);
      offEditor();
      if (timer) clearTimeout(timer);
      if (sent) connection.setPresence({ view: null });
    };
  }, [editor, connection]);
}
