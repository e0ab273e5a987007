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

export interface CodePointText {
  /** Length in code points. */
  length: number;
  /** The text between two code-point positions (end excluded); undefined when they fall outside. */
  slice(start: number, end: number): string | undefined;
}

/**
 * A text cut by code points. Most transcripts hold no character outside the BMP: then code
 * points and UTF-16 units agree and nothing is built; otherwise one table of where each code
 * point starts, so many selections in one source are cut without rescanning it.
 */
export function byCodePoints(text: string): CodePointText {
  let starts: Uint32Array | undefined;
  if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
    const table = new Uint32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      table[n++] = i;
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    table[n] = text.length;
    starts = table.subarray(0, n + 1);
  }
  const length = starts ? starts.length - 1 : text.length;
  const at = (cp: number): number => (starts ? (starts[cp] as number) : cp);
  return {
    length,
    slice: (start, end) => (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length ? undefined : text.slice(at(start), at(end))),
  };
}
