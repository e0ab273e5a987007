import { afterEach } from 'vitest';
import { nodePeer, type NodePeer } from './node-peer';
import { startRoomHost, type RoomHost } from './room-host';

type PeerOptions = NonNullable<Parameters<typeof nodePeer>[3]>;

/** A room for each test of a sync file: a real HOST in this process and Node participants, all gone after each test. */
export interface RoomPerTest {
  /** Starts this test's HOST, its room open. */
  start(options: Parameters<typeof startRoomHost>[0]): Promise<RoomHost>;
  /** This test's HOST (once started). */
  readonly room: RoomHost;
  /** A Node participant of this test's room, or of the room at `where`; it leaves after the test. */
  join(name: string, password: string | null, options?: PeerOptions & { where?: { address: string; roomId: string } }): NodePeer;
  /** Participants of this test's room, each one in the room with the board before this resolves. */
  joinSynced<const Names extends readonly string[]>(password: string | null, names: Names): Promise<{ [K in keyof Names]: NodePeer }>;
}

export function useRoomPerTest(): RoomPerTest {
  let room: RoomHost | undefined;
  const peers: NodePeer[] = [];
  afterEach(async () => {
    for (const p of peers.splice(0)) p.room.leave();
    await room?.stop();
    room = undefined;
  });
  const fixture: RoomPerTest = {
    async start(options) {
      room = await startRoomHost(options);
      return room;
    },
    get room() {
      if (!room) throw new Error('start the room first');
      return room;
    },
    join(name, password, { where, ...options } = {}) {
      const peer = nodePeer(where ?? fixture.room, name, password, options);
      peers.push(peer);
      return peer;
    },
    async joinSynced(password, names) {
      const joined = names.map((name) => fixture.join(name, password));
      await Promise.all(joined.map((p) => p.room.synced()));
      return joined as never;
    },
  };
  return fixture;
}
