import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../board/doc';
import { ASSETS } from '../records/assets';
import type { AnyKind } from '../records/kinds';
import { ITEMS, type ItemRecord } from '../records/items';
import { INTERVIEWS, QUOTES, TAGS } from '../records/residency';
import { fieldsOf, readRecord, recordsOf, toYValue, type RecordMap } from '../records/y-record';

/**
 * Bringing a version back into the live board as a forward edit: one transaction of the local
 * origin (so one Ctrl/Cmd+Z takes it back), writing only the fields that differ, so a peer's
 * concurrent edit of another field, card or text merges with it as any two edits do.
 * Research records (interviews, quotes, tags, pictures) are brought back when a restored card
 * needs them or when asked, and never deleted by a restore: a version is the board of a moment,
 * not a way to lose an interview recorded since.
 */

const ITEM_KIND: AnyKind = ITEMS;
const QUOTE_KIND: AnyKind = QUOTES;
const INTERVIEW_KIND: AnyKind = INTERVIEWS;
const TAG_KIND: AnyKind = TAGS;
const ASSET_KIND: AnyKind = ASSETS;

export interface RestoreResult {
  /** Records written or changed, by id (cards, and the records they needed). */
  changed: string[];
  /** Cards deleted because the version did not have them (a whole-board restore only). */
  removed: string[];
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Makes the live record `id` of `kind` equal to the version's, field by field: a Y.Text is
 * rewritten only when its words differ, an id set gains and loses only the ids that differ.
 * Returns whether anything was written.
 */
function syncRecord(kind: AnyKind, live: Y.Map<RecordMap>, id: string, wanted: object): boolean {
  const map = live.get(id);
  const known = map instanceof Y.Map ? (readRecord(kind, map) as Record<string, unknown> | undefined) : undefined;
  if (!(map instanceof Y.Map) || !known) {
    const fresh = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(wanted)) fresh.set(key, toYValue(kind, key, value));
    live.set(id, fresh);
    return true;
  }
  const current = fieldsOf(map);
  let wrote = false;
  for (const [key, value] of Object.entries(wanted)) {
    if (same(current[key], value)) continue;
    wrote = true;
    const nested = map.get(key);
    if (kind.texts.has(key) && nested instanceof Y.Text && typeof value === 'string') {
      nested.delete(0, nested.length);
      nested.insert(0, value);
    } else if (kind.idSets.has(key) && nested instanceof Y.Map && typeof value === 'object' && value !== null) {
      for (const k of [...nested.keys()]) if (!Object.hasOwn(value, k)) nested.delete(k);
      for (const k of Object.keys(value)) if (!nested.has(k)) nested.set(k, true);
    } else {
      map.set(key, toYValue(kind, key, value));
    }
  }
  // Fields the version did not have (a decision taken since, a mark): gone, as in the version.
  // Only fields this Tablée knows: a newer peer's fields are not ours to remove.
  for (const key of Object.keys(known)) {
    if (!Object.hasOwn(wanted, key)) {
      map.delete(key);
      wrote = true;
    }
  }
  return wrote;
}

/** The version's valid record of `kind` under `id`. */
const versionRecord = (kind: AnyKind, version: Y.Doc, id: string): object | undefined => readRecord(kind, recordsOf(kind, version).get(id));

/** Writes one record from the version, with the records it points at that the live board lacks. */
class Writer {
  readonly changed = new Set<string>();
  private readonly done = new Set<string>();
  constructor(
    private readonly live: Y.Doc,
    private readonly version: Y.Doc,
  ) {}

  /** Writes `id` of `kind` as the version has it; false when the version has no such record. */
  write(kind: AnyKind, id: string): boolean {
    const record = versionRecord(kind, this.version, id);
    if (!record) return false;
    const key = `${kind.name}:${id}`;
    if (this.done.has(key)) return true;
    this.done.add(key);
    if (syncRecord(kind, recordsOf(kind, this.live), id, record)) this.changed.add(id);
    this.needs(kind, record);
    return true;
  }

