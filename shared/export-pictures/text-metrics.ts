import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';

/**
 * Text measured with the metrics of the PDF standard fonts (Helvetica and its bold and
 * oblique faces), so wrapping is the same in SVG, PNG and PDF. SVG names Helvetica first and
 * Arial / Liberation Sans next, which share its widths.
 */
export const PICTURE_FONT_FAMILY = 'Helvetica, Arial, "Liberation Sans", "Nimbus Sans", sans-serif';

export type FontFace = 'regular' | 'bold' | 'italic' | 'bold-italic';

export const FACE_FONT: Record<FontFace, StandardFonts> = {
  regular: StandardFonts.Helvetica,
  bold: StandardFonts.HelveticaBold,
  italic: StandardFonts.HelveticaOblique,
  'bold-italic': StandardFonts.HelveticaBoldOblique,
};

const embedders = new Map<FontFace, StandardFontEmbedder>();
const embedder = (face: FontFace): StandardFontEmbedder => {
  let e = embedders.get(face);
  if (!e) {
    // StandardFonts and the embedder's font names are the same strings.
    e = StandardFontEmbedder.for(FACE_FONT[face] as unknown as Parameters<typeof StandardFontEmbedder.for>[0]);
    embedders.set(face, e);
  }
  return e;
};

/** Replacements for characters the standard fonts (WinAnsi) cannot show. French needs none of them. */
const SUBSTITUTES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2008': ' ',
  '\u200a': ' ',
  '\u2032': "'",
  '\u2033': '"',
  '\u2039': '‹',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2713': 'v',
  '\u2022': '•',
  'ł': 'l',
  'Ł': 'L',
  'đ': 'd',
  'Đ': 'D',
};

const winAnsiCache = new Map<number, boolean>();
function encodable(codePoint: number): boolean {
  let ok = winAnsiCache.get(codePoint);
  if (ok === undefined) {
    try {
      embedder('regular').encodeText(String.fromCodePoint(codePoint));
      ok = true;
    } catch {
      ok = false;
    }
    winAnsiCache.set(codePoint, ok);
  }
  return ok;
}

/**
 * Text the standard PDF fonts can draw: WinAnsi characters as they are (é, œ, ’, « », €…),
 * known look-alikes for some others, accents stripped where that leaves a Latin letter,
 * and "?" for the rest (emoji, other scripts). Zero-width characters disappear.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '\n' || ch === '\t') {
      out += ch === '\t' ? ' ' : '\n';
      continue;
    }
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    if (encodable(cp)) {
      out += ch;
      continue;
    }
    const sub = SUBSTITUTES[ch];
    if (sub !== undefined) {
      out += sub;
      continue;
    }
    const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += base !== '' && [...base].every((c) => encodable(c.codePointAt(0) as number)) ? base : '?';
  }
  return out;
}

const widthCache = new Map<FontFace, Map<string, number>>();

/**
 * Width of a text at a size, in the same units as the size. The text must already be WinAnsi
 * (toWinAnsi). Summed from cached glyph widths (without kerning, which moves a line by well
 * under 1 %): wrapping a 10,000-card board measures a few hundred thousand words.
 */
export function textWidth(text: string, size: number, face: FontFace = 'regular'): number {
  let cache = widthCache.get(face);
  if (!cache) {
    cache = new Map();
    widthCache.set(face, cache);
  }
  let units = 0;
  for (const ch of text) {
    let w = cache.get(ch);
    if (w === undefined) {
      w = embedder(face).widthOfTextAtSize(ch, 1000);
      cache.set(ch, w);
    }
    units += w;
  }
  return (units * size) / 1000;
}

const emCache = new Map<FontFace, Map<string, number>>();
/** Most distinct words kept per face; past it the cache starts again (a 10,000-card board has far fewer). */
const EM_CACHE_LIMIT = 200_000;

/** Width at size 1 of a text as the PDF draws it (WinAnsi), cached per string: the fitting rule measures word by word. */
export function emWidth(face: FontFace): (text: string) => number {
  let cache = emCache.get(face);
  if (!cache) {
    cache = new Map();
    emCache.set(face, cache);
  }
  const words = cache;
  return (text) => {
    let w = words.get(text);
    if (w === undefined) {
      if (words.size >= EM_CACHE_LIMIT) words.clear();
      w = textWidth(toWinAnsi(text), 1, face);
      words.set(text, w);
    }
    return w;
  };
}
