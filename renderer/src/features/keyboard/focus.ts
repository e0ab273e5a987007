import { useLayoutEffect } from 'react';

/** What carries the keyboard's place on the board: every card element of the accessible layer. */
export const CARD_ATTR = 'data-card-id';

/** The card a key press came from (its element in the accessible layer), if any. */
export function cardOfTarget(target: EventTarget | null): string | null {
  if (target === null || typeof target !== 'object' || !('closest' in target)) return null;
  const el = (target as Element).closest(`[${CARD_ATTR}]`);
  return el?.getAttribute(CARD_ATTR) ?? null;
}

/** Whether a key press is on the board itself: a card of the layer, the canvas, or nothing focused. */
export function onBoard(target: EventTarget | null): boolean {
  if (target === null || typeof target !== 'object' || !('tagName' in target)) return true;
  const el = target as Element;
  if (el.tagName === 'BODY' || el.tagName === 'HTML') return true;
  return cardOfTarget(target) !== null || el.closest('.board-canvas') !== null;
}

/** Focuses a card's element, if the layer shows it; false when it does not (yet). */
export function focusCardElement(id: string): boolean {
  const el = document.querySelector<HTMLElement>(`[${CARD_ATTR}="${CSS.escape(id)}"]`);
  if (!el) return false;
  el.focus({ preventScroll: true });
  return document.activeElement === el;
}

let wanted: string | null = null;

/** Asks the layer to focus this card once it has drawn its element (after the view moved to it). */
export function requestCardFocus(id: string): void {
  if (!focusCardElement(id)) wanted = id;
}

/** The card the layer should focus after its next render, taken once. */
export function takeFocusRequest(): string | null {
  const id = wanted;
  wanted = null;
  return id;
}

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside `container` (a modal dialog): from the last control to the first and back. */
export function trapTab(e: { key: string; shiftKey: boolean; preventDefault(): void }, container: HTMLElement | null): void {
  if (e.key !== 'Tab' || !container) return;
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return e.preventDefault();
  const inside = container.contains(document.activeElement);
  if (e.shiftKey && (document.activeElement === first || !inside)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * A dialog or panel gives the focus back, when it closes, to where it was when it opened; when
 * that element is gone (a card deleted meanwhile), to the board's current card.
 */
export function useReturnFocus(): void {
  useLayoutEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      // After the dialog's own elements are gone.
      queueMicrotask(() => {
        const now = document.activeElement;
        if (now && now !== document.body && now.isConnected) return;
        if (before && before.isConnected && before !== document.body) before.focus({ preventScroll: true });
        else document.querySelector<HTMLElement>(`[${CARD_ATTR}][tabindex="0"]`)?.focus({ preventScroll: true });
      });
    };
  }, []);
}
