import type { Box } from '@shared/board/geometry';
import { frameTitleLayout } from '@shared/board/card-layout';
import type { FittedText } from '@shared/board/fit-text';
import { displayText } from '../display-text';
import { cachedLayout, canvasMeasure } from '../fitted-text';
import { frameHeader } from './frame-geometry';

/** Longest frame title drawn (the panel shows the rest). */
const MAX_TITLE_CHARS = 400;

/**
 * A frame's title as the board draws it: the exports' rule (frameTitleLayout: shrunk, then wrapped,
 * then the header band grows), measured with the canvas and cached per title and size, so drawing,
 * grabbing and renaming all use the same band.
 */
export function frameTitleFit(frame: Box, text: string): { title: FittedText; headerH: number } {
  const band = frameHeader(frame).h;
  const shown = displayText(text, MAX_TITLE_CHARS);
  return cachedLayout(`frame|${frame.w}|${band}|${shown}`, () => frameTitleLayout(shown, frame.w, band, canvasMeasure('bold')));
}

/** The frame's header band once its whole title shows (within the frame). */
export function fittedFrameHeader(frame: Box & { title: string }): Box {
  const header = frameHeader(frame);
  return { ...header, h: Math.min(frame.h, Math.max(header.h, frameTitleFit(frame, frame.title).headerH)) };
}
