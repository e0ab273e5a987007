/**
 * Positions in a REFI-QDA text source. The standard counts characters of the plain text, and
 * Tablée counts Unicode code points: an accented letter written as one code point (é, NFC) is
 * one, an emoji outside the Basic Multilingual Plane (😀, two UTF-16 units in JavaScript) is
 * ONE, not two. Tools disagree here (some count UTF-16 units), so a selection after an emoji
 * may land one place off in such a tool; docs/refi-qda.md says which counting each side uses.
 */

/** The code-point offset of a UTF-16 index in `text`. */
export function codePointOffset(text: string, utf16Index: number): number {
  let count = 0;
  for (let i = 0; i < utf16Index; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: skip the low half.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < utf16Index) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The text between two code-point positions (end excluded); undefined when they fall outside. */
export function sliceCodePoints(points: readonly string[], start: number, end: number): string | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > points.length) return undefined;
  return points.slice(start, end).join('');
}

/** The code points of a text, once, so many selections in one source are cut cheaply. */
export const codePoints = (text: string): string[] => Array.from(text);
