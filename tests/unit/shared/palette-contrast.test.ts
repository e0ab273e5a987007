import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { colord, extend, type RgbColor } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { describe, expect, it } from 'vitest';
import { NOTE_COLORS } from '@shared/board/records';
import {
  DEFAULT_BACKGROUND,
  EXPERIMENT,
  FRAME_EDGE,
  FRAME_WASH,
  IMAGE_PLACEHOLDER,
  INK,
  NOTE_FILL,
  PROPOSAL,
  QUOTE_PAPER,
  QUOTE_WHO,
  SELECTION,
} from '@shared/board/palette';

extend([a11yPlugin]);

/**
 * WCAG contrast of the board's colours, computed from the palette the canvas and the exports
 * draw with: text 4.5:1 (1.4.3), outlines and the focus ring 3:1 (1.4.11). colord rounds a
 * ratio to two decimals, so each one must clear its threshold by a hundredth.
 */
const TEXT = 4.51;
const GRAPHIC = 3.01;
const ratio = (a: string | RgbColor, b: string | RgbColor): number => colord(a).contrast(b);

const STYLES = readFileSync(join(import.meta.dirname, '..', '..', '..', 'renderer', 'src', 'app', 'styles.css'), 'utf8');
const cssVariable = (name: string): string => {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(STYLES);
  if (!m) throw new Error(`styles.css declares no --${name}`);
  return m[1]!;
};
/** The board on screen and on an exported picture. */
const BOARDS = { screen: cssVariable('board'), export: DEFAULT_BACKGROUND };

/** A frame's wash laid over a board colour: what a card's neighbours inside a frame are. */
function washOver(board: string, color: (typeof NOTE_COLORS)[number]): RgbColor {
  const { color: wash, opacity } = FRAME_WASH[color];
  const under = colord(board).toRgb();
  const over = colord(wash).toRgb();
  const mix = (a: number, b: number): number => Math.round(a * (1 - opacity) + b * opacity);
  return { r: mix(under.r, over.r), g: mix(under.g, over.g), b: mix(under.b, over.b) };
}

describe('text on the board’s colours (WCAG 1.4.3, 4.5:1)', () => {
  it.each(NOTE_COLORS)('note text on a %s note', (color) => {
    expect(ratio(INK, NOTE_FILL[color])).toBeGreaterThanOrEqual(TEXT);
  });

  it('the text of quotes, their speaker line, proposals, experiments and picture placeholders', () => {
    expect(ratio(INK, QUOTE_PAPER)).toBeGreaterThanOrEqual(TEXT);
    expect(ratio(QUOTE_WHO, QUOTE_PAPER)).toBeGreaterThanOrEqual(TEXT);
    expect(ratio(INK, PROPOSAL.fill)).toBeGreaterThanOrEqual(TEXT);
    expect(ratio(INK, EXPERIMENT.fill)).toBeGreaterThanOrEqual(TEXT);
    expect(ratio(IMAGE_PLACEHOLDER.ink, IMAGE_PLACEHOLDER.fill)).toBeGreaterThanOrEqual(TEXT);
  });

  it.each(NOTE_COLORS)('a %s frame’s title, drawn in its edge colour on the board when zoomed out', (color) => {
    for (const board of Object.values(BOARDS)) expect(ratio(FRAME_EDGE[color], board)).toBeGreaterThanOrEqual(TEXT);
  });
});

describe('outlines and the focus ring (WCAG 1.4.11, 3:1)', () => {
  it.each(NOTE_COLORS)('a %s frame’s edge, against the board outside and its wash inside', (color) => {
    for (const board of Object.values(BOARDS)) {
      expect(ratio(FRAME_EDGE[color], board)).toBeGreaterThanOrEqual(GRAPHIC);
      expect(ratio(FRAME_EDGE[color], washOver(board, color))).toBeGreaterThanOrEqual(GRAPHIC);
    }
  });

  it('the edges of proposals, experiments and picture placeholders against the board', () => {
    for (const board of Object.values(BOARDS)) {
      for (const edge of [PROPOSAL.edge, EXPERIMENT.edge, IMAGE_PLACEHOLDER.edge]) expect(ratio(edge, board)).toBeGreaterThanOrEqual(GRAPHIC);
    }
  });

  it('the selection outline and the focus ring, against every note, frame wash and the board', () => {
    // The canvas' focus ring is drawn by styles.css: the same colour as the selection.
    expect(cssVariable('focus-ring').toLowerCase()).toBe(SELECTION.toLowerCase());
    const neighbours: (string | RgbColor)[] = [...Object.values(BOARDS), ...Object.values(NOTE_FILL), QUOTE_PAPER, PROPOSAL.fill, EXPERIMENT.fill];
    for (const board of Object.values(BOARDS)) for (const color of NOTE_COLORS) neighbours.push(washOver(board, color));
    for (const n of neighbours) expect(ratio(SELECTION, n), JSON.stringify(n)).toBeGreaterThanOrEqual(GRAPHIC);
  });

  it('the buttons’ and fields’ focus ring, against the panels and the board around them', () => {
    const ring = cssVariable('accent');
    expect(ratio(ring, cssVariable('panel'))).toBeGreaterThanOrEqual(GRAPHIC);
    expect(ratio(ring, BOARDS.screen)).toBeGreaterThanOrEqual(GRAPHIC);
  });
});
