import type { NoteColor } from './records';

/**
 * The board's colours, written once: the canvas (renderer/src/canvas/colors.ts) and the exported
 * pictures (export-pictures/layout.ts) both read them, so a card looks the same on screen and
 * on paper. Frame washes are a colour and an opacity, which SVG and PDF both draw (the canvas
 * turns them into rgba()).
 */
export const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#fff176',
  orange: '#ffcc80',
  pink: '#f8bbd0',
  violet: '#d1c4e9',
  blue: '#b3e5fc',
  green: '#c5e1a5',
  grey: '#e0e0e0',
};

export const FRAME_WASH: Record<NoteColor, { color: string; opacity: number }> = {
  yellow: { color: '#fff176', opacity: 0.16 },
  orange: { color: '#ffcc80', opacity: 0.18 },
  pink: { color: '#f8bbd0', opacity: 0.18 },
  violet: { color: '#d1c4e9', opacity: 0.22 },
  blue: { color: '#b3e5fc', opacity: 0.22 },
  green: { color: '#c5e1a5', opacity: 0.22 },
  grey: { color: '#787878', opacity: 0.06 },
};

/**
 * Frame edges are dark enough to read as text on the board (4.5:1 on white): zoomed out, a
 * frame's title is drawn in its edge colour above it. Checked in tests/unit/shared/palette-contrast.
 */
export const FRAME_EDGE: Record<NoteColor, string> = {
  yellow: '#7d6500',
  orange: '#a85a00',
  pink: '#b03a6a',
  violet: '#6a44b0',
  blue: '#1f6fa3',
  green: '#3f7a22',
  grey: '#6b6b6b',
};

export const INK = '#1f1f1f';
export const SHADOW = { color: '#000000', opacity: 0.12 };
export const QUOTE_PAPER = '#fffdf5';
export const QUOTE_BAR = '#7d6500';
export const QUOTE_WHO = '#6d6d6d';
export const PROPOSAL = { fill: '#e8f5e9', edge: '#43a047' };
export const EXPERIMENT = { fill: '#e3f2fd', edge: '#1e88e5' };
export const IMAGE_PLACEHOLDER = { fill: '#eceff1', edge: '#607d8b', ink: '#455a64' };
export const DEFAULT_BACKGROUND = '#ffffff';
/**
 * The selection outline and the board's keyboard-focus ring: 3:1 against every note colour and
 * the board (WCAG 1.4.11). styles.css repeats it as --focus-ring.
 */
export const SELECTION = '#1a5fc0';
