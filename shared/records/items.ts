import { z } from 'zod';
import { defineKind, ref } from './kind';

/**
 * Board records. Each item is a flat record keyed by its id; links between records are ids,
 * never nesting (a note in a frame has `parentId` = the frame's id).
 * Coordinates are absolute board units, so culling never has to walk a parent chain.
 */

export const ITEM_KINDS = ['note', 'frame', 'text', 'quote', 'proposal', 'experiment', 'image'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'violet', 'blue', 'green', 'grey'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

/** Longest text a card keeps. A transcript belongs in an interview, not on a sticky note. */
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_TITLE_LENGTH = 300;
/** Board coordinates beyond this are certainly a bug or a hand-edit gone wrong. */
export const MAX_COORD = 10_000_000;
export const MIN_SIZE = 8;
export const MAX_SIZE = 1_000_000;

const coord = z.number().finite().min(-MAX_COORD).max(MAX_COORD);
const size = z.number().finite().min(MIN_SIZE).max(MAX_SIZE);
/** A record's id (cards, frames, …): what other features that name a record accept too. */
export const recordIdSchema = z.string().min(1).max(100);
const id = recordIdSchema;

const base = {
  id,
  x: coord,
  y: coord,
  w: size,
  h: size,
  /** Stacking order; ties are broken by id so every peer draws the same picture. */
  z: z.number().finite(),
  parentId: id.nullable(),
  /** Ids of tags from the project's editable lists (shared/records/residency.ts); absent means none. */
  tags: z.array(id).max(50).optional(),
  /**
   * Set by a facilitator: participants may not move, edit or delete this card, nor what a locked
   * frame holds (the HOST refuses such updates, see shared/room/participant-update-check.ts).
   */
  locked: z.boolean().optional(),
};

/** A set of linked ids, stored as a nested Y.Map (id → true) so concurrent links from two peers merge. */
const idSet = z.record(id, z.literal(true)).refine((r) => Object.keys(r).length <= 2000, 'too many links');

/** What a theme (frame) is: plain, a confirmation (the field confirmed it) or a nugget (a surprising insight). */
export const THEME_MARKS = ['none', 'confirmation', 'nugget'] as const;
export type ThemeMark = (typeof THEME_MARKS)[number];

export const EXPERIMENT_STATUSES = ['idea', 'prototyping', 'testing', 'done', 'dropped'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];
/** A day, as the facilitators write it in a form: YYYY-MM-DD, or empty when not known yet. */
export const dayString = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);
const short = z.string().max(MAX_TITLE_LENGTH);
const long = z.string().max(MAX_TEXT_LENGTH);

export const noteSchema = z.object({
  ...base,
  kind: z.literal('note'),
  text: z.string().max(MAX_TEXT_LENGTH),
  color: z.enum(NOTE_COLORS),
});

export const frameSchema = z.object({
  ...base,
  kind: z.literal('frame'),
  title: z.string().max(MAX_TITLE_LENGTH),
  color: z.enum(NOTE_COLORS),
  /** Absent means 'none' (cards written by older code). */
  mark: z.enum(THEME_MARKS).optional(),
});

export const textSchema = z.object({
  ...base,
  kind: z.literal('text'),
  text: z.string().max(MAX_TEXT_LENGTH),
  fontSize: z.number().finite().min(6).max(400),
});

/** A quote placed on the board: the words live in the quote record (`quoteId`), never copied onto the card. */
export const quoteCardSchema = z.object({
  ...base,
  kind: z.literal('quote'),
  quoteId: id,
});

