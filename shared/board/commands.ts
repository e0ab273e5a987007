import * as Y from 'yjs';
import { growToText } from './card-height';
import { containsPoint } from './geometry';
import { landingFrame } from './locks';
import { itemsOf, LOCAL_ORIGIN, readItem, writeItem, type ItemMap } from './doc';
import {
  DEFAULT_SIZE,
  ITEMS,
  newItemId,
  type ExperimentStatus,
  type FrameRecord,
  type ItemPatch,
  type NoteColor,
  type ItemRecord,
  type ThemeMark,
} from './records';

/**
 * Every change to the board is one of these named commands, run as one transaction on the
 * local origin, so it is one undo step and one update sent to the host and the room.
 */

interface Placement {
  x: number;
  y: number;
  w?: number;
  h?: number;
}
export type NewItem =
  | (Placement & { kind: 'note'; text?: string; color?: NoteColor })
  | (Placement & { kind: 'frame'; title?: string; color?: NoteColor; mark?: ThemeMark })
  | (Placement & { kind: 'text'; text?: string; fontSize?: number })
  | (Placement & { kind: 'quote'; quoteId: string })
  | (Placement & { kind: 'image'; assetId: string; alt?: string; caption?: string })
  | (Placement & { kind: 'proposal'; title?: string; body?: string; quoteIds?: readonly string[]; themeIds?: readonly string[] })
  | (Placement & {
      kind: 'experiment';
      title?: string;
      hypothesis?: string;
      place?: string;
      partners?: string;
      tested?: string;
      indicator?: string;
      startDate?: string;
      endDate?: string;
      status?: ExperimentStatus;
      proposalId?: string | null;
    });

const idSet = (ids: readonly string[] = []): Record<string, true> => Object.fromEntries(ids.map((i) => [i, true as const]));

function maxZ(items: Y.Map<ItemMap>): number {
  let z = 0;
  items.forEach((map) => {
    const v = map.get('z');
    if (typeof v === 'number' && v > z) z = v;
  });
  return z;
}

function buildRecord(input: NewItem, id: string, z: number): ItemRecord {
  const size = DEFAULT_SIZE[input.kind];
  const common = { id, x: input.x, y: input.y, w: input.w ?? size.w, h: input.h ?? size.h, z, parentId: null, tags: [] };
  switch (input.kind) {
    case 'note':
      return { ...common, kind: 'note', text: input.text ?? '', color: input.color ?? 'yellow' };
    case 'frame':
      return { ...common, kind: 'frame', title: input.title ?? '', color: input.color ?? 'grey', mark: input.mark ?? 'none' };
    case 'text':
      return { ...common, kind: 'text', text: input.text ?? '', fontSize: input.fontSize ?? 28 };
    case 'quote':
      return { ...common, kind: 'quote', quoteId: input.quoteId };
    case 'image':
      return { ...common, kind: 'image', assetId: input.assetId, alt: input.alt ?? '', ...(input.caption ? { caption: input.caption } : {}) };
    case 'proposal':
      return {
        ...common,
        kind: 'proposal',
        title: input.title ?? '',
        body: input.body ?? '',
        quoteLinks: idSet(input.quoteIds),
        themeLinks: idSet(input.themeIds),
      };
    case 'experiment':
      return {
        ...common,
        kind: 'experiment',
        title: input.title ?? '',
        hypothesis: input.hypothesis ?? '',
        place: input.place ?? '',
        partners: input.partners ?? '',
        tested: input.tested ?? '',
        indicator: input.indicator ?? '',
        startDate: input.startDate ?? '',
        endDate: input.endDate ?? '',
        status: input.status ?? 'idea',
        proposalId: input.proposalId ?? null,
      };
  }
}

/**
 * Runs `fn` as one transaction on the local origin (one undo step, one update); a command inside
 * another folds into the outer one. Every board and residency command goes through it.
 */
export const transact = <T>(doc: Y.Doc, fn: () => T): T => {
  let out!: T;
  doc.transact(() => {
    out = fn();
  }, LOCAL_ORIGIN);
  return out;
};

export function createItem(doc: Y.Doc, input: NewItem, id: string = newItemId(input.kind)): string {
  return transact(doc, () => {
    const items = itemsOf(doc);
    writeItem(items, buildRecord(input, id, maxZ(items) + 1));
    growToText(doc, [id]);
    refreshMembership(doc, [id]);
    return id;
  });
}

/**
 * Creates many items in one transaction: the board's top z is read once and membership refreshed
 * once, so adding k cards to a board of N walks it twice, not 2k times (a private round's reveal).
 */
