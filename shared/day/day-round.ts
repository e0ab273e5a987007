import { z } from 'zod';
import type * as Y from 'yjs';
import { authorsOf, madeByOf } from '../board/authorship';
import { createItems } from '../board/commands';
import { itemsOf, readItem } from '../board/doc';
import { MAX_COORD, NOTE_COLORS } from '../records/items';
import { DAY_MAP } from './day-timer';

/**
 * "Write alone, then reveal": a facilitator opens a private writing round on a frame. While it is
 * 'writing', a participant's new notes in that frame never enter the board: the page hands them
 * to the HOST, which keeps them in the project doc's HELD_MAP (not mirrored to the workshop doc,
 * so no participant's page ever receives them) and shows each author only their own. The reveal
 * is the HOST's: it moves them all onto the board in one transaction. Pure functions; reads never throw.
 */

const ROUND_KEY = 'round';
/** Facilitators-only top-level map of the project doc: card id → HeldEntry. */
export const HELD_MAP = 'held';
/** A person writes a handful of cards in a round; more is a page flooding the HOST. */
export const MAX_HELD_PER_PERSON = 50;
/** A sticky note's words, not a transcript: 50 of them, escaped, still fit one `my-held` frame (MAX_HOST_CONTROL_BYTES). */
export const MAX_HELD_TEXT = 500;
const MAX_HELD_SIZE = 2000;

const id = z.string().regex(/^[A-Za-z0-9_:-]{1,64}$/);
export const dayRoundSchema = z
  .object({ id, frame: z.string().min(1).max(100), anonymous: z.boolean(), state: z.enum(['writing', 'revealed']) })
  .strict();
export type DayRound = z.infer<typeof dayRoundSchema>;

const coord = z.number().finite().min(-MAX_COORD).max(MAX_COORD);
const size = z.number().finite().min(8).max(MAX_HELD_SIZE);
/** Control characters (but line breaks and tabs) would grow sixfold in JSON: a note has none. */
const CONTROL = '[\\u0000-\\u0008\\u000b-\\u001f]';
const noteText = z.string().max(MAX_HELD_TEXT).regex(new RegExp(`^(?!.*${CONTROL})`, 's'));
/** Words as a held card may carry them: the page cleans what was typed or pasted before it sends (a frame that does not parse drops the socket). */
export const heldText = (text: string): string => text.replace(new RegExp(CONTROL, 'g'), '').slice(0, MAX_HELD_TEXT);
export const heldCardSchema = z.object({ id, x: coord, y: coord, w: size, h: size, text: noteText, color: z.enum(NOTE_COLORS) }).strict();
export type HeldCard = z.infer<typeof heldCardSchema>;

/**
 * `owner`: the HOST's name of the author's ticket (who may see and change it); `person`: who their
 * presence says they are, for madeBy (and their name, if the board does not know it) at a named reveal.
 */
const heldPersonSchema = z.object({ id: z.string().min(1).max(100), name: z.string().max(80) }).strict();
const heldEntrySchema = z.object({ round: id, owner: z.string().max(64), person: heldPersonSchema.nullable(), card: heldCardSchema }).strict();
export type HeldPerson = z.infer<typeof heldPersonSchema>;
export type HeldEntry = z.infer<typeof heldEntrySchema>;

export function readDayRound(doc: Y.Doc): DayRound | null {
  if (!doc.share.has(DAY_MAP)) return null;
  const parsed = dayRoundSchema.safeParse(doc.getMap<unknown>(DAY_MAP).get(ROUND_KEY));
  return parsed.success ? parsed.data : null;
}

/** The round open for writing, or null. */
export function writingRound(doc: Y.Doc): DayRound | null {
  const round = readDayRound(doc);
  return round?.state === 'writing' ? round : null;
}

/** A new round's id: a page's held cards name their round, so a card sent for an earlier one is refused. */
export const newRoundId = (random: () => number = Math.random): string => `round-${Array.from({ length: 10 }, () => Math.floor(random() * 36).toString(36)).join('')}`;

export function writeDayRound(doc: Y.Doc, round: DayRound | null, origin?: unknown): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(DAY_MAP);
    if (round) map.set(ROUND_KEY, { ...round });
    else map.delete(ROUND_KEY);
  }, origin);
}

export const heldMapOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(HELD_MAP);

/** The valid held entries of a round, by card id (the map is small: at most a few hundred cards). */
export function heldOf(doc: Y.Doc, roundId: string): Map<string, HeldEntry> {
  const out = new Map<string, HeldEntry>();
  if (!doc.share.has(HELD_MAP)) return out;
  heldMapOf(doc).forEach((value, key) => {
    const parsed = heldEntrySchema.safeParse(value);
    if (parsed.success && parsed.data.round === roundId && parsed.data.card.id === key) out.set(key, parsed.data);
  });
  return out;
}

/** "N cards written by M people", for the facilitators. */
export function heldCount(doc: Y.Doc, roundId: string): { cards: number; people: number } {
  const held = [...heldOf(doc, roundId).values()];
  return { cards: held.length, people: new Set(held.map((h) => h.owner)).size };
}

/** A frame's box on the board, or null when `frameId` is not a frame. */
function frameBox(doc: Y.Doc, frameId: string): { x: number; y: number; w: number; h: number } | null {
  const item = readItem(itemsOf(doc).get(frameId));
  return item?.kind === 'frame' ? item : null;
}

