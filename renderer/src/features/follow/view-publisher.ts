import { roundView, sameView, type ViewRect } from '@shared/day/day-follow';
import type { RoomConnection } from '../room/join-room';
import { myPersonId } from '../room/my-person';
import { someoneFollows } from './presence-states';

/** At most this often my view goes out while I am followed: smooth enough to follow, small on the wire. */
export const VIEW_THROTTLE_MS = 120;

/** What the publisher reads: the board area I see, and a way to hear that it may have changed. */
export interface ViewSource {
  view(): ViewRect;
  subscribe(listener: () => void): () => void;
}

/**
 * Publishes the board area I see in presence, only while some page in the room follows me, at most
 * every VIEW_THROTTLE_MS and only when it changed (in whole units); clears it when nobody follows me
 * any more. So a room where nobody follows carries no views at all. Returns the stop.
 */
export function publishViewWhileFollowed(connection: Pick<RoomConnection, 'awareness' | 'setPresence'>, source: ViewSource): () => void {
  const { awareness } = connection;
  let followed = false;
  let sent: ViewRect | null = null;
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const send = (): void => {
    timer = null;
    last = Date.now();
    const view = followed ? roundView(source.view()) : null;
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
    const now = someoneFollows(awareness, me);
    if (now === followed) return;
    followed = now;
    if (timer) clearTimeout(timer);
    timer = null;
    send();
  };
  onPresence();
  awareness.on('change', onPresence);
  const offSource = source.subscribe(schedule);
  return () => {
    awareness.off('change', onPresence);
    offSource();
    if (timer) clearTimeout(timer);
    if (sent) connection.setPresence({ view: null });
  };
}
