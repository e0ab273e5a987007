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
