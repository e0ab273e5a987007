import type * as Y from 'yjs';
import { heldCardsOf, heldDropRefusal, heldMapOf, heldOf, heldRefusal, readDayRound, revealHeld, type HeldCard, type HeldEntry, type HeldPerson } from '@shared/day/day-round';
import { DAY_MAP } from '@shared/day/day-timer';
import type { RoomBoard } from './room-board';

/**
 * The HOST's keeper of a private round's cards (shared/day/day-round.ts): it checks each card a
 * page hands it and writes it into the project doc's facilitators-only `held` map, so the card is
 * saved with the project and outlives the room, yet never reaches a participant (that map is not
 * mirrored to the workshop doc). `owner` is the author's ticket person id, never read from a frame.
 *
 * The reveal is done here too, as VoteBox does a vote's: a facilitator's page only sets the round
 * to 'revealed'; this keeper, which alone accepts cards, then moves every held card of that round
 * onto the board. A card that arrives after the flip is refused (the round no longer writes), so
 * none is left in `held` under a revealed round.
 */
export class HeldCards {
  private readonly day: Y.Map<unknown>;
  private readonly onDay = (): void => queueMicrotask(() => this.revealIfAsked());
  private destroyed = false;

  constructor(private readonly board: Pick<RoomBoard, 'doc' | 'write'>) {
    this.day = board.doc.getMap<unknown>(DAY_MAP);
    this.day.observe(this.onDay);
    // A reveal asked while no room was open is done as the room opens.
    this.revealIfAsked();
  }

  destroy(): void {
    this.destroyed = true;
    this.day.unobserve(this.onDay);
  }

  /** Holds (or rewrites) a card; returns why it was refused, or null. */
  put(owner: string, person: HeldPerson | null, round: string, card: HeldCard): string | null {
    const refusal = heldRefusal(this.board.doc, round, card, owner);
    if (refusal) return refusal;
    const entry: HeldEntry = { round, owner, person, card };
    this.board.write((doc) => heldMapOf(doc).set(card.id, entry));
    return null;
  }

  drop(owner: string, round: string, cardId: string): string | null {
    const refusal = heldDropRefusal(this.board.doc, round, cardId, owner);
    if (refusal) return refusal;
    this.board.write((doc) => heldMapOf(doc).delete(cardId));
    return null;
  }

  /** What `owner` holds in the open round: sent to that person's sockets alone. */
  mine(owner: string): { round: string | null; cards: HeldCard[] } {
    return heldCardsOf(this.board.doc, owner);
  }

  private revealIfAsked(): void {
    if (this.destroyed) return;
    const round = readDayRound(this.board.doc);
    if (round?.state !== 'revealed' || heldOf(this.board.doc, round.id).size === 0) return;
    this.board.write((doc) => revealHeld(doc, round));
  }
}