export function createItems(doc: Y.Doc, inputs: readonly { input: NewItem; id: string }[]): void {
  if (inputs.length === 0) return;
  transact(doc, () => {
    const items = itemsOf(doc);
    const z = maxZ(items);
    inputs.forEach(({ input, id }, i) => writeItem(items, buildRecord(input, id, z + 1 + i)));
    growToText(doc, inputs.map((n) => n.id));
    refreshMembership(doc, inputs.map((n) => n.id));
  });
}

export function updateItem(doc: Y.Doc, id: string, patch: ItemPatch): void {
  transact(doc, () => {
    const map = itemsOf(doc).get(id);
    if (!map) return;
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'id' || key === 'kind' || value === undefined || ITEMS.texts.has(key) || ITEMS.idSets.has(key)) continue;
      if (Array.isArray(value)) {
        const old = map.get(key);
        if (!Array.isArray(old) || old.length !== value.length || old.some((v, i) => v !== value[i])) map.set(key, [...(value as unknown[])]);
      } else if (map.get(key) !== value) map.set(key, value);
    }
    // A new text or width may need a taller card (card-height.ts); a resize never cuts the text.
    const h = map.get('h');
    growToText(doc, [id]);
    if ('x' in patch || 'y' in patch || 'w' in patch || 'h' in patch || map.get('h') !== h) refreshMembership(doc, [id]);
  });
}

/** Children of the given frames, by id. */
function childrenOf(items: Y.Map<ItemMap>, frameIds: Set<string>): string[] {
  const out: string[] = [];
  if (frameIds.size === 0) return out;
  items.forEach((map, id) => {
    const parent = map.get('parentId');
    if (typeof parent === 'string' && frameIds.has(parent)) out.push(id);
  });
  return out;
}

function framesIn(items: Y.Map<ItemMap>, ids: Iterable<string>): Set<string> {
  const frames = new Set<string>();
  for (const id of ids) if (items.get(id)?.get('kind') === 'frame') frames.add(id);
  return frames;
}

/** Moves items by (dx, dy); a frame carries its cards; moved cards join the frame they land in. */
export function moveItems(doc: Y.Doc, ids: readonly string[], dx: number, dy: number): void {
  if (ids.length === 0 || (dx === 0 && dy === 0)) return;
  transact(doc, () => {
    const items = itemsOf(doc);
    const all = new Set(ids);
    for (const child of childrenOf(items, framesIn(items, ids))) all.add(child);
    for (const id of all) {
      const map = items.get(id);
      const x: unknown = map?.get('x');
      const y: unknown = map?.get('y');
      // A field can be missing for a moment while a peer's earlier update is still on its way
      // (tests/fuzz/sync-fuzz.ts): adding to it would write NaN into the board for good.
      if (!map || typeof x !== 'number' || typeof y !== 'number') continue;
      map.set('x', x + dx);
      map.set('y', y + dy);
    }
    refreshMembership(doc, ids);
  });
}

/**
 * Deletes items. Cards of a deleted frame stay on the board, out of any frame: nothing is lost by
 * surprise. Links to what is deleted go with it (a proposal's link to a deleted theme, an
 * experiment's link to a deleted proposal), in the same transaction, so undo brings them back.
 */
export function deleteItems(doc: Y.Doc, ids: readonly string[]): void {
  if (ids.length === 0) return;
  transact(doc, () => {
    const items = itemsOf(doc);
    const gone = new Set(ids.filter((id) => items.has(id)));
    for (const child of childrenOf(items, framesIn(items, gone))) {
      if (!gone.has(child)) items.get(child)?.set('parentId', null);
    }
    for (const id of gone) items.delete(id);
    items.forEach((map) => {
      const themes = map.get('themeLinks');
      if (themes instanceof Y.Map) for (const id of [...themes.keys()]) if (gone.has(id)) themes.delete(id);
      const proposal = map.get('proposalId');
      if (typeof proposal === 'string' && gone.has(proposal)) map.set('proposalId', null);
    });
  });
}

/**
 * Adds copies of records (from the clipboard or a duplicate) shifted by (dx, dy), with new ids.
 * Parent links inside the copied set follow the copies; links outside it are recomputed.
 * Returns the new ids in the order given.
 */
