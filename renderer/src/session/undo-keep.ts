import * as Y from 'yjs';

/**
 * My undo history, kept across a page reload (and a restart of the app).
 *
 * A Y.UndoManager step is two delete sets: what it inserted (undo deletes it) and what it
 * deleted (undo brings it back). Delete sets are client/clock ranges, so they still name the
 * same structs in the doc rebuilt after a reload, even though this page now edits under another
 * clientID. What may be gone is the *content* of deleted structs: the HOST's doc collects it
 * (Yjs garbage collection), so a reloaded doc holds them as "deleted, content unknown".
 *  - Insertions are always honoured (deleting again is always possible).
 *  - A deleted map value that was a plain value (a card's x, colour, text, tags) is kept here
 *    with the step and put back into its struct on restore: moves, recolours and edits undo.
 *  - Anything else whose content is gone (a deleted card with its fields, deleted characters of
 *    a text) cannot be honoured: that step is dropped and counted, never half-undone (Yjs would
 *    otherwise "restore" emptiness and remove a card's field).
 */

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;
type DeleteItem = DeleteSet['clients'] extends Map<number, Array<infer D>> ? D : never;

/** [client, clock, len] */
type Range = [number, number, number];
/** [client, clock, value]: a deleted plain map value, to put back after a reload. */
type Value = [number, number, unknown];
interface KeptStep {
  i: Range[];
  d: Range[];
  v: Value[];
}
export interface KeptHistory {
  version: 1;
  undo: KeptStep[];
  redo: KeptStep[];
}

/** Older steps beyond this are not kept (a day of workshop rarely needs more). */
export const MAX_KEPT_STEPS = 200;

const rangesOf = (ds: DeleteSet): Range[] => {
  const out: Range[] = [];
  ds.clients.forEach((items, client) => {
    for (const it of items) out.push([client, it.clock, it.len]);
  });
  return out;
};

/** Structs of the doc covering [clock, clock+len) of a client; null when some are not there. */
function structsIn(doc: Y.Doc, client: number, clock: number, len: number): Array<Y.Item | Y.GC> | null {
  const structs = doc.store.clients.get(client);
  if (!structs || structs.length === 0) return null;
  const last = structs[structs.length - 1]!;
  if (last.id.clock + last.length < clock + len) return null;
  const out: Array<Y.Item | Y.GC> = [];
  for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
    const s = structs[i]!;
    if (s.id.clock >= clock + len) break;
    out.push(s);
  }
  return out;
}

const isPlainMapValue = (s: Y.Item | Y.GC): s is Y.Item =>
  s instanceof Y.Item && s.parentSub !== null && s.length === 1 && (s.content instanceof Y.ContentAny || s.content instanceof Y.ContentDeleted);

function encodeStep(doc: Y.Doc, item: { insertions: DeleteSet; deletions: DeleteSet }): KeptStep {
  const d = rangesOf(item.deletions);
  const v: Value[] = [];
  for (const [client, clock, len] of d) {
    for (const s of structsIn(doc, client, clock, len) ?? []) {
      if (s instanceof Y.Item && s.parentSub !== null && s.content instanceof Y.ContentAny && s.content.arr.length === 1) {
        v.push([s.id.client, s.id.clock, s.content.arr[0]]);
      }
    }
  }
  return { i: rangesOf(item.insertions), d, v };
}

export function encodeHistory(undo: Y.UndoManager): KeptHistory {
  const doc = undo.doc;
  return {
    version: 1,
    undo: undo.undoStack.slice(-MAX_KEPT_STEPS).map((s) => encodeStep(doc, s)),
    redo: undo.redoStack.slice(-MAX_KEPT_STEPS).map((s) => encodeStep(doc, s)),
  };
}

const toDeleteSet = (ranges: Range[]): DeleteSet => {
  const ds = Y.createDeleteSet();
  for (const [client, clock, len] of ranges) {
    const list = ds.clients.get(client) ?? [];
    list.push({ clock, len } as DeleteItem);
    ds.clients.set(client, list);
  }
  // Yjs looks ranges up by binary search.
  ds.clients.forEach((list) => list.sort((a, b) => a.clock - b.clock));
  return ds;
};

