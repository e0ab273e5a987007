import { randomBytes } from 'node:crypto';
import type { RoomBoard, Ticket } from './room-board';
import { RoomHub } from './room-hub';
import { RoomPassword } from './room-password';
import { RoomSignaling } from './room-signaling';

const randomHex = (bytes: number): string => randomBytes(bytes).toString('hex');

/**
 * One open room: its id and password, the tickets handed to admitted participants (valid until
 * the room closes, so a peer whose hub link drops keeps its signaling URL), the hub and the
 * signaling. The room outlives the network server: restarting the server keeps every ticket.
 */
export class Room {
  readonly hub: RoomHub;
  readonly signaling: RoomSignaling;
  private readonly tickets = new Map<string, Ticket>();

  private constructor(
    readonly id: string,
    readonly password: string | null,
    /** The HOST's side of the password exchange (null without password). */
    readonly exchange: RoomPassword | null,
    readonly board: RoomBoard,
    readonly changed: () => void,
    /** No password, and the facilitator chose so knowing anyone on the network may join. */
    readonly openToNetwork: boolean,
  ) {
    this.hub = new RoomHub(this);
    this.signaling = new RoomSignaling(this.id);
  }

  /** Opens a room; with a password, registers it for the exchange first (a fraction of a second). */
  static async open(password: string | null, board: RoomBoard, changed: () => void = () => {}, openToNetwork = false): Promise<Room> {
    const id = randomHex(4);
    const exchange = password === null ? null : await RoomPassword.register(password, id);
    return new Room(id, password, exchange, board, changed, openToNetwork);
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
