import * as Y from 'yjs';
import { err, ok, type Result } from '../result';

/**
 * What a Yjs update touches, read before it is applied: for each top-level type, the records
 * (first-level keys) and their fields (second-level keys) it writes or deletes. The HOST reads a
 * peer's update this way to decide whether that peer may make it (docs/architecture.md, "The room").
 *
 * An update names its parent only for an item with no neighbour; other items take their parent
 * from the neighbour they were inserted next to, and a deletion names only ids. So each struct is
 * placed by following ids into the update itself or into the doc as it stands; the walk is
 * iterative and bounded, since a hostile update may nest types thousands deep.
 */

export interface Touch {
  root: string;
  /** The key under the top-level map (a record's id); null inside a top-level array or text. */
  record: string | null;
  /** The key inside the record (a field's name); null when the record itself is set or deleted. */
  field: string | null;
}

/** A field a record is given by the update, with its value (plain values only: text and link sets are not read). */
export interface FieldSet extends Touch {
  field: string;
  value: unknown;
}

/** An entry a top-level map is given by the update (a record's id → its value): authorship maps hold plain values there. */
export interface EntrySet {
  root: string;
  record: string;
  /** The plain value; for a nested type or text, its content object, which equals no plain value. */
  value: unknown;
}

export interface UpdateScope {
  touches: Touch[];
  /** The plain values the update writes into records' fields. */
  sets: FieldSet[];
  /** What the update writes directly under a top-level map's keys (deletions excepted). */
  entries: EntrySet[];
  /** How deep the update nests types: 1 is an entry of a top-level map, 2 a record's field, 3 inside a field. */
  depth: number;
  /** Structs whose place could not be found: neither their parent nor their neighbours are known yet. */
  unplaced: number;
  /**
   * Structs of a content the board never writes (JSON, embeds, formats, binaries, subdocs): the
   * board writes plain values, nested types and plain text only. Such content is read otherwise by
   * Yjs (a value in JSON content still reads as a map's value) and copied otherwise by the HOST.
   */
  odd: number;
}

/** Beyond this many steps from a struct to a known place, the update is not placed (a hostile nesting). */
const MAX_WALK = 10_000;

/** Where a struct is: its top-level type, its first two keys below it, and how deep it sits. */
type Place = { root: string; path: Array<string | null>; depth: number } | null;

