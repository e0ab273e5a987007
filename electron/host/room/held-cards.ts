import * as Y from 'yjs';
import { heldCardsOf, heldDropRefusal, heldMapOf, heldRefusal, type HeldCard, type HeldEntry, type HeldPerson } from '@shared/day/day-round';
import type { RoomBoard } from './room-board';

/**
 * The HOST's keeper of a private round's cards (shared/day/day-round.ts): it checks each card a
 * page hands it and writes it into the project doc's facilitators-only `held` map, so the card is
 * saved with the project and outlives the room, yet never reaches a participant (that map is not
 * mirrored to the workshop doc). `owner` is the author's ticket person id, never read from a frame.
 */
export class HeldCards {
  constructor(private readonly board: RoomBoard) {}

  /** Holds (or rewrites) a card; returns why it was refused, or null. */
  put(owner: string, person: HeldPerson | null, round: string, card: HeldCard): string | null {
    const refusal = heldRefusal(this.board.doc, round, card, owner);
    if (refusal) return refusal;
    const entry: HeldEntry = { round, owner, person, card };
    this.write((doc) => heldMapOf(doc).set(card.id, entry));
    return null;
  }

  drop(owner: string, round: string, cardId: string): string | null {
    const refusal = heldDropRefusal(this.board.doc, round, cardId, owner);
    if (refusal) return refusal;
    this.write((doc) => heldMapOf(doc).delete(cardId));
    return null;
  }

  /** What `owner` holds in the open round: sent to that person's sockets alone. */
  mine(owner: string): { round: string | null; cards: HeldCard[] } {
    return heldCardsOf(this.board.doc, owner);
  }

  /**
   * Writes on the HOST's copy, then hands the same update to the project session (a no-op for the
   * doc, which has it already) so autosave counts it as any edit: the file on disk holds the card.
   */
  private write(change: (doc: Y.Doc) => void): void {
    const doc = this.board.doc;
    let update: Uint8Array | null = null;
    const take = (u: Uint8Array): void => void (update = u);
    doc.on('update', take);
    try {
      doc.transact(() => change(doc));
    } finally {
      doc.off('update', take);
    }
    if (update) this.board.apply(update);
  }
}
