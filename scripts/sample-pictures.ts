/**
 * The sample residency's photos from immersion, drawn here pixel by pixel (no outside files, no
 * randomness: the same PNG bytes at every run). Simple flat drawings, a few KB each, at twice
 * the size of a sample card so they stay sharp when zoomed in.
 */
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
type Paint = (x: number, y: number) => Rgb;

export interface SamplePicture {
  key: string;
  alt: string;
  caption: string;
  width: number;
  height: number;
  png: Uint8Array;
}

function draw(width: number, height: number, paint: Paint): Uint8Array {
  const image = new PNG({ width, height, colorType: 2 });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      const i = (y * width + x) * 4;
      image.data[i] = r;
      image.data[i + 1] = g;
      image.data[i + 2] = b;
      image.data[i + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(image, { colorType: 2, deflateLevel: 9 }));
}

const inBox = (x: number, y: number, x0: number, y0: number, w: number, h: number): boolean => x >= x0 && x < x0 + w && y >= y0 && y < y0 + h;
const inDisc = (x: number, y: number, cx: number, cy: number, r: number): boolean => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const W = 440;
const H = 320;

/** A shop front: the second-hand shop of the association, its sign, door and windows. */
const shopFront: Paint = (x, y) => {
  if (y < 70) return [196, 226, 240];
  if (inBox(x, y, 40, 90, 360, 34)) return inBox(x, y, 60, 100, 320, 14) ? [250, 246, 232] : [120, 72, 44];
  if (inBox(x, y, 190, 170, 60, 120)) return inBox(x, y, 236, 228, 6, 6) ? [230, 200, 90] : [86, 110, 70];
  for (const wx of [70, 300]) {
    if (inBox(x, y, wx, 160, 70, 80)) return x === wx + 35 || y === 200 ? [240, 240, 240] : [150, 190, 205];
  }
  if (inBox(x, y, 40, 70, 360, 230)) return [222, 196, 160];
  if (y >= 300) return [150, 150, 146];
  return [120, 170, 96];
};

/** The Saturday market in the village: striped awnings over stalls of fruit and vegetables. */
const market: Paint = (x, y) => {
  if (y < 110) return [206, 230, 244];
  for (let s = 0; s < 3; s++) {
    const sx = 20 + s * 140;
    if (inBox(x, y, sx, 110, 120, 40)) return Math.floor((x - sx) / 15) % 2 === 0 ? [210, 60, 60] : [250, 250, 245];
    if (inBox(x, y, sx + 4, 150, 4, 110) || inBox(x, y, sx + 112, 150, 4, 110)) return [90, 70, 50];
    if (inBox(x, y, sx, 210, 120, 14)) return [160, 120, 80];
    for (let k = 0; k < 4; k++) {
      const colours: Rgb[] = [
        [236, 140, 40],
        [120, 180, 60],
        [200, 40, 60],
        [240, 210, 60],
      ];
      if (inDisc(x, y, sx + 18 + k * 28, 200, 11)) return colours[(k + s) % 4]!;
    }
  }
  if (y >= 260) return [178, 170, 160];
  return [226, 222, 212];
};

/** The employment desk, drawn from above: the counter, the waiting chairs, the one computer. */
const deskPlan: Paint = (x, y) => {
  const wall = [60, 60, 64] as const;
  if (x < 12 || x >= W - 12 || y < 12 || y >= H - 12) return inBox(x, y, 180, H - 12, 80, 12) ? [250, 250, 250] : wall;
  if (inBox(x, y, 40, 40, 220, 30)) return [170, 130, 90];
  if (inBox(x, y, 320, 40, 80, 50)) return inBox(x, y, 335, 48, 50, 30) ? [40, 80, 140] : [200, 200, 200];
  for (let c = 0; c < 5; c++) if (inBox(x, y, 50 + c * 48, 190, 30, 30)) return [90, 140, 200];
  if (inDisc(x, y, 360, 230, 26)) return [120, 170, 96];
  return (x + y) % 24 === 0 ? [236, 236, 230] : [248, 248, 244];
};

export const SAMPLE_PICTURES: readonly SamplePicture[] = [
  {
    key: 'grenier',
    alt: 'Devanture du Grenier partagé : enseigne en bois, porte verte, deux vitrines',
    caption: 'Le Grenier partagé, Montaubrel — 3 mars',
    width: W,
    height: H,
    png: draw(W, H, shopFront),
  },
  {
    key: 'marche',
    alt: 'Le marché du samedi aux Noues : trois étals sous des auvents rayés rouge et blanc',
    caption: 'Marché des Noues — 8 mars',
    width: W,
    height: H,
    png: draw(W, H, market),
  },
  {
    key: 'point-emploi',
    alt: 'Plan du Point emploi : un comptoir, un seul ordinateur, cinq chaises d’attente',
    caption: 'Croquis du Point emploi des Noues — 11 mars',
    width: W,
    height: H,
    png: draw(W, H, deskPlan),
  },
];
