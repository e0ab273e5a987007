/**
 * Draws Tablée's icons into resources/icons (run with `npx tsx scripts/make-icons.ts`; the
 * results are committed, so packaging needs no drawing tool):
 *   icon.png (512), 256x256.png, 512x512.png  the app (installers derive the other sizes)
 *   tablee-file.ico / tablee-file.icns         a .tablee project in the file manager
 *   tablee-file.png                            the same, for Linux desktops
 * The app icon is four notes of the board's palette on a board; the file icon is a page with one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { INK, NOTE_FILL, SELECTION } from '../shared/board/palette';

type Rgb = [number, number, number];
interface Shape {
  /** True where the unit-square point (x, y) is inside. */
  inside(x: number, y: number): boolean;
  color: Rgb;
}

const rgb = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** A rectangle with rounded corners, in unit-square coordinates. */
function rounded(x0: number, y0: number, x1: number, y1: number, r: number, color: Rgb): Shape {
  return {
    color,
    inside(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
      const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
      return dx * dx + dy * dy <= r * r;
    },
  };
}

/** A note: its paper, and two lines of ink. */
function note(x: number, y: number, size: number, fill: string): Shape[] {
  const line = (top: number, width: number): Shape =>
    rounded(x + size * 0.16, y + size * top, x + size * (0.16 + width), y + size * (top + 0.09), size * 0.04, rgb(INK));
  return [rounded(x, y, x + size, y + size, size * 0.08, rgb(fill)), line(0.3, 0.66), line(0.52, 0.44)];
}

const APP: Shape[] = [
  rounded(0.04, 0.04, 0.96, 0.96, 0.18, rgb(SELECTION)),
  rounded(0.1, 0.1, 0.9, 0.9, 0.13, rgb('#f6f5f1')),
  ...note(0.17, 0.17, 0.3, NOTE_FILL.yellow),
  ...note(0.53, 0.17, 0.3, NOTE_FILL.pink),
  ...note(0.17, 0.53, 0.3, NOTE_FILL.blue),
  ...note(0.53, 0.53, 0.3, NOTE_FILL.green),
];

const FILE: Shape[] = [
  // A page with its top-right corner folded.
  { color: rgb('#8a8f98'), inside: (x, y) => x >= 0.16 && x <= 0.84 && y >= 0.06 && y <= 0.94 && x - 0.62 <= y - 0.06 },
  { color: rgb('#ffffff'), inside: (x, y) => x >= 0.185 && x <= 0.815 && y >= 0.085 && y <= 0.915 && x - 0.6 <= y - 0.085 },
  { color: rgb('#d9d9de'), inside: (x, y) => x >= 0.62 && y <= 0.28 && x - 0.62 >= y - 0.06 && y >= 0.06 && x <= 0.84 },
  ...note(0.27, 0.36, 0.46, NOTE_FILL.yellow),
];

/** Draws `shapes` (later over earlier) at `size` pixels, 4×4 samples a pixel for smooth edges. */
function draw(shapes: Shape[], size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let hit: Rgb | null = null;
          for (const shape of shapes) if (shape.inside(x, y)) hit = shape.color;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a++;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colour averaged over the covered samples; coverage is the alpha.
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return PNG.sync.write(png);
}

/** A Windows icon holding PNG images (allowed since Vista): a 6-byte header, a 16-byte entry per image. */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: an icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, k) => {
    const e = 6 + 16 * k;
    header.writeUInt8(size >= 256 ? 0 : size, e); // 0 stands for 256
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** A macOS icon: "icns" and its length, then per image a four-letter type, its length and a PNG. */
function icns(images: { type: string; png: Buffer }[]): Buffer {
  const parts = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const dir = join(import.meta.dirname, '..', 'resources', 'icons');
mkdirSync(dir, { recursive: true });
const app512 = draw(APP, 512);
writeFileSync(join(dir, 'icon.png'), app512);
writeFileSync(join(dir, '512x512.png'), app512);
writeFileSync(join(dir, '256x256.png'), draw(APP, 256));
const file = (size: number): Buffer => draw(FILE, size);
writeFileSync(join(dir, 'tablee-file.png'), file(256));
writeFileSync(join(dir, 'tablee-file.ico'), ico([16, 32, 48, 256].map((size) => ({ size, png: file(size) }))));
writeFileSync(
  join(dir, 'tablee-file.icns'),
  icns([
    { type: 'ic07', png: file(128) },
    { type: 'ic08', png: file(256) },
    { type: 'ic09', png: file(512) },
  ]),
);