/** What the facilitators decided of a proposal (FR: retenue, à creuser, écartée). */
export const DECISION_STATUSES = ['retained', 'dig-deeper', 'dropped'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
/** Longest reason given for a decision: a paragraph, not a report. */
export const MAX_REASON_LENGTH = 2_000;

/**
 * A decision on a proposal, stored as ONE plain value in the proposal's `decision` field: two
 * facilitators deciding at once settle on one whole decision (never the status of one with the
 * reason of the other), and one write is one undo step. Only facilitators write it: the HOST
 * refuses a participant's update that touches the field (shared/room/participant-update-check.ts).
 */
export const decisionSchema = z.object({
  status: z.enum(DECISION_STATUSES),
  reason: z.string().max(MAX_REASON_LENGTH),
  /** When it was decided (ISO instant). */
  at: z.iso.datetime(),
  /** Who decided: their person id (the `people` map of shared/board/authorship.ts), null if not known. */
  by: id.nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** A proposal: a title, a body edited together (Y.Text `body`), and the quotes and themes that ground it. */
export const proposalSchema = z.object({
  ...base,
  kind: z.literal('proposal'),
  title: short,
  body: long,
  quoteLinks: idSet,
  themeLinks: idSet,
  /** Absent while undecided (and in every file written before decisions existed). */
  decision: decisionSchema.optional(),
});

/** An experiment tested for real in a host place, coming from a proposal. */
export const experimentSchema = z.object({
  ...base,
  kind: z.literal('experiment'),
  title: short,
  hypothesis: long,
  place: short,
  partners: short,
  tested: long,
  indicator: long,
  startDate: dayString,
  endDate: dayString,
  status: z.enum(EXPERIMENT_STATUSES),
  proposalId: id.nullable(),
});

/** Longest alt text or caption of an image: a sentence or two, like a label on a wall. */
export const MAX_ALT_LENGTH = 1_000;

/**
 * A photo or a drawing on the board. The bytes live once in the doc's `assets` map
 * (shared/records/assets.ts) under `assetId`; the card only places it. `alt` says what it
 * shows (read aloud, searched, written where the picture cannot be drawn).
 */
export const imageCardSchema = z.object({
  ...base,
  kind: z.literal('image'),
  assetId: id,
  alt: z.string().max(MAX_ALT_LENGTH),
  caption: z.string().max(MAX_ALT_LENGTH).optional(),
});

export const itemSchema = z.discriminatedUnion('kind', [noteSchema, frameSchema, textSchema, quoteCardSchema, proposalSchema, experimentSchema, imageCardSchema]);

export type NoteRecord = z.infer<typeof noteSchema>;
export type FrameRecord = z.infer<typeof frameSchema>;
export type TextRecord = z.infer<typeof textSchema>;
export type QuoteCardRecord = z.infer<typeof quoteCardSchema>;
export type ProposalRecord = z.infer<typeof proposalSchema>;
export type ExperimentRecord = z.infer<typeof experimentSchema>;
export type ImageCardRecord = z.infer<typeof imageCardSchema>;
export type ItemRecord = z.infer<typeof itemSchema>;

/** Fields a caller may change after creation (never id or kind; a proposal's body, links and decision have their own commands). */
export type ItemPatch = Partial<Omit<NoteRecord, 'id' | 'kind'>> &
  Partial<Omit<FrameRecord, 'id' | 'kind'>> &
  Partial<Omit<TextRecord, 'id' | 'kind'>> &
  Partial<Omit<QuoteCardRecord, 'id' | 'kind'>> &
  Partial<Omit<ProposalRecord, 'id' | 'kind' | 'body' | 'quoteLinks' | 'themeLinks' | 'decision'>> &
  Partial<Omit<ExperimentRecord, 'id' | 'kind'>> &
  Partial<Omit<ImageCardRecord, 'id' | 'kind'>>;

export function compareDrawOrder(a: ItemRecord, b: ItemRecord): number {
  // Frames always sit under cards so a card dropped in a frame never hides behind it.
  const layer = (i: ItemRecord): number => (i.kind === 'frame' ? 0 : 1);
  return layer(a) - layer(b) || a.z - b.z || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const isFrame = (_card: ItemRecord, target: ItemRecord): boolean => target.kind === 'frame';

/** Cards, in `doc.getMap('items')`, read and written in drawing order. */
export const ITEMS = defineKind<ItemRecord>({
  name: 'item',
  map: 'items',
  schema: itemSchema,
  texts: ['body'],
  idSets: ['quoteLinks', 'themeLinks'],
  order: compareDrawOrder,
  refs: [
    // A frame has no parent, and nothing is its own parent.
    ref<ItemRecord, ItemRecord>({ field: 'parentId', to: 'item', accepts: (card, parent) => parent.kind === 'frame' && card.kind !== 'frame', onMissing: 'clear', noun: 'frame' }),
    { field: 'quoteId', to: 'quote', onMissing: 'drop', noun: 'quote', says: (id) => `quote card of missing quote ${id}` },
    { field: 'tags', to: 'tag', onMissing: 'remove', noun: 'tag' },
    { field: 'quoteLinks', to: 'quote', onMissing: 'remove', noun: 'quote' },
    ref<ItemRecord, ItemRecord>({ field: 'themeLinks', to: 'item', accepts: isFrame, onMissing: 'remove', noun: 'theme' }),
    ref<ItemRecord, ItemRecord>({ field: 'proposalId', to: 'item', accepts: (_e, target) => target.kind === 'proposal', onMissing: 'clear', noun: 'proposal' }),
    // The card stays, drawn as "picture missing" with its description: nothing placed disappears.
    { field: 'assetId', to: 'asset', onMissing: 'keep', noun: 'picture', says: (id) => `picture ${id} missing: shown as a placeholder` },
  ],
});

export const DEFAULT_SIZE: Record<ItemKind, { w: number; h: number }> = {
  note: { w: 200, h: 160 },
  frame: { w: 900, h: 640 },
  text: { w: 320, h: 48 },
  quote: { w: 240, h: 180 },
  proposal: { w: 280, h: 200 },
  experiment: { w: 280, h: 220 },
  image: { w: 320, h: 240 },
};

export function newItemId(kind: ItemKind, random: () => number = Math.random): string {
  const tail = Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
  return `${kind}:${tail}`;
}
