import { readingOrder } from '@shared/board/reading-order';
import type { ItemRecord } from '@shared/board/records';
import type { Editor } from '../../canvas/editor';
import { centreOn } from '../../canvas/camera';
import { contains } from '@shared/board/geometry';

interface Cached {
  version: number;
  order: ItemRecord[];
  position: Map<string, number>;
}

const caches = new WeakMap<Editor, Cached>();

/**
 * The board's reading order (shared/board/reading-order.ts), computed when a key asks for it and
 * kept until a card is added, removed, moved, resized or put in another frame: Tab after Tab sorts
 * once, a text typed in a busy room does not make the next Tab sort the whole board again, and
 * nothing of it runs while the view pans. Its records may be older than the text they hold: read
 * a card through the index (`stepFrom` does).
 */
export function cardOrder(editor: Editor): Cached {
  const version = editor.index.layoutVersion;
  const cached = caches.get(editor);
  if (cached && cached.version === version) return cached;
  const order = readingOrder(editor.index.all());
  const next: Cached = { version, order, position: new Map(order.map((r, i) => [r.id, i])) };
  caches.set(editor, next);
  return next;
}

/** The card after (1) or before (-1) `from` in reading order; the first or last when `from` is none. Undefined past the ends. */
export function stepFrom(editor: Editor, from: string | null, direction: 1 | -1): ItemRecord | undefined {
  const { order, position } = cardOrder(editor);
  const at = from === null ? undefined : position.get(from);
  const card = at === undefined ? (direction === 1 ? order[0] : order.at(-1)) : order[at + direction];
  // The index's record: the cached one may hold an older text.
  return card && (editor.index.get(card.id) ?? card);
}

/**
 * The card that takes the keyboard focus when `gone` left the board: the next one in the order
 * read before it went (else the one before). Read from the last order computed, which still holds it.
 */
export function successorOf(editor: Editor, gone: string): ItemRecord | undefined {
  const previous = caches.get(editor);
  const at = previous?.position.get(gone);
  if (!previous || at === undefined) return undefined;
  for (let i = at + 1; i < previous.order.length; i++) {
    const r = editor.index.get(previous.order[i]!.id);
    if (r) return r;
  }
  for (let i = at - 1; i >= 0; i--) {
    const r = editor.index.get(previous.order[i]!.id);
    if (r) return r;
  }
  return undefined;
}

/** Reads the order now, so that a deletion that follows can find the focused card's successor. */
export function rememberOrder(editor: Editor): void {
  cardOrder(editor);
}

/** The view follows the card the keyboard reached: centred when it is not wholly on screen, at a readable zoom. */
export function bringIntoView(editor: Editor, item: ItemRecord): void {
  const view = editor.viewport();
  const { camera, size } = editor.getState();
  if (contains(view, item) && camera.zoom >= 0.5) return;
  const zoom = Math.max(camera.zoom, 0.5);
  // A card larger than the screen (a frame) is fitted instead.
  if (item.w * zoom > size.width * 0.9 || item.h * zoom > size.height * 0.9) {
    editor.zoomToItems([item.id]);
    return;
  }
  editor.setCamera(centreOn(item.x + item.w / 2, item.y + item.h / 2, zoom, size));
}

/** Selects the card reached by the keyboard and brings it into view. */
export function reachCard(editor: Editor, item: ItemRecord): void {
  editor.select([item.id]);
  bringIntoView(editor, item);
}
