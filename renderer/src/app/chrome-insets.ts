import type { Insets } from '../canvas/camera';

/**
 * The shell's bars and panels that float over the board. What they cover is not the board's
 * visible area: fitting, zooming to the selection and the selection bar's docking keep clear of
 * them. One list here rather than a mark in every feature's markup.
 */
const CHROME = [
  '.top-bar > *',
  '.zoom-bar',
  '.timer-controls',
  '.tables-controls',
  '.present-controls',
  '.export-open-button',
  '.vote-open-button',
  '.vote-bar',
  '.search-bar',
  '.side-panel',
  '.selection-bar',
].join(', ');

/**
 * How far the bars inside `root` reach into it from each side, in pixels. A bar in the upper half
 * covers the top down to its lower edge, one in the lower half the bottom; a panel taller than half
 * the height covers its side. `except`: an element not counted (the one asking).
 */
export function measureChrome(root: HTMLElement, except?: Element): Insets {
  const area = root.getBoundingClientRect();
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const el of root.querySelectorAll(CHROME)) {
    if (el === except) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const top = r.top - area.top;
    const bottom = r.bottom - area.top;
    const left = r.left - area.left;
    const right = r.right - area.left;
    if (r.height > area.height / 2) {
      if ((left + right) / 2 > area.width / 2) insets.right = Math.max(insets.right, area.width - left);
      else insets.left = Math.max(insets.left, right);
    } else if ((top + bottom) / 2 < area.height / 2) insets.top = Math.max(insets.top, bottom);
    else insets.bottom = Math.max(insets.bottom, area.height - top);
  }
  return insets;
}
