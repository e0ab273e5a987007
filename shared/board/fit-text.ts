/**
 * How a card's text fits its card, the same rule on the board and in every picture export:
 * the whole text is always shown. The font shrinks from its usual size, one point at a time,
 * down to a readable minimum; when even the minimum needs more room, the text keeps that size
 * and the card is drawn taller (`height` says how tall the text is). Never an ellipsis.
 *
 * Pure: the caller gives the width of a string at font size 1 (canvas metrics on the board,
 * Helvetica metrics in exports) and should cache it per word, as widths are asked per word.
 */

export interface TextFitStyle {
  /** The usual size, used whenever the text fits at it. */
  maxSize: number;
  /** The smallest size still read comfortably at 100 %. */
  minSize: number;
  /** Line height as a multiple of the size. */
  lineHeight: number;
}

/** Width of a string at font size 1 (widths scale with the size). */
export type MeasureEm = (text: string) => number;

export interface FittedText {
  size: number;
  lines: string[];
  lineHeight: number;
  /** Height the lines take (lines × size × lineHeight). */
  height: number;
  /** True when the text needs more than the box's height even at the minimum size. */
  grows: boolean;
}

/** Sizes of each kind of card text (board units, 1 unit = 1 px at 100 %). */
export const CARD_TEXT = {
  note: { maxSize: 18, minSize: 11, lineHeight: 1.25 },
  quote: { maxSize: 16, minSize: 11, lineHeight: 1.25 },
  cardTitle: { maxSize: 16, minSize: 11, lineHeight: 1.2 },
  cardBody: { maxSize: 13, minSize: 10, lineHeight: 1.25 },
  frameTitle: { maxSize: 22, minSize: 12, lineHeight: 1.2 },
  /** Who said a quote: three lines at the smallest size fill the room kept for it. */
  attribution: { maxSize: 11, minSize: 10, lineHeight: 1.1 },
} as const satisfies Record<string, TextFitStyle>;

/** A free text label keeps its chosen size while it fits, and shrinks no further than this. */
export function labelStyle(fontSize: number): TextFitStyle {
  return { maxSize: fontSize, minSize: Math.min(fontSize, 11), lineHeight: 1.2 };
}

/** Widths are compared with this much slack, so rounding in a renderer never pushes a word out. */
const SLACK = 0.99;

/**
 * Lines of `text` no wider than `width` at `size`: words first, a word wider than a line is
 * split, hard line breaks are kept, trailing blanks dropped. Nothing is ever left out.
 */
export function wrapLines(text: string, width: number, size: number, measure: MeasureEm): string[] {
  const max = (width * SLACK) / Math.max(size, 1e-6);
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.replace(/\s+$/, '').split('\n')) {
    let line = '';
    let lineW = 0;
    for (const word of unbreakable(paragraph)) {
      const w = measure(word);
      if (line !== '' && lineW + space + w <= max) {
        line += ` ${word}`;
        lineW += space + w;
        continue;
      }
      if (line !== '') lines.push(line);
      if (w <= max) {
        line = word;
        lineW = w;
        continue;
      }
      // A word wider than the line: as many characters as fit on each line.
      let rest = [...word];
      while (rest.length > 0 && measure(rest.join('')) > max) {
        const n = longestFittingPrefix(rest, max, measure);
        lines.push(rest.slice(0, n).join(''));
        rest = rest.slice(n);
      }
      line = rest.join('');
      lineW = measure(line);
    }
    lines.push(line);
  }
  return lines.length === 1 && lines[0] === '' ? [] : lines;
}

/** An opening mark stays with the next word, a closing one and French high punctuation with the previous. */
const OPENING = new Set(['«', '“', '‹']);
const CLOSING = new Set(['»', '”', '›', '!', '?', ':', ';']);

/** The paragraph's words, a lone quotation mark or high punctuation glued to its word (French spacing). */
function unbreakable(paragraph: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const word of paragraph.split(/[ \t]+/)) {
    if (word === '') continue;
    if (OPENING.has(word)) {
      pending = pending ? `${pending} ${word}` : word;
      continue;
    }
    const glued = pending ? `${pending} ${word}` : word;
    pending = '';
    if (CLOSING.has(word) && out.length > 0) out[out.length - 1] += ` ${glued}`;
    else out.push(glued);
  }
  if (pending) out.push(pending);
  return out;
}

/** How many characters (at least one) fit in `max` em. */
function longestFittingPrefix(chars: readonly string[], max: number, measure: MeasureEm): number {
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('')) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The largest size from the style's usual one down to its minimum at which the whole text fits the box. */
export function fitText(text: string, box: { w: number; h: number }, style: TextFitStyle, measure: MeasureEm): FittedText {
  const top = Math.max(1, Math.round(style.maxSize));
  const bottom = Math.max(1, Math.min(top, Math.round(style.minSize)));
  const at = (size: number): FittedText => {
    const lines = wrapLines(text, box.w, size, measure);
    const height = lines.length * size * style.lineHeight;
    return { size, lines, lineHeight: style.lineHeight, height, grows: height > box.h };
  };
  // Most texts fit at the usual size: one wrap. Otherwise a binary search over whole sizes (a
  // smaller font never needs more height), so a card costs at most four wraps, not one per size.
  const usual = at(top);
  if (!usual.grows || top === bottom) return usual;
  let best = at(bottom);
  if (best.grows) return best;
  let lo = bottom + 1;
  let hi = top - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const fit = at(mid);
    if (fit.grows) hi = mid - 1;
    else {
      best = fit;
      lo = mid + 1;
    }
  }
  return best;
}
