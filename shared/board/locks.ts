import * as Y from 'yjs';
import { center, containsPoint, type Box } from './geometry';
import { itemsOf } from './doc';

/**
 * Locks (docs/architecture.md, "Locks"): a facilitator locks a card or a frame; participants may
 * then not move, resize, edit or delete it, nor anything a locked frame holds, nor drop a card
 * into a locked frame. The participant's page refuses at once (a toast) and the HOST refuses the
 * update anyway; both read the rule from here.
 */

/** The fields a lock depends on, as stored (unvalidated: a record may be incomplete for a moment). */
export interface LockFields {
  kind?: unknown;
  locked?: unknown;
  parentId?: unknown;
}

/** An item's lock fields by id: from a doc (`lookupIn`) or from a page's index of records. */
export type LockLookup = (id: string) => LockFields | undefined;

/** Reads lock fields straight from a doc's `items` map. */
export function lookupIn(doc: Y.Doc): LockLookup {
  const items = itemsOf(doc);
  return (id) => {
    const map: unknown = items.get(id);
    if (!(map instanceof Y.Map)) return undefined;
    return { kind: map.get('kind'), locked: map.get('locked'), parentId: map.get('parentId') };
  };
}

/** A frame that a facilitator locked. */
export function isLockedFrame(lookup: LockLookup, id: string | null | undefined): boolean {
  if (typeof id !== 'string') return false;
  const item = lookup(id);
  return item?.kind === 'frame' && item.locked === true;
}

/** Whether locks forbid a participant to change this item: locked itself, or held by a locked frame. */
export function isLockedIn(lookup: LockLookup, id: string): boolean {
  const item = lookup(id);
  if (!item) return false;
  if (item.locked === true) return true;
  return isLockedFrame(lookup, typeof item.parentId === 'string' ? item.parentId : null);
}

/** `isLockedIn` on a doc: what the HOST's check of a participant's update asks of the workshop doc. */
export function isLockedFor(doc: Y.Doc, id: string): boolean {
  return isLockedIn(lookupIn(doc), id);
}

/** A frame as membership sees it: its box and stacking order. */
export interface FrameBox extends Box {
  id: string;
  z: number;
}

/**
 * The frame a card with this box belongs to (the topmost frame under its centre, ignoring
 * `exclude`): the rule of `refreshMembership`, for asking where a card would land before moving it.
 */
export function landingFrame(frames: Iterable<FrameBox>, box: Box, exclude?: string): string | null {
  const c = center(box);
  let best: FrameBox | undefined;
  for (const f of frames) {
    if (f.id === exclude || !containsPoint(f, c.x, c.y)) continue;
    if (!best || f.z > best.z) best = f;
  }
  return best ? best.id : null;
}
