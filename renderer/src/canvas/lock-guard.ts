import * as Y from 'yjs';
import { itemsOf } from '@shared/board/doc';
import { intersects, type Box } from '@shared/board/geometry';
import { isLockedFrame, isLockedIn, landingFrame, type FrameBox, type LockLookup } from '@shared/board/locks';
import type { ItemRecord } from '@shared/board/records';
import { recordsOfStep, type StepSets } from '@shared/board/step-records';
import type { ItemIndex } from './item-index';

/** A card as it would be after a change: where it goes, and whether it is a frame. */
export interface Landing extends Box {
  id?: string;
  kind: string;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * What locks forbid in a participant's page, asked before each change (docs/architecture.md,
 * "Locks"): the HOST would refuse the update anyway, and the page would then start over. Every
 * `refused…` question answers true and says so (`onRefused`: a toast) when locks forbid the
 * change; in a facilitator's page nothing is ever refused. Costs a few lookups in the board's
 * index per gesture, never a walk of the board.
 */
export class LockGuard {
  /** Told when locks (or a decision: `decided`) refused a participant's gesture. */
  onRefused: ((why: 'locked' | 'decided') => void) | null = null;
  private readonly lookup: LockLookup;

  constructor(
    private readonly doc: Y.Doc,
    private readonly index: ItemIndex,
    readonly facilitator: boolean,
  ) {
    this.lookup = (id) => index.get(id);
  }

  private refuse(why: 'locked' | 'decided' = 'locked'): true {
    this.onRefused?.(why);
    return true;
  }

  /** Whether locks keep me from changing this card (never a facilitator); says nothing. */
  lockedForMe(id: string): boolean {
    return !this.facilitator && isLockedIn(this.lookup, id);
  }

  /** Locks forbid changing one of `ids` (locked, or held by a locked frame). */
  refused(ids: Iterable<string>): boolean {
    if (this.facilitator) return false;
    for (const id of ids) if (isLockedIn(this.lookup, id)) return this.refuse();
    return false;
  }

  /**
   * Deleting `ids`: locks forbid it, or one is a decided proposal (deleting it would delete the
   * facilitators' decision, which the HOST refuses from a participant: shared/records/items.ts).
   */
  refusedDeletion(ids: readonly string[]): boolean {
    if (this.facilitator) return false;
    for (const id of ids) {
      const item = this.index.get(id);
      if (item?.kind === 'proposal' && item.decision) return this.refuse('decided');
    }
    return this.refused(ids);
  }

  /**
   * One of these cards, placed as given, would land in a locked frame it is not in yet, or a
   * frame would be laid over a locked one (it would take its cards). `moved`: the frames moving
   * with them (where they are now is not where they will be).
   */
  refusedLanding(landings: readonly Landing[], moved: ReadonlySet<string> = NONE): boolean {
    if (this.facilitator || landings.length === 0) return false;
    const movedFrames = landings.filter((l): l is Landing & { id: string } => l.kind === 'frame' && l.id !== undefined);
    const z = (id: string): number => this.index.get(id)?.z ?? Number.MAX_SAFE_INTEGER;
    for (const l of landings) {
      if (l.kind === 'frame') {
        const under = this.index.idsIn(l).some((f) => f.kind === 'frame' && f.id !== l.id && !moved.has(f.id) && f.locked === true && intersects(f, l));
        if (under) return this.refuse();
        continue;
      }
      const c = { x: l.x + l.w / 2, y: l.y + l.h / 2 };
      const frames: FrameBox[] = this.index.at(c.x, c.y).filter((f) => f.kind === 'frame' && !moved.has(f.id));
      for (const f of movedFrames) frames.push({ id: f.id, x: f.x, y: f.y, w: f.w, h: f.h, z: z(f.id) });
      const target = landingFrame(frames, l, l.id);
      const before = l.id !== undefined ? this.index.get(l.id)?.parentId : undefined;
      if (target !== null && target !== before && isLockedFrame(this.lookup, target)) return this.refuse();
    }
    return false;
  }

  /** Moving `ids` (and what their frames carry) by (dx, dy). */
  refusedMove(ids: readonly string[], dx: number, dy: number): boolean {
    if (this.facilitator) return false;
    const frames = new Set(ids.filter((id) => this.index.get(id)?.kind === 'frame'));
    if (this.refused([...ids, ...this.index.childrenOf(frames)])) return true;
    return this.refusedDrop(ids, (id) => this.index.get(id), dx, dy);
  }

  /**
   * Dropping `ids` by (dx, dy) from where `from` says they were would put a card into a locked
   * frame (a drag asks with the places it picked the cards up from: the doc follows the drag).
   */
  refusedDrop(ids: readonly string[], from: (id: string) => ItemRecord | undefined, dx: number, dy: number): boolean {
    if (this.facilitator) return false;
    const frames = new Set(ids.filter((id) => from(id)?.kind === 'frame'));
    const landings: Landing[] = [];
    for (const id of ids) {
      const item = from(id);
      // A card carried by a moving frame stays in it.
      if (item && !(item.parentId !== null && frames.has(item.parentId))) landings.push({ id, kind: item.kind, x: item.x + dx, y: item.y + dy, w: item.w, h: item.h });
    }
    return this.refusedLanding(landings, frames);
  }

  /**
   * An undo or redo step changes a card the facilitators locked since I made it, or takes away a
   * proposal they decided since (undoing my creation of it would delete their decision).
   */
  refusedStep(step: StepSets | undefined): boolean {
    if (this.facilitator || step === undefined) return false;
    const records = recordsOfStep(this.doc, step);
    for (const id of records) {
      const item = this.index.get(id);
      const record = itemsOf(this.doc).get(id)?._item;
      // The step made the record itself: undoing it deletes the record, decision and all.
      if (item?.kind === 'proposal' && item.decision && record && Y.isDeleted(step.insertions, record.id)) return this.refuse('decided');
    }
    return this.refused(records);
  }
}
