import { refreshMembership } from '@shared/board/commands';
import { itemsOf } from '@shared/board/doc';
import type { Editor } from './editor';
import { LIVE_MIN_INTERVAL_MS, LiveGesture, type MoveTotal } from './live-gesture';

/**
 * A selection of up to LIVE_CARDS is written slower than LIVE_MIN_INTERVAL_MS as it grows (2 ms
 * per card: 50 cards, 10 a second). A larger one is written only when the pointer rests
 * (REST_MS without moving) and at the drop: one write of 200 cards costs the page several frames
 * (Yjs, the index, the push to the HOST, the redraw: 25–60 ms measured in Chromium on a 2-core
 * machine), so writing while it moves made the drag stutter. Peers see a big move where the
 * mover pauses and where it lands; the drop is exact whatever the pace.
 */
const MS_PER_CARD = 2;
const LIVE_CARDS = 50;
const REST_MS = 250;

/**
 * Moving the selection, live: `ids` are what was picked up, `carried` every item that moves
 * with them (the cards of a picked-up frame). Each frame writes start + offset (whole board
 * units) for what changed; the end writes the exact position of every one (observers see all
 * that moved) and settles which frame each card now belongs to, as `moveItems` does.
 */
export function startLiveMove(editor: Editor, ids: readonly string[], carried: ReadonlySet<string>): LiveGesture<MoveTotal> {
  const items = itemsOf(editor.doc);
  const start = new Map<string, { x: number; y: number }>();
  for (const id of carried) {
    const item = editor.index.get(id);
    if (item) start.set(id, { x: item.x, y: item.y });
  }
  return new LiveGesture<MoveTotal>(
    editor.doc,
    editor.undo,
    (o, final) => {
      for (const [id, s] of start) {
        const map = items.get(id);
        if (!map) continue;
        const x = s.x + o.dx;
        const y = s.y + o.dy;
        if (final || map.get('x') !== x) map.set('x', x);
        if (final || map.get('y') !== y) map.set('y', y);
      }
      if (final) refreshMembership(editor.doc, ids);
    },
    (a, b) => a.dx === b.dx && a.dy === b.dy,
    (o) => ({ dx: o.dx, dy: o.dy }),
    Math.max(LIVE_MIN_INTERVAL_MS, Math.min(start.size, LIVE_CARDS) * MS_PER_CARD),
    start.size > LIVE_CARDS ? REST_MS : 0,
  );
}
