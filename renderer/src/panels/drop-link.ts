import * as Y from 'yjs';
import { moveItems } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItem } from '@shared/board/doc';
import { containsPoint } from '@shared/board/geometry';
import type { ProposalRecord } from '@shared/board/records';
import { linkQuote, placementRefusal } from '@shared/residency/commands';
import type { Editor } from '../canvas/editor';

const FLAG = 'tablee:drop-link';

/**
 * Dropping a quote card onto a proposal links the quote to it, and the card goes back where it
 * came from (its theme keeps it). Undo takes back the link and the drop at once.
 */
export function installDropLink(editor: Editor, onLinked: (count: number) => void): () => void {
  const { doc, undo } = editor;
  const items = itemsOf(doc);
  let marking = false;

  const onDeep = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction): void => {
    if (tr.origin !== LOCAL_ORIGIN || marking) return;
    const moved: { id: string; dx: number; dy: number }[] = [];
    for (const ev of events) {
      const map = ev.target;
      if (!(map instanceof Y.Map) || map._item?.parent !== items || map.get('kind') !== 'quote') continue;
      const kx = ev.changes.keys.get('x');
      const ky = ev.changes.keys.get('y');
      if (!kx && !ky) continue;
      const x = map.get('x') as number;
      const y = map.get('y') as number;
      moved.push({ id: map.get('id') as string, dx: kx ? (kx.oldValue as number) - x : 0, dy: ky ? (ky.oldValue as number) - y : 0 });
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
      if (target && !placementRefusal(doc, card.quoteId)) drops.push({ ...m, quoteId: card.quoteId, proposal: target.id });
    }
    if (drops.length === 0) return;
    queueMicrotask(() => {
      marking = true;
      try {
        editor.command(() => {
          for (const d of drops) {
            linkQuote(doc, d.proposal, d.quoteId);
            moveItems(doc, [d.id], d.dx, d.dy);
          }
        });
      } finally {
        marking = false;
      }
      onLinked(drops.length);
    });
  };

  const onAdded = (e: { stackItem: { meta: Map<string, unknown> }; type: 'undo' | 'redo' }): void => {
    if (marking && e.type === 'undo') e.stackItem.meta.set(FLAG, true);
  };
  // The link and its drop are two stack items; undo and redo them together. A popped item is
  // replaced by a fresh one on the other stack (already added when this fires): carry the flag.
  const onPopped = (e: { stackItem: { meta: Map<string, unknown> }; type: 'undo' | 'redo' }): void => {
    if (e.stackItem.meta.get(FLAG)) {
      const other = e.type === 'undo' ? undo.redoStack : undo.undoStack;
      other[other.length - 1]?.meta.set(FLAG, true);
      if (e.type === 'undo') queueMicrotask(() => undo.undo());
    } else if (e.type === 'redo' && undo.redoStack[undo.redoStack.length - 1]?.meta.get(FLAG)) {
      queueMicrotask(() => undo.redo());
    }
  };

  items.observeDeep(onDeep);
  undo.on('stack-item-added', onAdded);
  undo.on('stack-item-popped', onPopped);
  return () => {
    items.unobserveDeep(onDeep);
    undo.off('stack-item-added', onAdded);
    undo.off('stack-item-popped', onPopped);
  };
}
