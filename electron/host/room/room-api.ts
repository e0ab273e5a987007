import type { RoomApi } from '@shared/host-api/contract';
import { HostError } from '../errors';
import { lanInterfaces } from './lan-interfaces';
import type { RoomBoard } from './room-board';
import type { RoomManager } from './room-manager';

export interface RoomApiDeps {
  manager: RoomManager;
  /** The open project as a room sees it; null when none is open. */
  board(): RoomBoard | null;
  /** Starts an HTTP server on `bind` for participants (desktop app); absent where one already runs. */
  serve: ((bind: string) => Promise<void>) | null;
}

/** The facilitator's room methods of the HostApi. */
export function createRoomApi({ manager, board, serve }: RoomApiDeps): RoomApi {
  return {
    async openRoom({ password, bind }) {
      const current = board();
      if (!current) throw new HostError('no-project', 'no project is open');
      const served = manager.servedOn;
      if (!served) {
        if (!serve) throw new HostError('no-server', 'there is no server to serve the room on');
        await serve(bind ?? lanInterfaces()[0]?.address ?? '127.0.0.1');
      } else if (bind !== null && bind !== served.bind) {
        throw new HostError('bind', `the room can only be served on ${served.bind}, where this host listens (start it with --bind ${bind})`);
      }
      return manager.open(password, current);
    },
    closeRoom: () => manager.close(),
    roomStatus: () => manager.status(),
  };
}
