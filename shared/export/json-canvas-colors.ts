import { NOTE_COLORS, type NoteColor } from '../board/records';

/**
 * Board colours ↔ JSON Canvas colours. The spec's six presets ("1" red … "6" purple) where one
 * fits; a hex value for pink and grey, which have no preset. Reading back gives the same colour.
 */
export const CANVAS_COLOR: Record<NoteColor, string> = {
  yellow: '3',
  orange: '2',
  pink: '#f4a7c7',
  violet: '6',
  blue: '5',
  green: '4',
  grey: '#b4b4b4',
};

/** What the presets look like in the apps that draw them, to pick the nearest board colour for any hex. */
const RGB: Record<NoteColor, [number, number, number]> = {
  yellow: [0xe0, 0xde, 0x71],
  orange: [0xe9, 0x97, 0x3f],
  pink: [0xf4, 0xa7, 0xc7],
  violet: [0xa8, 0x82, 0xff],
  blue: [0x53, 0xdf, 0xdd],
  green: [0x44, 0xcf, 0x6e],
  grey: [0xb4, 0xb4, 0xb4],
};

const PRESET: Record<string, NoteColor> = { '1': 'pink', '2': 'orange', '3': 'yellow', '4': 'green', '5': 'blue', '6': 'violet' };

/** The board colour for a canvas colour; `fallback` when absent or not a colour. */
export function boardColor(color: string | undefined, fallback: NoteColor): NoteColor {
  if (color === undefined) return fallback;
  const preset = PRESET[color];
  if (preset) return preset;
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m?.[1]) return fallback;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let best: NoteColor = fallback;
  let bestDistance = Infinity;
  for (const c of NOTE_COLORS) {
    const d = RGB[c].reduce((sum, v, i) => sum + (v - (rgb[i] ?? 0)) ** 2, 0);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
