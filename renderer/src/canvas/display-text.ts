/** Longest text handed to Konva for one card: a card cannot show more, and wrapping costs per character. */
export const MAX_DISPLAY_CHARS = 3_000;

// Lone surrogates (broken UTF-16, e.g. from a mangled non-UTF-8 file) and control characters
// other than tab and newline are replaced, so measuring and drawing never trip on them.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g;

/** Text safe to draw: a string, well-formed, bounded, CRLF normalised. Never throws. */
export function displayText(value: unknown, max = MAX_DISPLAY_CHARS): string {
  if (typeof value !== 'string') return '';
  let s = value.length > max ? value.slice(0, max) + '…' : value;
  s = s.replace(/\r\n?/g, '\n');
  s = s.replace(LONE_SURROGATE, '\uFFFD');
  s = s.replace(CONTROL, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : ''));
  return s;
}