  /** Brings back what a record points at when the live board lacks it (never changes one it has). */
  private needs(kind: AnyKind, record: object): void {
    const missing = (target: AnyKind, id: string | null | undefined): void => {
      if (id && !readRecord(target, recordsOf(target, this.live).get(id))) this.write(target, id);
    };
    if (kind === ITEM_KIND) {
      const item = record as ItemRecord;
      missing(ITEM_KIND, item.parentId);
      for (const tag of item.tags ?? []) missing(TAG_KIND, tag);
      if (item.kind === 'quote') missing(QUOTE_KIND, item.quoteId);
      if (item.kind === 'image') missing(ASSET_KIND, item.assetId);
      if (item.kind === 'proposal') for (const q of Object.keys(item.quoteLinks)) missing(QUOTE_KIND, q);
    } else if (kind === QUOTE_KIND) {
      missing(INTERVIEW_KIND, (record as { interviewId: string | null }).interviewId);
    }
  }
}

/**
 * Restores the version's board into the live one. Without `ids`, the whole board: every card as
 * the version had it, and the cards added since deleted. With `ids` (cards or frames), only
 * those: a frame brings back its title, place and the cards the version had in it; nothing is
 * deleted.
 */
export function restoreVersion(live: Y.Doc, version: Y.Doc, ids?: readonly string[], origin: unknown = LOCAL_ORIGIN): RestoreResult {
  const writer = new Writer(live, version);
  const removed: string[] = [];
  const items = recordsOf(ITEMS, version);
  live.transact(() => {
    if (ids) {
      const wanted = new Set(ids);
      for (const id of ids) {
        const item = readRecord(ITEMS, items.get(id));
        if (item?.kind !== 'frame') continue;
        // The theme's cards in the version: one pass over the version's cards per restore.
        items.forEach((value, cardId) => {
          if (readRecord(ITEMS, value)?.parentId === id) wanted.add(cardId);
        });
      }
      for (const id of wanted) writer.write(ITEM_KIND, id);
    } else {
      items.forEach((_, id) => void writer.write(ITEM_KIND, id));
      const liveItems = recordsOf(ITEMS, live);
      for (const id of [...liveItems.keys()]) {
        if (!items.has(id)) {
          liveItems.delete(id);
          removed.push(id);
        }
      }
    }
  }, origin);
  return { changed: [...writer.changed].sort(), removed: removed.sort() };
}

/** What the version has that the live board lost: cards, interviews and quotes, by id. */
export interface DeletedSince {
  items: string[];
  interviews: string[];
  quotes: string[];
}

export function deletedSince(version: Y.Doc, live: Y.Doc): DeletedSince {
  const lost = (kind: AnyKind): string[] => {
    const now = recordsOf(kind, live);
    const out: string[] = [];
    recordsOf(kind, version).forEach((value, id) => {
      if (readRecord(kind, value) && !readRecord(kind, now.get(id))) out.push(id);
    });
    return out.sort();
  };
  return { items: lost(ITEM_KIND), interviews: lost(INTERVIEW_KIND), quotes: lost(QUOTE_KIND) };
}

export type BringBackKind = 'item' | 'interview' | 'quote';
const KIND_OF: Record<BringBackKind, AnyKind> = { item: ITEM_KIND, interview: INTERVIEW_KIND, quote: QUOTE_KIND };

/**
 * Brings back deleted records from a version (with what they point at), in one transaction of
 * the local origin. Returns the ids written; a record the version lacks is skipped.
 */
export function bringBack(live: Y.Doc, version: Y.Doc, records: readonly { kind: BringBackKind; id: string }[], origin: unknown = LOCAL_ORIGIN): string[] {
  const writer = new Writer(live, version);
  live.transact(() => {
    for (const r of records) writer.write(KIND_OF[r.kind], r.id);
  }, origin);
  return [...writer.changed].sort();
}
