import type { Box } from '@shared/board/geometry';

export const FRAME_HEADER = 44;
export const FRAME_TITLE_SIZE = 22;
export const NOTE_PADDING = 12;
export const NOTE_FONT_SIZE = 18;
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/** The header band of a frame (where its title sits and where it is grabbed). */
export function frameHeader(frame: Box): Box {
  return { x: frame.x, y: frame.y, w: frame.w, h: Math.min(FRAME_HEADER, frame.h / 2) };
}

/** Smallest on-screen size of a frame title, in pixels. */
export const MIN_TITLE_PX = 10;

/** Title enlargement for a zoom (1 when the title is legible as it is), in coarse steps. */
export function titleScaleFor(zoom: number): number {
  const raw = MIN_TITLE_PX / (FRAME_TITLE_SIZE * zoom);
  if (raw <= 1) return 1;
  return Math.pow(2, Math.ceil(Math.log2(raw) * 4) / 4);
}

/** Room left and right of the title inside the header band. */
export const TITLE_INSET = 14;
export const TITLE_LINE_HEIGHT = 1.15;

/**
 * Zoomed out (`titleScale` > 1), the title is written larger on a label from just above the
 * frame's edge, its first line above the edge and a second one, if needed, over the header band
 * (what sits above a frame, a phase's caption, is left clear). This is that label's box relative
 * to the frame's corner. Its part above the edge belongs to the frame as its header does (a
 * click there takes the frame, a double-click renames it): `titleHitAbove`.
 */
export function titleAboveBox(frameW: number, titleScale: number): Box {
  const size = FRAME_TITLE_SIZE * titleScale;
  return { x: 0, y: -size * (TITLE_LINE_HEIGHT + 0.3), w: frameW, h: 2 * size * TITLE_LINE_HEIGHT };
}

/** The label's part above the frame's edge, relative to the frame's corner. */
export function titleHitAbove(frameW: number, titleScale: number): Box {
  const box = titleAboveBox(frameW, titleScale);
  return { ...box, h: -box.y };
}
