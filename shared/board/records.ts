import { z } from 'zod';

/**
 * Board records. Each item is a flat record keyed by its id; links between records are ids,
 * never nesting (a note in a frame has `parentId` = the frame's id).
 * Coordinates are absolute board units, so culling never has to walk a parent chain.
 */

export const ITEM_KINDS = ['note', 'frame', 'text'] as const;
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
const id = z.string().min(1).max(100);

const base = {
  id,
  x: coord,
  y: coord,
  w: size,
  h: size,
  /** Stacking order; ties are broken by id so every peer draws the same picture. */
  z: z.number().finite(),
  parentId: id.nullable(),
};

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
});

export const textSchema = z.object({
  ...base,
  kind: z.literal('text'),
  text: z.string().max(MAX_TEXT_LENGTH),
  fontSize: z.number().finite().min(6).max(400),
});

export const itemSchema = z.discriminatedUnion('kind', [noteSchema, frameSchema, textSchema]);

export type NoteRecord = z.infer<typeof noteSchema>;
export type FrameRecord = z.infer<typeof frameSchema>;
export type TextRecord = z.infer<typeof textSchema>;
export type ItemRecord = z.infer<typeof itemSchema>;

/** Fields a caller may change after creation (never id or kind). */
export type ItemPatch = Partial<Omit<NoteRecord, 'id' | 'kind'>> &
  Partial<Omit<FrameRecord, 'id' | 'kind'>> &
  Partial<Omit<TextRecord, 'id' | 'kind'>>;

export const DEFAULT_SIZE: Record<ItemKind, { w: number; h: number }> = {
  note: { w: 200, h: 160 },
  frame: { w: 900, h: 640 },
  text: { w: 320, h: 48 },
};

export function newItemId(kind: ItemKind, random: () => number = Math.random): string {
  const tail = Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
  return `${kind}:${tail}`;
}
