import { randomBytes, randomInt } from 'node:crypto';
import type { RoomRefusal } from '@shared/host-api/contract';
import { wordsPassword } from '@shared/room/password-words';
import type { RoomDoor, RoomRole } from '@shared/room/roles';
import type { RoomBoard, Ticket, Workshop } from './room-board';
import { KeptTickets, memoryTickets } from './kept-tickets';
import { RoomHub, type RoomHubOptions } from './room-hub';
import { RoomPassword } from './room-password';
import { endLeftoverPresentation } from './room-presenting';
import { RoomSignaling } from './room-signaling';
import { memoryBallots, VoteBox } from './vote-box';

const randomHex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** The facilitators' password: three words and two digits from the HOST's own random source. */
export const newFacilitatorPassword = (): string => wordsPassword((n) => randomInt(n));

/** Refused edits kept for the facilitator's room panel, newest last. */
export const MAX_REFUSALS_KEPT = 50;

/**
 * One open room: its id and two doors (the participants' password, or none, and the facilitators'
 * own, made here at each opening), the tickets handed to admitted people (valid until the room
 * closes or a facilitator ends that person's access, and kept with the project for its next
 * openings; each admission gives a new signaling token), the workshop doc participants sync, the
 * hub and the signaling. The room outlives the network server: restarting it keeps every ticket.
 */
export class Room {
  readonly hub: RoomHub;
  readonly signaling: RoomSignaling;
  /** The dot votes' ballots, kept by the HOST only (vote-box.ts). */
  readonly votes: VoteBox;
  private readonly tickets = new Map<string, Ticket>();
  /** The tickets the project's earlier openings handed out (hashes only): a resume from one of them is the same person. */
  private readonly kept: KeptTickets;
  /** The edits the HOST refused lately, newest last. */
  readonly refusals: RoomRefusal[] = [];

  private constructor(
    readonly id: string,
    readonly password: string | null,
    /** The HOST's side of the participants' password exchange (null without password). */
    private readonly participantExchange: RoomPassword | null,
    private facilitator: { password: string; exchange: RoomPassword },
    readonly board: RoomBoard,
    readonly workshop: Workshop,
    readonly changed: () => void,
    /** No password, and the facilitator chose so knowing anyone on the network may join. */
    readonly openToNetwork: boolean,
    hubOptions: RoomHubOptions,
  ) {
    this.votes = new VoteBox(board, board.ballots ?? memoryBallots());
    this.kept = new KeptTickets(board.tickets ?? memoryTickets());
    this.hub = new RoomHub(this, hubOptions);
    this.signaling = new RoomSignaling(this.id);
  }

  /** Opens a room: registers its passwords for the exchange first (a fraction of a second), then builds the workshop doc. */
  static async open(password: string | null, board: RoomBoard, changed: () => void = () => {}, openToNetwork = false, hubOptions: RoomHubOptions = {}): Promise<Room> {
    const id = randomHex(4);
    const exchange = password === null ? null : await RoomPassword.register(password, id, 'participant');
    const facilitator = await Room.facilitatorDoor(id);
    endLeftoverPresentation(board);
    return new Room(id, password, exchange, facilitator, board, board.openWorkshop(), changed, openToNetwork, hubOptions);
  }

  private static async facilitatorDoor(id: string): Promise<{ password: string; exchange: RoomPassword }> {
    const password = newFacilitatorPassword();
    return { password, exchange: await RoomPassword.register(password, id, 'facilitator') };
  }

  get facilitatorPassword(): string {
    return this.facilitator.password;
  }

  /** The HOST's side of a door's exchange; null for the participants' door of a room without password. */
  exchange(door: RoomDoor): RoomPassword | null {
    return door === 'participant' ? this.participantExchange : this.facilitator.exchange;
  }

  /**
   * A resumed ticket counts only at the door it was handed out for; anything else gets a new one.
   * A secret this opening does not know but the project kept (an earlier opening handed it out,
   * for the same role) is the same person again: same person id, so their ballots and held cards.
   * A resume (a reload, a hub link back after a drop) closes the ticket's signaling sockets and
   * gives it a new token, then lets signaling bind the next direct-link id it is sent: an old
   * socket, or someone who recorded the old token, can no longer speak for this person.
   */
  issueTicket(resume: string | undefined, role: RoomRole): Ticket {
    const known = resume === undefined ? undefined : this.tickets.get(resume);
    if (known && known.role === role) {
      this.signaling.end(known, 'resumed');
      known.signal = randomHex(16);
      known.peerId = null;
      // Kept with the project at its first admission of this opening: a reload saves nothing.
      return known;
    }
    const before = resume === undefined ? undefined : this.kept.personOf(resume, role);
    const id = resume !== undefined && before !== undefined ? resume : randomHex(16);
    const ticket: Ticket = { id, signal: randomHex(16), personId: before ?? randomHex(8), role, peerId: null };
    this.tickets.set(ticket.id, ticket);
    this.kept.keep(ticket.id, ticket.personId, role);
    return ticket;
  }

  /** The ticket a signaling socket's token names (never looked up by resume secret). */
  signalingTicket(token: string | null): Ticket | undefined {
    if (token === null) return undefined;
    for (const t of this.tickets.values()) if (t.signal === token) return t;
    return undefined;
  }

  refused(entry: RoomRefusal): void {
    this.refusals.push(entry);
    if (this.refusals.length > MAX_REFUSALS_KEPT) this.refusals.splice(0, this.refusals.length - MAX_REFUSALS_KEPT);
    this.changed();
  }

  /**
   * Ends one person's access: their sockets close, their ticket is forgotten, by this opening and
   * by the project (resuming with it gets a new ticket, now or after a reopening), and after a
   * co-facilitator the facilitators' password changes, so the one they know opens nothing any more. False when nobody in the room has that id.
   */
  async endAccess(personId: string): Promise<boolean> {
    const ticket = [...this.tickets.values()].find((t) => t.personId === personId);
    if (!ticket) return false;
    this.tickets.delete(ticket.id);
    this.kept.forget(ticket.personId);
    this.hub.end(ticket);
    this.signaling.end(ticket);
    if (ticket.role === 'co-facilitator') this.facilitator = await Room.facilitatorDoor(this.id);
    this.changed();
    return true;
  }

  close(): void {
    this.hub.close();
    this.signaling.close();
    this.workshop.close();
    this.votes.destroy();
    this.tickets.clear();
  }
}
