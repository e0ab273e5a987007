import type { NoteColor } from '@shared/board/records';

/** Sticky-note paper colours: one table for the canvas and the exported pictures. */
export { NOTE_FILL } from '@shared/export-pictures/palette';

/** Frames are a light wash of the colour, with a darker edge and header. */
export const FRAME_FILL: Record<NoteColor, string> = {
  yellow: 'rgba(255, 241, 118, 0.16)',
  orange: 'rgba(255, 204, 128, 0.18)',
  pink: 'rgba(248, 187, 208, 0.18)',
  violet: 'rgba(209, 196, 233, 0.22)',
  blue: 'rgba(179, 229, 252, 0.22)',
  green: 'rgba(197, 225, 165, 0.22)',
  grey: 'rgba(120, 120, 120, 0.06)',
};

export const FRAME_EDGE: Record<NoteColor, string> = {
  yellow: '#c9a800',
  orange: '#e08a1e',
  pink: '#d0608b',
  violet: '#7e57c2',
  blue: '#3b8fc4',
  green: '#5f9a3a',
  grey: '#8a8a8a',
};

export const SELECTION_COLOR = '#1e6fd9';
export const INK = '#1f1f1f';
