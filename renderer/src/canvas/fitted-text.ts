import type { MeasureEm } from '@shared/board/fit-text';
import { setBoardMeasures } from '@shared/board/card-height';
import { FONT_FAMILY } from './items/frame-geometry';

/**
 * The board's side of the fitting rule (shared/board/fit-text): word widths measured once per
 * font face with the canvas (the font Konva draws with), and fitted results kept per text and box,
 * so a card coming back on screen or re-rendering measures nothing. Only cards drawn in full ask.
 */

export type CanvasFace = 'normal' | 'bold' | 'italic';

/** Measured at a large size, then scaled: widths of one font grow with its size. */
const REFERENCE_PX = 100;
/** Past these many entries a cache starts again: memory follows what was seen lately, not the board. */
const WORDS_LIMIT = 100_000;
const LAYOUTS_LIMIT = 20_000;

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
function measuringContext(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    // Unit tests run the board's logic without a DOM: no canvas there.
    if (typeof OffscreenCanvas !== 'undefined') context = new OffscreenCanvas(1, 1).getContext('2d');
    else context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  }
  return context;
}

const measures = new Map<CanvasFace, MeasureEm>();

/** Width at size 1 of a text in the board's font and this face. */
export function canvasMeasure(face: CanvasFace): MeasureEm {
  let measure = measures.get(face);
  if (measure) return measure;
  const words = new Map<string, number>();
  const font = `${face === 'normal' ? '' : face + ' '}${REFERENCE_PX}px ${FONT_FAMILY}`;
  measure = (text) => {
    let w = words.get(text);
    if (w === undefined) {
      const ctx = measuringContext();
      if (ctx) ctx.font = font;
      // Without a canvas (never in Chromium), a rough average width still wraps sensibly.
      w = ctx ? ctx.measureText(text).width / REFERENCE_PX : text.length * 0.55;
      if (words.size >= WORDS_LIMIT) words.clear();
      words.set(text, w);
    }
    return w;
  };
  measures.set(face, measure);
  return measure;
}

const layouts = new Map<string, unknown>();

/**
 * A card's text layout (shared/board/card-layout), computed once per kind, text and card size:
 * `key` must hold all three.
 */
export function cachedLayout<T>(key: string, compute: () => T): T {
  let layout = layouts.get(key) as T | undefined;
  if (layout === undefined) {
    layout = compute();
    if (layouts.size >= LAYOUTS_LIMIT) layouts.clear();
    layouts.set(key, layout);
  }
  return layout;
}

// Stored card heights follow what this board draws too (shared/board/card-height).
setBoardMeasures(canvasMeasure);
