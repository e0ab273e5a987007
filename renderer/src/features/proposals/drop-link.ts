import * as Y from 'yjs';
import { moveItems } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItem } from '@shared/board/doc';
import { containsPoint } from '@shared/board/geometry';
import type { ProposalRecord } from '@shared/board/records';
import { linkQuote, placementRefusal } from '@shared/residency/commands';
import type { Editor } from '../../canvas/editor';
import { GESTURE_END, GESTURE_LIVE, type MoveTotal } from '../../canvas/live-gesture';

/** Marks the transaction that links and puts the card back, so its own move is not taken for a drop. */
const FLAG = 'tablee:drop-link';

/**
 * Dropping a quote card onto a proposal links the quote to it, and the card goes back where it
 * came from (its theme keeps it). One undo step takes back both: the link is written from the
 * drop's own observer, so its transaction follows the drop's before the undo manager closes the
 * step (the manager merges transactions of one gesture), and redo replays both.
 */
export function installDropLink(editor: Editor, onLinked: (count: number) => void): () => void {
  const { doc } = editor;
  const items = itemsOf(doc);

  const onDeep = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction): void => {
    if (tr.origin !== LOCAL_ORIGIN || tr.meta.get(FLAG)) return;
    // A drag writes every frame: only its drop counts, and the card goes back the whole way.
    if (tr.meta.has(GESTURE_LIVE)) return;
    const whole = tr.meta.get(GESTURE_END) as MoveTotal | undefined;
    const moved: { id: string; dx: number; dy: number }[] = [];
    for (const ev of events) {
      const map = ev.target;
      if (!(map instanceof Y.Map) || map._item?.parent !== items || map.get('kind') !== 'quote') continue;
      const kx = ev.changes.keys.get('x');
      const ky = ev.changes.keys.get('y');
      if (!kx && !ky) continue;
      const x = map.get('x') as number;
      const y = map.get('y') as number;
      if (typeof whole === 'object') moved.push({ id: map.get('id') as string, dx: -whole.dx, dy: -whole.dy });
      else moved.push({ id: map.get('id') as string, dx: kx ? (kx.oldValue as number) - x : 0, dy: ky ? (ky.oldValue as number) - y : 0 });
    }
    if (moved.length === 0) return;
    const proposals: ProposalRecord[] = [];
    items.forEach((m) => {
      if (m.get('kind') !== 'proposal') return;
      const p = readItem(m);
      if (p?.kind === 'proposal') proposals.push(p);
    });
    const drops: { id: string; dx: number; dy: number; quoteId: string; proposal: string }[] = [];
    for (const m of moved) {
      const card = readItem(items.get(m.id)!);
      if (card?.kind !== 'quote') continue;
      const cx = card.x + card.w / 2;
      const cy = card.y + card.h / 2;
      const target = proposals.filter((p) => containsPoint(p, cx, cy)).sort((a, b) => b.z - a.z)[0];
      // A proposal locked by the facilitators takes no link from a participant's drop.
      if (target && !placementRefusal(doc, card.quoteId) && !editor.locks.lockedForMe(target.id)) drops.push({ ...m, quoteId: card.quoteId, proposal: target.id });
    }
    if (drops.length === 0) return;
    // Observers run after the drop's transaction and before the undo manager sees it: a
    // transaction started here is queued right behind it, in the same undo step.
    doc.transact((link) => {
      link.meta.set(FLAG, true);
      for (const d of drops) {
        linkQuote(doc, d.proposal, d.quoteId);
        moveItems(doc, [d.id], d.dx, d.dy);
      }
    }, LOCAL_ORIGIN);
    queueMicrotask(() => onLinked(drops.length));
  };

  items.observeDeep(onDeep);
  return () => items.unobserveDeep(onDeep);
}
