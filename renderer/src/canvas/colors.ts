import { FRAME_WASH } from '@shared/board/palette';
import type { NoteColor } from '@shared/board/records';

/** The board's colours come from one table in shared/, which the exported pictures read too. */
export { EXPERIMENT, FRAME_EDGE, INK, NOTE_FILL, PROPOSAL, QUOTE_BAR, QUOTE_PAPER, QUOTE_WHO } from '@shared/board/palette';

/** `#rrggbb` at `opacity`, as the canvas takes it. */
function rgba(hex: string, opacity: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${opacity})`;
}

/** Frames are a light wash of the colour, with a darker edge and header. */
export const FRAME_FILL = Object.fromEntries(
  Object.entries(FRAME_WASH).map(([color, wash]) => [color, rgba(wash.color, wash.opacity)]),
) as Record<NoteColor, string>;

export { SELECTION as SELECTION_COLOR } from '@shared/board/palette';
