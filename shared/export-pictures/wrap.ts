import { textWidth, toWinAnsi, type FontFace } from './text-metrics';

export interface WrapOptions {
  width: number;
  size: number;
  face: FontFace;
  /** Lines that fit; the last one shown ends with an ellipsis when text was cut. */
  maxLines: number;
}

const ELLIPSIS = '…';

/**
 * Breaks a text into lines that fit `width` (words first; a word longer than a line is cut),
 * keeps hard line breaks, and ends with "…" when the text does not fit in `maxLines`.
 * Measured as WinAnsi text (what the PDF draws); the lines returned keep the original characters.
 */
export function wrapText(text: string, { width, size, face, maxLines }: WrapOptions): string[] {
  if (maxLines < 1 || width <= 0 || text.trim() === '') return [];
  const fits = (s: string): boolean => textWidth(toWinAnsi(s), size, face) <= width;
  const lines: string[] = [];
  // One line more than asked for says the text was cut.
  const full = (): boolean => lines.length > maxLines;
  for (const paragraph of text.replace(/\s+$/, '').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      // A word wider than the line: as many characters as fit, the rest on the next lines.
      let rest = word;
      while (!full() && !fits(rest)) {
        const n = longestFittingPrefix(rest, fits);
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
      if (full()) break;
    }
    if (!full()) lines.push(line);
    if (full()) break;
  }
  if (!full()) return lines;
  lines.length = maxLines;
  lines[maxLines - 1] = withEllipsis(lines[maxLines - 1] as string, fits);
  return lines;
}

/** The longest prefix (at least one character) that fits. */
function longestFittingPrefix(s: string, fits: (s: string) => boolean): number {
  const chars = [...s];
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(chars.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').length;
}

function withEllipsis(line: string, fits: (s: string) => boolean): string {
  let s = line.trimEnd();
  while (s !== '' && !fits(s + ELLIPSIS)) s = [...s].slice(0, -1).join('').trimEnd();
  return s + ELLIPSIS;
}

/** One line, cut with an ellipsis when too long (titles, kickers, footers). */
export function fitLine(text: string, width: number, size: number, face: FontFace): string {
  return wrapText(text.replace(/\s*\n\s*/g, ' '), { width, size, face, maxLines: 1 })[0] ?? '';
}
