import type { z } from 'zod';

/**
 * A record kind, declared once: where its records live in the doc, what a valid one is, which
 * fields are nested Yjs types, which other records it points at and what repair does when one
 * is gone, and how it appears in the file's readable snapshot. Reading, writing, the snapshot,
 * rebuilding from it and validate-and-repair are all derived from these declarations
 * (shared/records/y-record.ts, snapshot.ts, repair.ts): a new kind is one declaration added to
 * RECORD_KINDS (shared/records/kinds.ts).
 *
 * In the doc: `doc.getMap(map)` : id → Y.Map of the record's fields (one Y.Map per record).
 */

/** What repair does to a link whose target is missing. */
export type OnMissing =
  /** set the field to null */
  | 'clear'
  /** drop the record that holds the link */
  | 'drop'
  /** take the id out of the list or id set */
  | 'remove'
  /** leave it: the record shows that its target is missing (a picture's placeholder) */
  | 'keep';

export interface RecordRef {
  /** The field holding the id: a string (or null), an array of ids, or an id set (see `idSets`). */
  field: string;
  /** Name of the target kind. */
  to: string;
  /** Which target records count, given the source record (e.g. a card's parent must be a frame). */
  accepts?: (source: never, target: never) => boolean;
  onMissing: OnMissing;
  /** What the target is called in the repair report ("link to missing frame … removed"). */
  noun: string;
  /** The report's words for 'drop' and 'keep', given the missing id. */
  says?: (id: string) => string;
}

// Methods rather than function fields, so a list of kinds of different records type-checks.
export interface RecordKind<R extends object = object, S = R> {
  /** The name links use to point at this kind. */
  name: string;
  /** The doc's top-level Y.Map holding the records. */
  map: string;
  schema: z.ZodType<R>;
  /** Fields stored as a Y.Text (long text edited together). */
  texts: ReadonlySet<string>;
  /** Fields stored as a nested Y.Map id → true, so concurrent links from two peers merge. */
  idSets: ReadonlySet<string>;
  refs: readonly RecordRef[];
  /** Key of the records' list in the readable snapshot. */
  snapshotKey: string;
  /** The snapshot's entry for a record (the record itself unless said). */
  toSnapshot?(record: R, id: string): S;
  /** False when the snapshot cannot bring the record back (a picture's bytes are not in it). */
  restorable: boolean;
  /** Order of the list read from the doc and written in the snapshot (by id unless said). */
  order?(a: R, b: R): number;
  /** A rule the schema cannot say, checked by repair; returns why the record is refused. */
  check?(record: R): string | null;
  /** Drop a record no other record points at (and say why in the report). */
  droppedWhenUnused?: string;
  /** Prefix of the report's reason when a record is dropped as unreadable ("picture: …"). */
  label?: string;
  /** Whether who made and changed each record is kept (shared/board/authorship.ts). */
  authored: boolean;
}

export interface KindDeclaration<R extends object, S> {
  name: string;
  map: string;
  schema: z.ZodType<R>;
  texts?: readonly string[];
  idSets?: readonly string[];
  refs?: readonly RecordRef[];
  snapshotKey?: string;
  toSnapshot?: (record: R, id: string) => S;
  restorable?: boolean;
  order?: (a: R, b: R) => number;
  check?: (record: R) => string | null;
  droppedWhenUnused?: string;
  label?: string;
  authored?: boolean;
}

export function defineKind<R extends object, S = R>(d: KindDeclaration<R, S>): RecordKind<R, S> {
  return {
    ...d,
    texts: new Set(d.texts ?? []),
    idSets: new Set(d.idSets ?? []),
    refs: d.refs ?? [],
    snapshotKey: d.snapshotKey ?? d.map,
    restorable: d.restorable ?? true,
    authored: d.authored ?? true,
  };
}

/** A link whose `accepts` knows its source and target types. */
export const ref = <Src, Tgt>(r: Omit<RecordRef, 'accepts'> & { accepts?: (source: Src, target: Tgt) => boolean }): RecordRef => r as RecordRef;