export function scopeOfUpdate(doc: Y.Doc, update: Uint8Array): Result<UpdateScope, string> {
  let decoded: { structs: Array<Y.Item | Y.GC | Y.Skip>; ds: { clients: Map<number, Array<{ clock: number; len: number }>> } };
  try {
    decoded = Y.decodeUpdate(update) as typeof decoded;
  } catch (e) {
    return err(`not a Yjs update (${(e as Error).message})`);
  }
  const store = doc.store;
  // Structs of the update by client, in clock order, to find the one holding an id.
  const own = new Map<number, Array<Y.Item | Y.GC | Y.Skip>>();
  for (const s of decoded.structs) {
    const list = own.get(s.id.client) ?? [];
    list.push(s);
    own.set(s.id.client, list);
  }
  const find = (id: Y.ID): Y.Item | Y.GC | null => {
    if (id.clock < Y.getState(store, id.client)) {
      const s = Y.getItem(store, id) as Y.Item | Y.GC;
      return s ?? null;
    }
    const list = own.get(id.client);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (id.clock < s.id.clock) hi = mid - 1;
      else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
      else return s instanceof Y.Skip ? null : s;
    }
    return null;
  };

  const memo = new Map<Y.Item, Place>();
  const placeOf = (start: Y.Item): Place => {
    const steps: Array<{ item: Y.Item; child: boolean }> = [];
    let current: Y.Item = start;
    let base: Place = null;
    for (let guard = 0; ; guard++) {
      if (guard > MAX_WALK) break;
      const known = memo.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      const parent = current.parent as unknown;
      if (parent instanceof Y.AbstractType) {
        base = placeInDoc(current);
        break;
      }
      if (typeof parent === 'string') {
        base = { root: parent, path: [current.parentSub], depth: 1 };
        break;
      }
      const next = parent instanceof Y.ID ? find(parent) : current.origin ? find(current.origin) : current.rightOrigin ? find(current.rightOrigin) : null;
      if (!(next instanceof Y.Item)) break;
      steps.push({ item: current, child: parent instanceof Y.ID });
      current = next;
    }
    memo.set(current, base);
    for (let i = steps.length - 1; i >= 0; i--) {
      const { item, child } = steps[i]!;
      // A child adds its key below its container; an item placed by a neighbour shares the
      // neighbour's place. Only the record and the field matter: deeper keys are not kept.
      if (base && child) base = { root: base.root, path: base.path.length < 2 ? [...base.path, item.parentSub] : base.path, depth: base.depth + 1 };
      memo.set(item, base);
    }
    return base;
  };

  const touches: Touch[] = [];
  let unplaced = 0;
  let depth = 0;
  const add = (place: Place): void => {
    if (!place) {
      unplaced++;
      return;
    }
    depth = Math.max(depth, place.depth);
    touches.push({ root: place.root, record: place.path[0] ?? null, field: place.path.length > 1 ? (place.path[1] ?? null) : null });
  };
  const sets: FieldSet[] = [];
  const entries: EntrySet[] = [];
  let odd = 0;
  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item)) continue;
    // A struct the doc already holds whole changes nothing when applied (Yjs skips it): a page
    // re-sends its own accepted edits whenever a sync step crosses them on the way, and they must
    // not read as new writes (an author named again would read as a maker changed).
    if (s.id.clock + s.length <= Y.getState(store, s.id.client)) continue;
    if (!(s.content instanceof Y.ContentAny || s.content instanceof Y.ContentType || s.content instanceof Y.ContentString || s.content instanceof Y.ContentDeleted)) odd++;
    const place = placeOf(s);
    add(place);
    // A record's field (depth 2) written with a plain value: the HOST may need the value itself (a card's new frame).
    // (An item that overwrites a key names only its neighbour, not the key: the key comes from the place.)
    const field = place?.path[1];
    if (place && place.depth === 2 && place.path[0] != null && field != null && s.content instanceof Y.ContentAny) {
      sets.push({ root: place.root, record: place.path[0], field, value: s.content.arr[s.content.arr.length - 1] });
    }
    // A top-level map's entry (depth 1): a map reads the last value of its content.
    if (place && place.depth === 1 && place.path[0] != null && !(s.content instanceof Y.ContentDeleted)) {
      entries.push({ root: place.root, record: place.path[0], value: s.content instanceof Y.ContentAny ? s.content.arr[s.content.arr.length - 1] : s.content });
    }
  }
  decoded.ds.clients.forEach((ranges, client) => {
    for (const { clock, len } of ranges) {
      for (let c = clock; c < clock + len; ) {
        const s = find(Y.createID(client, c));
        if (!s) {
          // Not known here yet: Yjs keeps such a deletion pending; it touches nothing now. Jump to
          // the next struct this update holds for that client (a hostile range may span 2^31 clocks).
          const later = (own.get(client) ?? []).find((u) => u.id.clock > c);
          if (!later) break;
          c = later.id.clock;
          continue;
        }
        // A deletion of what is already deleted changes nothing: a sync message carries every
        // deletion the sender knows of, most of them old.
        if (s instanceof Y.Item && !(s.parent instanceof Y.AbstractType && s.deleted)) add(placeOf(s));
        c = s.id.clock + s.length;
      }
    }
  });
  return ok({ touches: dedupe(touches), sets, entries, depth, unplaced, odd });
}

/** The place of an item already in the doc: the keys from its top-level type down to it. */
function placeInDoc(item: Y.Item): Place {
  const keys: Array<string | null> = [item.parentSub];
  let type = item.parent as Y.AbstractType<unknown>;
  for (let guard = 0; type._item !== null; guard++) {
    if (guard > MAX_WALK) return null;
    keys.push(type._item.parentSub);
    type = type._item.parent as Y.AbstractType<unknown>;
  }
  return { root: Y.findRootTypeKey(type), path: keys.reverse().slice(0, 2), depth: keys.length };
}

function dedupe(touches: Touch[]): Touch[] {
  const seen = new Set<string>();
  return touches.filter((t) => {
    const key = `${t.root}\u0000${t.record}\u0000${t.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