/** Whether a card's centre lies in the round's frame (the page holds a note only there). */
export function isInRoundFrame(doc: Y.Doc, round: DayRound, card: { x: number; y: number; w: number; h: number }): boolean {
  const f = frameBox(doc, round.frame);
  if (!f) return false;
  const cx = card.x + card.w / 2;
  const cy = card.y + card.h / 2;
  return cx >= f.x && cx <= f.x + f.w && cy >= f.y && cy <= f.y + f.h;
}

/**
 * Why the HOST refuses to hold `card` for `owner` in round `roundId` (the project doc `doc` says
 * which round is open and where its frame is), or null.
 */
export function heldRefusal(doc: Y.Doc, roundId: string, card: HeldCard, owner: string): string | null {
  const round = writingRound(doc);
  if (!round || round.id !== roundId) return 'the round is not open';
  if (!isInRoundFrame(doc, round, card)) return 'the card is outside the round’s frame';
  if (itemsOf(doc).has(card.id)) return 'a card of the board has that id';
  const known = heldMapOf(doc).get(card.id) as { owner?: unknown } | undefined;
  if (known !== undefined && known.owner !== owner) return 'the card is someone else’s';
  if (known === undefined) {
    let mine = 0;
    for (const h of heldOf(doc, roundId).values()) if (h.owner === owner) mine++;
    if (mine >= MAX_HELD_PER_PERSON) return `more than ${MAX_HELD_PER_PERSON} cards in one round`;
  }
  return null;
}

/** Why the HOST refuses to delete held card `cardId` for `owner`, or null. */
export function heldDropRefusal(doc: Y.Doc, roundId: string, cardId: string, owner: string): string | null {
  const round = writingRound(doc);
  if (!round || round.id !== roundId) return 'the round is not open';
  const known = heldOf(doc, roundId).get(cardId);
  if (!known) return 'no such card';
  return known.owner === owner ? null : 'the card is someone else’s';
}

/** The cards `owner` wrote in the open round (what the HOST sends back to that person alone). */
export function heldCardsOf(doc: Y.Doc, owner: string): { round: string | null; cards: HeldCard[] } {
  const round = writingRound(doc);
  if (!round) return { round: null, cards: [] };
  return { round: round.id, cards: [...heldOf(doc, round.id).values()].filter((h) => h.owner === owner).map((h) => h.card) };
}

/** The colour authorship gives a person it knows no colour of. */
const UNKNOWN_COLOR = '#5c6370';

/** Origin of a facilitator's page ending a round: not an undo step, and not authored by that facilitator (installAuthorship watches the local origin only). */
export const REVEAL_ORIGIN = 'tablee:reveal';

/**
 * A facilitator's page asks for the reveal: it only says the round is 'revealed'. The HOST, which
 * alone receives held cards, then moves them onto the board (revealHeld), so no card it accepted
 * before the flip is left behind, and none is accepted after it (the round is no longer writing).
 */
export function askReveal(doc: Y.Doc): void {
  const round = writingRound(doc);
  if (round) writeDayRound(doc, { ...round, state: 'revealed' }, REVEAL_ORIGIN);
}

/**
 * The HOST's reveal, inside its one transaction: every held card of `round` becomes a note on the
 * board (made by its author when the round is named, by nobody when anonymous) and its held entry
 * goes. The board's top z and frame membership are computed once for all cards (createItems), not
 * per card: 35 people × 50 cards on a board of 50,000 stays two walks of the board. Returns how
 * many cards came out.
 */
export function revealHeld(doc: Y.Doc, round: DayRound): number {
  const held = heldOf(doc, round.id);
  if (held.size === 0) return 0;
  const items = itemsOf(doc);
  const fresh = [...held].filter(([cardId]) => !items.has(cardId));
  createItems(doc, fresh.map(([cardId, { card }]) => ({ id: cardId, input: { kind: 'note', x: card.x, y: card.y, w: card.w, h: card.h, text: card.text, color: card.color } })));
  if (!round.anonymous) {
    for (const [cardId, { person }] of fresh) {
      if (!person) continue;
      madeByOf(doc).set(cardId, person.id);
      // Someone who never edited the board is not in its people yet: the card still says their name.
      if (!authorsOf(doc).has(person.id)) authorsOf(doc).set(person.id, { name: person.name, color: UNKNOWN_COLOR });
    }
  }
  for (const cardId of held.keys()) heldMapOf(doc).delete(cardId);
  return held.size;
}

/**
 * The reveal a facilitator's page does itself when no room is open: then no HOST takes held cards,
 * so none can arrive between its read of `held` and its write. One transaction: the cards come out
 * and the round says 'revealed'. (Were a room opening meanwhile, its HOST reveals what is left.)
 */
export function revealWithoutRoom(doc: Y.Doc): number {
  const round = writingRound(doc);
  if (!round) return 0;
  let revealed = 0;
  doc.transact(() => {
    revealed = revealHeld(doc, round);
    writeDayRound(doc, { ...round, state: 'revealed' });
  }, REVEAL_ORIGIN);
  return revealed;
}

/**
 * Ends the round without a reveal: its held cards are deleted, not kept. They were written on
 * the promise that nobody reads them before a reveal; a round that is not revealed keeps it.
 */
export function discardRound(doc: Y.Doc): void {
  const round = readDayRound(doc);
  if (!round) return;
  doc.transact(() => {
    for (const cardId of heldOf(doc, round.id).keys()) heldMapOf(doc).delete(cardId);
    writeDayRound(doc, null);
  }, REVEAL_ORIGIN);
}