export function insertCopies(doc: Y.Doc, records: readonly ItemRecord[], dx: number, dy: number): string[] {
  // A quote card pasted from another project points at a quote this one does not have: it would show nothing.
  const quotes = doc.getMap('quotes');
  records = records.filter((r) => r.kind !== 'quote' || quotes.has(r.quoteId));
  if (records.length === 0) return [];
  return transact(doc, () => {
    const items = itemsOf(doc);
    const newIds = new Map(records.map((r) => [r.id, newItemId(r.kind)]));
    let z = maxZ(items);
    const created: string[] = [];
    for (const r of records) {
      const id = newIds.get(r.id)!;
      const parentId = r.parentId !== null ? (newIds.get(r.parentId) ?? null) : null;
      const copy: ItemRecord = { ...r, id, x: r.x + dx, y: r.y + dy, z: ++z, parentId };
      // A copy starts unlocked: a lock is a facilitator's choice about one card, not about its copies.
      delete copy.locked;
      // Links follow the copies when their target was copied too; otherwise they keep the original.
      if (copy.kind === 'proposal') {
        // A copy is a new proposal, not yet decided (and a participant's paste never writes a decision).
        delete copy.decision;
        copy.themeLinks = Object.fromEntries(Object.keys(copy.themeLinks).map((t) => [newIds.get(t) ?? t, true as const]));
      }
      if (copy.kind === 'experiment' && copy.proposalId !== null) copy.proposalId = newIds.get(copy.proposalId) ?? copy.proposalId;
      writeItem(items, copy);
      created.push(id);
    }
    growToText(doc, created);
    refreshMembership(
      doc,
      created.filter((id) => items.get(id)?.get('parentId') === null),
    );
    return created;
  });
}

/** Copies of the items and, for frames, their cards. */
export function duplicateItems(doc: Y.Doc, ids: readonly string[], dx = 24, dy = 24): string[] {
  const items = itemsOf(doc);
  const all = new Set(ids);
  for (const child of childrenOf(items, framesIn(items, ids))) all.add(child);
  const records = [...all].map((id) => items.get(id)).flatMap((m) => (m ? [readItem(m)] : [])).filter((r): r is ItemRecord => !!r);
  // Frames first, so a card's copy can point at its frame's copy.
  records.sort((a, b) => (a.kind === 'frame' ? 0 : 1) - (b.kind === 'frame' ? 0 : 1));
  return insertCopies(doc, records, dx, dy);
}

/**
 * Recomputes frame membership after the given items changed place or size: a card belongs to
 * the topmost frame under its centre; a frame that moved or grew adopts the cards now inside it.
 * Frames do not nest. Must run inside a transaction.
 */
export function refreshMembership(doc: Y.Doc, changed: Iterable<string>): void {
  const items = itemsOf(doc);
  const frames: FrameRecord[] = [];
  items.forEach((map) => {
    if (map.get('kind') !== 'frame') return;
    const f = readItem(map);
    if (f?.kind === 'frame') frames.push(f);
  });
  const check = new Set<string>();
  const changedFrames = new Set<string>();
  for (const id of changed) {
    const kind: unknown = items.get(id)?.get('kind');
    if (kind === 'frame') changedFrames.add(id);
    else if (kind !== undefined) check.add(id);
  }
  if (changedFrames.size > 0) {
    // A changed frame may have gained or lost cards: look at cards it holds or now covers.
    const boxes = frames.filter((f) => changedFrames.has(f.id));
    items.forEach((map, id) => {
      if (map.get('kind') === 'frame') return;
      const parent = map.get('parentId');
      if (typeof parent === 'string' && changedFrames.has(parent)) return check.add(id);
      const x = map.get('x') as number;
      const y = map.get('y') as number;
      const w = map.get('w') as number;
      const h = map.get('h') as number;
      if (boxes.some((b) => containsPoint(b, x + w / 2, y + h / 2))) check.add(id);
    });
  }
  for (const id of check) {
    const map = items.get(id);
    if (!map) continue;
    const box = { x: map.get('x') as number, y: map.get('y') as number, w: map.get('w') as number, h: map.get('h') as number };
    const parent = landingFrame(frames, box, id);
    if (map.get('parentId') !== parent) map.set('parentId', parent);
  }
}


/**
 * Locks or unlocks items (a facilitator's command, one undo step). Unlocking removes the field, so
 * a board that was never locked stays as it was written.
 */
export function setLocked(doc: Y.Doc, ids: readonly string[], locked: boolean): void {
  transact(doc, () => {
    const items = itemsOf(doc);
    for (const id of ids) {
      const map = items.get(id);
      if (!map) continue;
      if (locked && map.get('locked') !== true) map.set('locked', true);
      else if (!locked && map.has('locked')) map.delete('locked');
    }
  });
}
