import {
  assetRefusal,
  MAX_ASSET_BYTES,
  MAX_IMAGE_SIDE,
  MAX_SOURCE_BYTES,
  sniffImageMime,
  type AssetRecord,
  type ImageMime,
} from '@shared/residency/assets';

export type PrepareFailure =
  | { code: 'too-big'; name: string; bytes: number }
  | { code: 'not-image'; name: string }
  | { code: 'decode'; name: string }
  | { code: 'cannot-shrink'; name: string };

export type Prepared = { ok: true; asset: AssetRecord } | { ok: false; failure: PrepareFailure };

/** JPEG qualities tried in turn, then the picture is made smaller and tried again. */
const QUALITIES = [0.85, 0.75, 0.65, 0.5];
const SHRINK = 0.75;
const MIN_SIDE = 160;

/**
 * Turns a dropped or pasted file into a board picture: refused when over 50 MB (before reading
 * it), when its first bytes are not JPEG, PNG or WebP (whatever its name says), or when it does
 * not decode. A picture already small enough is kept byte for byte; otherwise it is redrawn at
 * most MAX_IMAGE_SIDE pixels on its longest side — a PNG stays PNG when that fits (drawings,
 * transparency), else JPEG at the best quality that fits MAX_ASSET_BYTES, smaller if need be.
 */
export async function prepareImage(file: Blob, name: string): Promise<Prepared> {
  if (file.size > MAX_SOURCE_BYTES) return { ok: false, failure: { code: 'too-big', name, bytes: file.size } };
  const mime = sniffImageMime(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!mime) return { ok: false, failure: { code: 'not-image', name } };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, failure: { code: 'decode', name } };
  }
  try {
    const { width, height } = bitmap;
    if (width < 1 || height < 1) return { ok: false, failure: { code: 'decode', name } };
    if (file.size <= MAX_ASSET_BYTES && Math.max(width, height) <= MAX_IMAGE_SIDE) {
      const asset = { mime, bytes: new Uint8Array(await file.arrayBuffer()), width, height };
      if (assetRefusal(asset) === null) return { ok: true, asset };
    }
    const asset = await reencode(bitmap, mime);
    return asset ? { ok: true, asset } : { ok: false, failure: { code: 'cannot-shrink', name } };
  } finally {
    bitmap.close();
  }
}

async function reencode(bitmap: ImageBitmap, source: ImageMime): Promise<AssetRecord | null> {
  let scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(bitmap.width, bitmap.height));
  let firstSize = true;
  while (Math.max(bitmap.width, bitmap.height) * scale >= MIN_SIDE) {
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    if (source === 'image/png' && firstSize) {
      const png = await encode(bitmap, width, height, 'image/png');
      if (png && png.byteLength <= MAX_ASSET_BYTES) return { mime: 'image/png', bytes: png, width, height };
    }
    for (const quality of QUALITIES) {
      const jpeg = await encode(bitmap, width, height, 'image/jpeg', quality);
      if (jpeg && jpeg.byteLength <= MAX_ASSET_BYTES) return { mime: 'image/jpeg', bytes: jpeg, width, height };
    }
    firstSize = false;
    scale *= SHRINK;
  }
  return null;
}

async function encode(bitmap: ImageBitmap, width: number, height: number, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Uint8Array | null> {
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) return null;
  if (type === 'image/jpeg') {
    // JPEG has no transparency: what was transparent becomes paper white, not black.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  const blob =
    canvas instanceof HTMLCanvasElement
      ? await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality))
      : await canvas.convertToBlob(quality === undefined ? { type } : { type, quality });
  return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
}
