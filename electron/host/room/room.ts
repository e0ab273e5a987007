import { randomHex, roomKey } from '@shared/room/room-auth';
import type { RoomBoard, Ticket } from './room-board';
import { RoomHub } from './room-hub';
import { RoomSignaling } from './room-signaling';

/**
 * One open room: its id and password, the tickets handed to admitted participants (valid until
 * the room closes, so a peer whose hub link drops keeps its signaling URL), the hub and the
 * signaling. The room outlives the network server: restarting the server keeps every ticket.
 */
export class Room {
  readonly id = randomHex(4);
  readonly key: Uint8Array | null;
  readonly hub: RoomHub;
  readonly signaling: RoomSignaling;
  private readonly tickets = new Map<string, Ticket>();

  constructor(
    readonly password: string | null,
    readonly board: RoomBoard,
    readonly changed: () => void = () => {},
    /** No password, and the facilitator chose so knowing anyone on the network may join. */
    readonly openToNetwork = false,
  ) {
    this.key = password === null ? null : roomKey(password, this.id);
    this.hub = new RoomHub(this);
    this.signaling = new RoomSignaling(this.id);
  }

  issueTicket(resume: string | undefined): Ticket {
    const known = resume === undefined ? undefined : this.tickets.get(resume);
    if (known) return known;
    const ticket: Ticket = { id: randomHex(16), peerId: null };
    this.tickets.set(ticket.id, ticket);
    return ticket;
  }

  ticket(id: string | null): Ticket | undefined {
    return id === null ? undefined : this.tickets.get(id);
  }

  close(): void {
    this.hub.close();
    this.signaling.close();
    this.tickets.clear();
  }
}
