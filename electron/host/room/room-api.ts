import type { RoomApi } from '@shared/host-api/contract';
import { HostError } from '../errors';
import { isLoopback, lanInterfaces } from './lan-interfaces';
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
    async openRoom({ password, bind, openToNetwork = false }) {
      const current = board();
      if (!current) throw new HostError('no-project', 'no project is open');
      const served = manager.servedOn;
      if (!served && !serve) throw new HostError('no-server', 'there is no server to serve the room on');
      const where = served?.bind ?? bind ?? lanInterfaces()[0]?.address ?? '127.0.0.1';
      if (served && bind !== null && bind !== served.bind) {
        throw new HostError('bind', `the room can only be served on ${served.bind}, where this host listens (start it with --bind ${bind})`);
      }
      // The room hands the workshop (the board, the published quotes) to whoever joins: on a network, only with a password or by an explicit choice.
      if (password === null && !isLoopback(where) && !openToNetwork) {
        throw new HostError('password-required', `a room on the network address ${where} needs a password (or an explicit open room: anyone on this network could join and see the board)`);
      }
      if (!served) await serve!(where);
      return manager.open(password, current, password === null && openToNetwork);
    },
    closeRoom: () => manager.close(),
    roomStatus: () => manager.status(),
    endRoomAccess: (id) => manager.endAccess(id),
  };
}
