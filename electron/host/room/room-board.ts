import type * as Y from 'yjs';
import type { RoomRole } from '@shared/room/roles';
import type { TicketStore } from './kept-tickets';
import type { BallotStore } from './vote-box';

/** What a room needs of the open project: its doc, a way in that saves what arrives, and the workshop doc made from it. */
export interface RoomBoard {
  readonly doc: Y.Doc;
  /** Applies a facilitator's update through the project session, so autosave writes it to the file. Throws on bytes that are not an update, or refused. */
  apply(update: Uint8Array): void;
  /** A change the HOST makes itself (ending a presentation whose presenter left): applied to the project, saved and forwarded. */
  write(change: (doc: Y.Doc) => void): void;
  /** The board schema the room speaks. */
  readonly schema: number;
  /** Builds the workshop doc participants sync (from the project, kept in step both ways until `close`). */
  openWorkshop(): Workshop;
  /** Where the dot votes' ballots are kept between openings (the project file); none: in memory. */
  readonly ballots?: BallotStore;
  /** Where the resume tickets handed out are kept between openings (the project file, hashes only); none: in memory. */
  readonly tickets?: TicketStore;
}

/** The participants' doc while a room is open (docs/architecture.md, "Two kinds of material"). */
export interface Workshop {
  readonly doc: Y.Doc;
  /** Why a participant's update may not be applied, or null. */
  /** Why a participant's update is refused, or null; `person`: who the sender's presence says it is (its authorship entry). */
  refusal(update: Uint8Array, person: string | null): string | null;
  /** Applies a participant's update (checked first); what it changes reaches the project and its file. */
  apply(update: Uint8Array): void;
  /** Brings what the HOST publishes lazily (theme counts) up to date, before a peer's sync is answered. */
  beforeSync(): void;
  close(): void;
}

/** One admitted person: the hub hands it out after the password check, signaling requires its token. */
export interface Ticket {
  /** The resume secret: it travels only in the sealed `welcome` and `join`, never in a URL. */
  readonly id: string;
  /** The signaling token: in the signaling URL only, new at each admission (a resume closes the old token's sockets). */
  signal: string;
  /** Names the person in the room status and for `endRoomAccess`; unlike `id`, not a secret. */
  readonly personId: string;
  /** The role it was handed out for: a resume at another door gets a ticket of its own. */
  readonly role: RoomRole;
  /** The y-webrtc peer id, bound by the first signaling message sent with this ticket. */
  peerId: string | null;
}
