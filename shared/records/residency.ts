import { z } from 'zod';
import { dayString, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from './items';
import { defineKind } from './kind';

/**
 * Residency records that are not cards: interviews, quotes and the project's tag lists.
 * Each lives in its own top-level Y.Map of the doc (declared below), one Y.Map per record;
 * links between records are ids (a quote's `interviewId`), never nesting.
 */

/** A transcript may be long (an hour of talk), but not unbounded. */
export const MAX_TRANSCRIPT_LENGTH = 200_000;
/** A quote is a passage, not a page: about two thousand characters at most. */
export const MAX_QUOTE_LENGTH = 2_000;

export const INTERVIEW_KINDS = ['one-to-one', 'street', 'group'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const PROFILE_ROLES = ['user', 'professional', 'volunteer', 'elected', 'other'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

export const AGE_BANDS = ['', 'under-18', '18-25', '26-40', '41-60', '61-75', 'over-75'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** What the person agreed to: quoted under their pseudonym, quoted without it, or not quoted at all. */
export const CONSENTS = ['quote', 'anonymous', 'none'] as const;
export type Consent = (typeof CONSENTS)[number];

export const TAG_GROUPS = ['field', 'pattern', 'other'] as const;
export type TagGroup = (typeof TAG_GROUPS)[number];

const id = z.string().min(1).max(100);
const short = z.string().max(MAX_TITLE_LENGTH);

export const interviewSchema = z.object({
  id,
  date: dayString,
  place: short,
  kind: z.enum(INTERVIEW_KINDS),
  role: z.enum(PROFILE_ROLES),
  ageBand: z.enum(AGE_BANDS),
  pseudonym: short,
  consent: z.enum(CONSENTS),
  notes: z.string().max(MAX_TEXT_LENGTH),
  /** Stored as Y.Text so two people can clean up a transcript together. */
  transcript: z.string().max(MAX_TRANSCRIPT_LENGTH),
});

export const quoteSchema = z.object({
  id,
  /** The interview it comes from; null for a quote typed in without one (then it has no consent to check). */
  interviewId: id.nullable(),
  text: z.string().min(1).max(MAX_QUOTE_LENGTH),
  /**
   * Only in the room's workshop doc (shared/room/workshop-mirror.ts): who said it, as the person
   * agreed to be named, since participants never receive the interview. Never in the project file.
   */
  credit: z
    .object({
      pseudonym: short.nullable(),
      role: z.enum(PROFILE_ROLES),
      ageBand: z.enum(AGE_BANDS),
      place: short,
      date: dayString,
    })
    .strict()
    .optional(),
});

export const tagSchema = z.object({
  id,
  label: z.string().min(1).max(80),
  group: z.enum(TAG_GROUPS),
});

export type InterviewRecord = z.infer<typeof interviewSchema>;
export type QuoteRecord = z.infer<typeof quoteSchema>;
export type TagRecord = z.infer<typeof tagSchema>;

/** Interviews, in `doc.getMap('interviews')`; the transcript is a Y.Text so two people can clean it up together. */
export const INTERVIEWS = defineKind<InterviewRecord>({ name: 'interview', map: 'interviews', schema: interviewSchema, texts: ['transcript'] });

export const QUOTES = defineKind<QuoteRecord>({
  name: 'quote',
  map: 'quotes',
  schema: quoteSchema,
  refs: [{ field: 'interviewId', to: 'interview', onMissing: 'clear', noun: 'interview' }],
});

/** The project's editable tag lists, in `doc.getMap('tags')`. */
export const TAGS = defineKind<TagRecord>({ name: 'tag', map: 'tags', schema: tagSchema });

export type InterviewPatch = Partial<Omit<InterviewRecord, 'id' | 'transcript'>>;

export function newId(prefix: 'interview' | 'quote' | 'tag', random: () => number = Math.random): string {
  const tail = Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
  return `${prefix}:${tail}`;
}
