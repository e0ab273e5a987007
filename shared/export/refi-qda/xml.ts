/** Just enough XML writing for the REFI-QDA files: escaped attributes and text, nested elements. */

// XML 1.0 forbids most control characters even escaped; a transcript pasted from elsewhere may hold some.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const xmlText = (s: string): string => s.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlAttr = (s: string): string => xmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

export type Attrs = Record<string, string | number | boolean | undefined>;

/** `<name a="…">children</name>`, or `<name a="…"/>` when it has none. Children are already-written XML. */
export function el(name: string, attrs: Attrs, children: readonly string[] = []): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
  const inner = children.filter((c) => c !== '').join('');
  return inner === '' ? `<${name}${a}/>` : `<${name}${a}>${inner}</${name}>`;
}

/** An element holding text only. */
export const textEl = (name: string, text: string): string => `<${name}>${xmlText(text)}</${name}>`;

/** Removes what XML cannot carry, so a source file and the positions computed on it agree. */
export const xmlSafe = (s: string): string => s.replace(FORBIDDEN, '');
