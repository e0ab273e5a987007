import { z } from 'zod';
import { defineKind } from './kind';

/**
 * Image bytes, stored once per picture in the doc's top-level `assets` map:
 *   doc.getMap('assets') : assetId → Y.Map { mime, bytes (Uint8Array), width, height }
 * An image card (shared/records/items.ts) points at one by `assetId`.
 *
 * Size: a room sends each edit over WebRTC data channels, where Chromium refuses a message over
 * 256 KiB, and the room sends any update over 128 KiB through the HOST's hub instead
 * (shared/room/protocol.ts). One picture is kept under MAX_ASSET_BYTES: a small photo or drawing
 * still travels peer to peer, one at the cap stays well under the data-channel limit, and a
 * whole drop of MAX_FILES_AT_ONCE photos (one update, ~3.6 MB at most) is a modest hub frame.
 */

export const IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageMime = (typeof IMAGE_MIMES)[number];

/** Largest encoded picture kept on the board (bytes). */
export const MAX_ASSET_BYTES = 180 * 1024;
/** Longest side of a picture on the board, in pixels: sharp on a wall screen, small in the file. */
export const MAX_IMAGE_SIDE = 1600;
/** A file bigger than this is refused before decoding: no photo from a phone comes near it. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;
/** How many pictures one drop or paste may bring. */
export const MAX_FILES_AT_ONCE = 20;

export const assetSchema = z.object({
  mime: z.enum(IMAGE_MIMES),
  bytes: z
    .custom<Uint8Array>((v) => v instanceof Uint8Array, 'bytes must be a Uint8Array')
    .refine((b) => b.byteLength > 0, 'empty image')
    .refine((b) => b.byteLength <= MAX_ASSET_BYTES, `image over ${MAX_ASSET_BYTES} bytes`),
  width: z.number().int().min(1).max(MAX_IMAGE_SIDE),
  height: z.number().int().min(1).max(MAX_IMAGE_SIDE),
});
export type AssetRecord = z.infer<typeof assetSchema>;

/**
 * What the first bytes say the file is, whatever its name: JPEG (FF D8 FF), PNG (89 P N G
 * CR LF 1A LF) or WebP (RIFF....WEBP). Anything else is not a picture we take.
 */
export function sniffImageMime(head: Uint8Array): ImageMime | null {
  const at = (i: number, bytes: number[]): boolean => bytes.every((b, k) => head[i + k] === b);
  if (at(0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
  return null;
}

const bytesMatchMime = (asset: AssetRecord): string | null => (sniffImageMime(asset.bytes) === asset.mime ? null : `bytes are not ${asset.mime}`);

/** Why these bytes cannot be a board picture, or null when they can. */
export function assetRefusal(asset: { mime: string; bytes: Uint8Array; width: number; height: number }): string | null {
  const parsed = assetSchema.safeParse(asset);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'invalid image';
  return bytesMatchMime(parsed.data);
}

/**
 * A picture as the readable snapshot lists it: what it was, not its bytes. The bytes live in the
 * Yjs state only: copied into the snapshot as base64 they doubled the file and the autosave
 * (100 photos at the cap: 49 MB and ~2.7 s per save instead of 25 MB and ~1.3 s). A board rebuilt
 * from its snapshot (its Yjs state lost) keeps its image cards, drawn as "picture missing" with
 * their description; the backups hold the pictures.
 */
export interface AssetSnapshot {
  id: string;
  mime: ImageMime;
  width: number;
  height: number;
  bytes: number;
}

/**
 * Pictures. Keyed by an id made from their bytes (no `id` field). One that no card shows is
 * dropped by repair (undo history does not outlive a session, so nothing can bring its card back).
 */
export const ASSETS = defineKind<AssetRecord, AssetSnapshot>({
  name: 'asset',
  map: 'assets',
  schema: assetSchema,
  label: 'picture',
  check: bytesMatchMime,
  droppedWhenUnused: 'picture no card shows',
  toSnapshot: (a, id) => ({ id, mime: a.mime, width: a.width, height: a.height, bytes: a.bytes.byteLength }),
  restorable: false,
  // A picture is content (its id is its bytes); the card that shows it has the author.
  authored: false,
});
