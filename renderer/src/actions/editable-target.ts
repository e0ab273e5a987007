/**
 * Whether a key press is typing: its target is a text field, a select or editable text. Read
 * from the element's own properties, so it holds for any element (and in tests without a DOM).
 */
export function isEditableTarget(el: EventTarget | null): boolean {
  if (el === null || typeof el !== 'object' || !('tagName' in el)) return false;
  const { tagName, isContentEditable } = el as { tagName?: unknown; isContentEditable?: unknown };
  return isContentEditable === true || tagName === 'TEXTAREA' || tagName === 'INPUT' || tagName === 'SELECT';
}

/** A focused button takes Enter and Space for itself (they press it). */
export function isButtonTarget(el: EventTarget | null): boolean {
  return el !== null && typeof el === 'object' && 'tagName' in el && (el as { tagName?: unknown }).tagName === 'BUTTON';
}

/** Whether an element sits inside a panel or a dialog, which has its own use for Escape (closing itself). */
export function isInPanel(el: EventTarget | null): boolean {
  const closest = el !== null && typeof el === 'object' && 'closest' in el ? (el as { closest: unknown }).closest : null;
  return typeof closest === 'function' && (closest as (s: string) => unknown).call(el, '[role="dialog"], .side-panel') !== null;
}
