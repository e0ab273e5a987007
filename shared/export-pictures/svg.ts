import { bytesToBase64 } from '../base64';
import type { PictureLayout, Shape } from './layout';
import { PICTURE_FONT_FAMILY } from './text-metrics';

/** Where a line's baseline sits below the top of its line box (Helvetica's ascent is about 0.72 em). */
export const baselineOffset = (size: number, lineHeight: number): number => (size * lineHeight - size) / 2 + size * 0.8;

const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or attribute. */
export function xmlEscape(s: string): string {
  return s
    .replace(XML_INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const num = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));

function shapeSvg(s: Shape): string {
  if (s.type === 'image') {
    // The type comes from the project's own sniffed list (JPEG, PNG, WebP), never from user text.
    const mime = /^image\/(jpeg|png|webp)$/.test(s.mime) ? s.mime : 'application/octet-stream';
    return `<image x="${num(s.x)}" y="${num(s.y)}" width="${num(s.w)}" height="${num(s.h)}" preserveAspectRatio="none" href="data:${mime};base64,${bytesToBase64(s.bytes)}"/>`;
  }
  if (s.type === 'rect') {
    const attrs = [`x="${num(s.x)}" y="${num(s.y)}" width="${num(s.w)}" height="${num(s.h)}"`];
    if (s.radius) attrs.push(`rx="${num(s.radius)}"`);
    attrs.push(`fill="${s.fill ?? 'none'}"`);
    if (s.fillOpacity !== undefined && s.fillOpacity !== 1) attrs.push(`fill-opacity="${num(s.fillOpacity)}"`);
    if (s.stroke) attrs.push(`stroke="${s.stroke}" stroke-width="${num(s.strokeWidth ?? 1)}"`);
    return `<rect ${attrs.join(' ')}/>`;
  }
  const weight = s.face === 'bold' || s.face === 'bold-italic' ? ' font-weight="bold"' : '';
  const style = s.face === 'italic' || s.face === 'bold-italic' ? ' font-style="italic"' : '';
  const first = s.y + baselineOffset(s.size, s.lineHeight);
  const spans = s.lines
    .map((l, i) => `<tspan x="${num(s.x)}" y="${num(first + i * s.size * s.lineHeight)}">${xmlEscape(l)}</tspan>`)
    .join('');
  return `<text font-size="${num(s.size)}"${weight}${style} fill="${s.color}" xml:space="preserve">${spans}</text>`;
}

export interface SvgOptions {
  /** Written in <title>, read by screen readers and file browsers. */
  title?: string;
  /** Pixel size of the picture: the view's size times this. */
  scale?: number;
}

/** An SVG document with real text (selectable, searchable), its viewBox the picture's view. */
export function buildSvg(layout: PictureLayout, options: SvgOptions = {}): string {
  const { view } = layout;
  const scale = options.scale ?? 1;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(view.x)} ${num(view.y)} ${num(view.w)} ${num(view.h)}" width="${num(view.w * scale)}" height="${num(view.h * scale)}" font-family="${xmlEscape(PICTURE_FONT_FAMILY)}">`,
  ];
  if (options.title) out.push(`<title>${xmlEscape(options.title)}</title>`);
  if (layout.background) out.push(`<rect x="${num(view.x)}" y="${num(view.y)}" width="${num(view.w)}" height="${num(view.h)}" fill="${layout.background}"/>`);
  for (const s of layout.shapes) out.push(shapeSvg(s));
  out.push('</svg>');
  return out.join('\n');
}
