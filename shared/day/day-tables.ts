import { z } from 'zod';
import type * as Y from 'yjs';
import { recordIdSchema } from '../records/items';
import { DAY_MAP } from './day-timer';

/**
 * The workshop's tables: small groups the facilitators make (by hand or at random), each with a
 * board frame where it works and a challenge. Kept in the `day` map under `tables` (facilitators
 * write it; the HOST refuses participants' writes), the whole list at once: it is small.
 * A person is named by their presence id (`user.id`, stable per browser). Pure functions; reads
 * never throw: what is not a list of tables reads as none.
 */

const TABLES_KEY = 'tables';
export const MAX_TABLES = 50;
/** More than a room holds, by far: a bigger list is a mistake, not a workshop. */
const MAX_PEOPLE = 500;

/** A person, by their presence id: what a table holds. */
export const personIdSchema = z.string().min(1).max(64);

export const tableSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().max(200),
    /** Id of the board frame where the table works; null: none chosen yet. */
    frame: recordIdSchema.nullable(),
    challenge: z.string().max(1000),
    /** Presence ids of its people. */
    people: z.array(personIdSchema).max(MAX_PEOPLE),
  })
  .strict();
export type Table = z.infer<typeof tableSchema>;
const tablesSchema = z.array(tableSchema).max(MAX_TABLES);

/**
 * Tables as written, made consistent: a repeated table id keeps its first table, and a person
 * listed twice stays in the first table that names them (a person sits at one table).
 */
function consistent(tables: readonly Table[]): Table[] {
  const ids = new Set<string>();
  const seated = new Set<string>();
  const out: Table[] = [];
  for (const t of tables) {
    if (ids.has(t.id)) continue;
    ids.add(t.id);
    out.push({ ...t, people: t.people.filter((p) => !seated.has(p) && seated.add(p)) });
  }
  return out;
}

/** The tables a doc holds; [] when there are none or they are not tables (never throws). */
export function readTables(doc: Y.Doc): Table[] {
  if (!doc.share.has(DAY_MAP)) return [];
  const parsed = tablesSchema.safeParse(doc.getMap<unknown>(DAY_MAP).get(TABLES_KEY));
  return parsed.success ? consistent(parsed.data) : [];
}

/** Writes the whole list of tables in one transaction; throws (and writes nothing) when it is not one. */
export function writeTables(doc: Y.Doc, tables: readonly Table[], origin?: unknown): void {
  const valid = consistent(tablesSchema.parse(tables));
  doc.transact(() => doc.getMap<unknown>(DAY_MAP).set(TABLES_KEY, valid), origin);
}

/** The table `person` sits at, or null. */
export function tableOf(tables: readonly Table[], person: string): Table | null {
  return tables.find((t) => t.people.includes(person)) ?? null;
}

/** The tables with `person` moved to `tableId` (null: to no table); a person is at one table at most. */
export function assign(tables: readonly Table[], person: string, tableId: string | null): Table[] {
  return tables.map((t) => {
    const without = t.people.filter((p) => p !== person);
    return { ...t, people: t.id === tableId ? [...without, person] : without };
  });
}

/**
 * `people` dealt at random into `n` groups (n ≥ 1): each person in exactly one, sizes differing by
 * one at most. `random` returns a number in [0, 1) (Math.random, or a seeded one in tests).
 */
export function splitAtRandom(people: readonly string[], n: number, random: () => number): string[][] {
  const count = Math.max(1, Math.floor(n));
  const shuffled = [...new Set(people)];
  // Fisher–Yates: every order equally likely.
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const groups: string[][] = Array.from({ length: count }, () => []);
  shuffled.forEach((p, i) => groups[i % count]!.push(p));
  return groups;
}

/** A new table id, unique among `tables`. */
export function newTableId(tables: readonly Table[]): string {
  const ids = new Set(tables.map((t) => t.id));
  let n = tables.length + 1;
  while (ids.has(`table-${n}`)) n += 1;
  return `table-${n}`;
}

/**
 * `n` tables with `people` dealt at random among them: the existing tables first (their name, frame
 * and challenge kept, their people replaced), then new ones named by `nameOf(number)`; tables past
 * `n` are dropped.
 */
export function dealTables(tables: readonly Table[], people: readonly string[], n: number, random: () => number, nameOf: (number: number) => string): Table[] {
  const count = Math.min(MAX_TABLES, Math.max(1, Math.floor(n)));
  const groups = splitAtRandom(people, count, random);
  const out: Table[] = [];
  for (let i = 0; i < count; i++) {
    const kept = tables[i] ?? { id: newTableId(out), name: nameOf(i + 1), frame: null, challenge: '' };
    out.push({ ...kept, people: groups[i]! });
  }
  return out;
}
