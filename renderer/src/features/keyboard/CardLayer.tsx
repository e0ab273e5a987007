import { memo, useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { intersects } from '@shared/board/geometry';
import { readingOrder } from '@shared/board/reading-order';
import type { ItemRecord } from '@shared/board/records';
import { inflate, viewportBox } from '../../canvas/camera';
import type { Editor } from '../../canvas/editor';
import { useVisibleItems } from '../../canvas/use-visible-items';
import { cardOrder, successorOf } from './card-order';
import { describeCard } from './card-words';
import { CARD_ATTR, focusCardElement, takeFocusRequest } from './focus';

/** More cards than this near the view (zoomed far out): the layer holds the selected ones alone. */
const MAX_NEAR = 600;
/** The most card elements the layer holds: a screen reader's list stays short, the DOM small. */
const MAX_CARDS = 150;

/**
 * The board's cards for the keyboard and screen readers: a list of focusable elements, one per
 * card near the view, laid over the canvas at each card's place (so the focus ring shows on the
 * card) and moved with the camera by one transform on the list, never per card. The list changes
 * only when the canvas's own viewport query does (useVisibleItems reuses it across pan frames),
 * so panning costs one style write. Pointer events go through to the canvas.
 */
export function CardLayer({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(editor.subscribe, editor.getState);
  const version = useSyncExternalStore(editor.index.subscribe, editor.index.getVersion);
  const { camera, size, selection, editing } = state;
  const nearby = useVisibleItems(editor.index, camera, size, version);
  const residency = useSyncExternalStore(editor.residency.subscribe, editor.residency.get);

  const cards = useMemo(() => {
    const near = nearby.length > MAX_NEAR ? [] : nearby;
    const view = inflate(viewportBox(editor.getState().camera, editor.getState().size), 0.35);
    const list = readingOrder(near.filter((i) => intersects(i, view))).slice(0, MAX_CARDS);
    // The selected cards are always there: the focus may stay on them wherever the view goes.
    const shown = new Set(list.map((i) => i.id));
    if (selection.size <= 20) for (const id of selection) {
      const item = editor.index.get(id);
      if (item && !shown.has(id)) list.push(item);
    }
    return list.map((item) => ({ item, label: describeCard(editor, item, t) }));
    // `residency`: a quote's words may have changed.
  }, [nearby, selection, editor, residency, t]);

  // One card takes Tab from outside the list (roving focus): the selected one, else the first.
  const [firstSelected] = selection;
  const entry = firstSelected !== undefined && cards.some((c) => c.item.id === firstSelected) ? firstSelected : cards[0]?.item.id;

  // The focused card, to give the focus to its successor when it is deleted.
  const focused = useRef<string | null>(null);
  useLayoutEffect(() => {
    const asked = takeFocusRequest();
    if (asked !== null) focusCardElement(asked);
    const gone = focused.current;
    if (gone !== null && !editor.index.get(gone)) {
      focused.current = null;
      const active = document.activeElement;
      if (active === null || active === document.body) {
        const next = successorOf(editor, gone);
        if (next) {
          editor.select([next.id]);
          if (!focusCardElement(next.id)) requestAnimationFrame(() => focusCardElement(next.id));
        }
      }
    }
  });

  // Escape from writing a card brings the keyboard back to the card.
  const wasEditing = useRef<string | null>(null);
  useEffect(() => {
    const was = wasEditing.current;
    wasEditing.current = editing?.id ?? null;
    if (was === null || editing !== null) return;
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if ((active === null || active === document.body) && editor.index.get(was)) focusCardElement(was);
    });
  }, [editing, editor]);

  return (
    <div className="card-layer board-anchored">
      <div
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('reader.layer')}
        data-testid="card-layer"
        className="card-layer-list"
        style={{ transform: `translate(${camera.x}px, ${camera.y}px) scale(${camera.zoom})`, ['--card-ring' as string]: `${3 / camera.zoom}px` }}
        onFocus={(e) => {
          const id = e.target.getAttribute(CARD_ATTR);
          if (id === null) return;
          focused.current = id;
          // Read now, while it holds this card: a deletion then finds the card that follows.
          cardOrder(editor);
          if (!editor.selection.has(id)) editor.select([id]);
        }}
      >
        {cards.map(({ item, label }) => (
          <CardElement key={item.id} item={item} label={label} selected={selection.has(item.id)} entry={item.id === entry} />
        ))}
      </div>
    </div>
  );
}

const CardElement = memo(function CardElement({ item, label, selected, entry }: { item: ItemRecord; label: string; selected: boolean; entry: boolean }) {
  return (
    <div
      role="option"
      aria-selected={selected}
      aria-label={label}
      tabIndex={entry ? 0 : -1}
      {...{ [CARD_ATTR]: item.id }}
      className="card-layer-card"
      style={{ left: item.x, top: item.y, width: item.w, height: item.h }}
    />
  );
});
