import * as Y from 'yjs';
import { ALL_KINDS } from '../records/kinds';
import { recordsOf } from '../records/y-record';

/**
 * Who made each record (card, interview, quote, tag) and who changed it last, kept in the doc
 * beside the records without touching their schema:
 *   doc.getMap('madeBy')    : record id → person id (written once, by the edit that created it)
 *   doc.getMap('changedBy') : record id → person id (written when the last editor changes)
 *   doc.getMap('people')    : person id → { name, color } (as that person last called themself)
 * Files from before simply lack these maps; nothing else reads them.
 *
 * Why not attribute the Yjs structs by their clientID: a clientID is new at every page load (a
 * person would need a clientID → person table forever growing), Yjs does not order two clients'
 * edits so "last changed by" is undefined, undoing a deletion re-creates the card under the
 * undoer's clientID, and rebuilding a compacted doc would lose every attribution. Explicit maps
 * merge like any Y.Map (concurrent writes settle on the same value on every peer), are saved with
 * the doc, survive save-as, reload, rejoin and undo, and cost one small write only when the last
 * editor of a record changes.
 */

export interface Author {
  id: string;
  name: string;
  color: string;
}

/** The top-level maps authorship keeps in the doc. */
export const AUTHORSHIP_MAPS = ['madeBy', 'changedBy', 'people'] as const;

export const madeByOf = (doc: Y.Doc): Y.Map<string> => doc.getMap<string>('madeBy');
export const changedByOf = (doc: Y.Doc): Y.Map<string> => doc.getMap<string>('changedBy');
export const authorsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>('people');

/** Origin of the writes below: never an undoable edit of its own. */
export const AUTHORSHIP_ORIGIN = 'tablee:authorship';

const MAX_NAME = 80;

function authorOf(doc: Y.Doc, id: string | undefined): Author | undefined {
  if (typeof id !== 'string') return undefined;
  const v = authorsOf(doc).get(id) as { name?: unknown; color?: unknown } | undefined;
  return {
    id,
    name: typeof v?.name === 'string' ? v.name : '',
    color: typeof v?.color === 'string' ? v.color : '#5c6370',
  };
}

/** The person who made this record, if it was made by someone Tablée knew. */
export const createdBy = (doc: Y.Doc, recordId: string): Author | undefined => authorOf(doc, madeByOf(doc).get(recordId));

/** The person whose edit of this record came last (the maker if nobody changed it since). */
export const lastEditedBy = (doc: Y.Doc, recordId: string): Author | undefined =>
  authorOf(doc, changedByOf(doc).get(recordId) ?? madeByOf(doc).get(recordId));

/** Everyone who made at least one of these records (all records when none given), by name. */
export function peopleOf(doc: Y.Doc, recordIds?: Iterable<string>): Author[] {
  const made = madeByOf(doc);
  const ids = new Set<string>();
  if (recordIds) {
    for (const r of recordIds) {
      const p = made.get(r);
      if (p) ids.add(p);
    }
  } else made.forEach((p) => ids.add(p));
  return [...ids].map((id) => authorOf(doc, id)!).sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** Ids of the records this person made, among those given. */
export function recordsMadeBy(doc: Y.Doc, personId: string, recordIds: Iterable<string>): Set<string> {
  const made = madeByOf(doc);
  const out = new Set<string>();
  for (const r of recordIds) if (made.get(r) === personId) out.add(r);
  return out;
}

/** The top-level maps whose entries are records with an author (their kinds say so). */
const recordMaps = (doc: Y.Doc): unknown[] => ALL_KINDS.filter((k) => k.authored).map((k) => recordsOf(k, doc));

/**
 * The records a transaction touched, split in those it created (a new entry in a record map)
 * and those it changed (any field, link set or text inside one).
 */
export function touchedRecords(doc: Y.Doc, changed: Y.Transaction['changed']): { created: Set<string>; changed: Set<string> } {
  const tops = new Set<unknown>(recordMaps(doc));
  const created = new Set<string>();
  const touched = new Set<string>();
  for (const [type, keys] of changed) {
    if (tops.has(type)) {
      // A record set (or set again: paste, undo of a delete) under this key; deletions are not edits.
      const map = type as unknown as Y.Map<unknown>;
      for (const key of keys) if (key !== null && map.has(key)) created.add(key);
      continue;
    }
    // Walk up from the changed field to the record that holds it.
    let item = type._item;
    while (item) {
      const parent = item.parent instanceof Y.AbstractType ? item.parent : null;
      if (parent && tops.has(parent)) {
        if (item.parentSub !== null && !item.deleted) touched.add(item.parentSub);
        break;
      }
      item = parent?._item ?? null;
    }
  }
  for (const id of created) touched.add(id);
  return { created, changed: touched };
}

/**
 * Records that `me` made the `created` records (unless someone is already known as their maker:
 * an undone delete keeps its maker) and changed the `changed` ones. Writes only what differs.
 */
export function recordAuthorship(doc: Y.Doc, me: Author, created: Iterable<string>, changed: Iterable<string>): void {
  const made = madeByOf(doc);
  const last = changedByOf(doc);
  const people = authorsOf(doc);
  // Decided before any transaction: a drag's every frame finds nothing to write and costs no transaction.
  const known = people.get(me.id) as { name?: unknown; color?: unknown } | undefined;
  const name = me.name.slice(0, MAX_NAME);
  const renamed = known?.name !== name || known.color !== me.color;
  const newMade = [...created].filter((id) => !made.has(id));
  const newLast = [...changed].filter((id) => last.get(id) !== me.id);
  if (!renamed && newMade.length === 0 && newLast.length === 0) return;
  doc.transact(() => {
    if (renamed) people.set(me.id, { name, color: me.color });
    for (const id of newMade) made.set(id, me.id);
    for (const id of newLast) last.set(id, me.id);
  }, AUTHORSHIP_ORIGIN);
}

/**
 * Follows my edits (LOCAL_ORIGIN transactions, and my undo and redo) and records their authorship
 * right after each one (Yjs queues a transaction started while another is cleaned up). Remote,
 * loading and system transactions are not mine and are left alone. Returns the uninstaller.
 */
export function installAuthorship(doc: Y.Doc, localOrigin: unknown, me: () => Author | null): () => void {
  const onAfter = (tr: Y.Transaction): void => {
    if (!tr.local || !(tr.origin === localOrigin || tr.origin instanceof Y.UndoManager)) return;
    const who = me();
    if (!who) return;
    const { created, changed } = touchedRecords(doc, tr.changed);
    if (created.size > 0 || changed.size > 0) recordAuthorship(doc, who, created, changed);
  };
  doc.on('afterTransaction', onAfter);
  return () => doc.off('afterTransaction', onAfter);
}
