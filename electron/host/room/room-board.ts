import type * as Y from 'yjs';

/** What a room needs of the open project: its doc, and a way in that saves what arrives. */
export interface RoomBoard {
  readonly doc: Y.Doc;
  /** Applies a peer's update through the project session, so autosave writes it to the file. Throws on bytes that are not an update. */
  apply(update: Uint8Array): void;
  /** The board schema the room speaks. */
  readonly schema: number;
}

/** One admitted participant: the hub hands it out after the password check, signaling requires it. */
export interface Ticket {
  readonly id: string;
  /** The y-webrtc peer id, bound by the first signaling message sent with this ticket. */
  peerId: string | null;
}