const isRange = (r: unknown): r is Range => Array.isArray(r) && r.length === 3 && r.every((n) => Number.isInteger(n) && (n as number) >= 0);
const isStep = (s: unknown): s is KeptStep => {
  const x = s as KeptStep | null;
  return !!x && Array.isArray(x.i) && Array.isArray(x.d) && Array.isArray(x.v) && x.i.every(isRange) && x.d.every(isRange) && x.v.every((v) => Array.isArray(v) && v.length === 3);
};

/**
 * Can this step be undone as it was recorded, in this doc? Puts kept plain values back into their
 * deleted structs (so Yjs restores them) only once the whole step is known to be honourable.
 */
function revive(doc: Y.Doc, step: KeptStep): boolean {
  for (const [client, clock, len] of step.i) if (!structsIn(doc, client, clock, len)) return false;
  const values = new Map(step.v.map(([client, clock, value]) => [`${client}:${clock}`, value]));
  const inserted = toDeleteSet(step.i);
  const toFill: Array<[Y.Item, unknown]> = [];
  for (const [client, clock, len] of step.d) {
    const structs = structsIn(doc, client, clock, len);
    if (!structs) return false;
    for (const s of structs) {
      // Made and unmade within the step (a drag's positions on the way): Yjs never brings those back.
      if (Y.isDeleted(inserted, s.id)) continue;
      if (s instanceof Y.GC) return false;
      if (!(s.content instanceof Y.ContentDeleted)) continue;
      const key = `${s.id.client}:${s.id.clock}`;
      if (!isPlainMapValue(s) || !values.has(key)) return false;
      toFill.push([s, values.get(key)]);
    }
  }
  for (const [s, value] of toFill) {
    s.content = new Y.ContentAny([value]);
    // As the undo manager does for what it may bring back: never collected again.
    s.keep = true;
  }
  return true;
}

/** Puts a kept history into a fresh manager; returns how many steps could not be honoured. */
export function restoreHistory(undo: Y.UndoManager, kept: unknown): number {
  const k = kept as KeptHistory | null;
  if (!k || k.version !== 1 || !Array.isArray(k.undo) || !Array.isArray(k.redo)) return 0;
  let lost = 0;
  const rebuild = (steps: unknown[]): Array<(typeof undo.undoStack)[number]> => {
    const out: Array<(typeof undo.undoStack)[number]> = [];
    for (const s of steps) {
      if (!isStep(s) || !revive(undo.doc, s)) {
        lost++;
        continue;
      }
      // The shape Y.UndoManager pops (its StackItem class is not exported).
      out.push({ insertions: toDeleteSet(s.i), deletions: toDeleteSet(s.d), meta: new Map() } as (typeof undo.undoStack)[number]);
    }
    return out;
  };
  undo.undoStack.push(...rebuild(k.undo));
  undo.redoStack.push(...rebuild(k.redo));
  return lost;
}

export interface HistoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Restores the history kept under `key`, then keeps it up to date (shortly after each step, and
 * at once when the page goes away). Returns the number of steps that could not be kept and a
 * stop function (saves one last time).
 */
export function keepHistory(undo: Y.UndoManager, storage: HistoryStorage, key: string, onPageHide?: (save: () => void) => () => void): { lost: number; stop(): void } {
  let lost = 0;
  try {
    const raw = storage.getItem(key);
    if (raw) lost = restoreHistory(undo, JSON.parse(raw));
  } catch {
    // A history that cannot be read is not kept: the board itself is untouched.
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    try {
      storage.setItem(key, JSON.stringify(encodeHistory(undo)));
    } catch {
      // Storage full or refused: the history lives as long as this page.
    }
  };
  // Saved once the history has been still for a second: a live drag updates its step at every
  // frame, and encoding the whole history each time would cost the drag its smoothness.
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 1000);
  };
  const events = ['stack-item-added', 'stack-item-popped', 'stack-item-updated', 'stack-cleared'] as const;
  for (const e of events) undo.on(e, later);
  const offPageHide = onPageHide?.(save) ?? (() => {});
  if (lost > 0) save();
  return {
    lost,
    stop() {
      for (const e of events) undo.off(e, later);
      offPageHide();
      if (timer) save();
    },
  };
}
