import type * as Y from 'yjs';
import { createItem } from '../board/commands';
import { LOCAL_ORIGIN } from '../board/doc';
import { MAX_ALT_LENGTH } from '../board/records';
import { assetIdFor, assetRefusal, assetsOf, writeAsset, type AssetRecord } from './assets';

/** Longest side of a new image card, in board units (a photo a little bigger than a note). */
export const IMAGE_CARD_SIDE = 360;
const GAP = 24;

export interface NewImage {
  asset: AssetRecord;
  alt: string;
  caption?: string;
}

/** A card's size for a picture: its proportions, the longest side IMAGE_CARD_SIDE. */
export function imageCardSize(width: number, height: number, side = IMAGE_CARD_SIDE): { w: number; h: number } {
  const scale = side / Math.max(width, height);
  return { w: Math.max(8, Math.round(width * scale)), h: Math.max(8, Math.round(height * scale)) };
}

/** The grid's rows and columns for `count` pictures (as square as can be). */
const gridOf = (count: number): { cols: number; rows: number } => {
  const cols = Math.ceil(Math.sqrt(count));
  return { cols, rows: Math.ceil(count / cols) };
};

/** The board area `count` pictures take (addImages' grid), to find room for them before they come. */
export function imageGridSize(count: number): { w: number; h: number } {
  const { cols, rows } = gridOf(Math.max(1, count));
  const cell = IMAGE_CARD_SIDE + GAP;
  return { w: cols * cell - GAP, h: rows * cell - GAP };
}

/**
 * Puts pictures on the board around `centre` (a grid, in the order given), in one transaction:
 * one undo step and one update for the whole drop. Each picture's bytes are stored once (same
 * bytes, same asset). Throws before writing anything if one of them is not a valid picture.
 * Returns the new cards' ids.
 */
export function addImages(doc: Y.Doc, images: readonly NewImage[], centre: { x: number; y: number }): string[] {
  for (const image of images) {
    const why = assetRefusal(image.asset);
    if (why) throw new Error(`not a board picture: ${why}`);
  }
  if (images.length === 0) return [];
  const { cols, rows } = gridOf(images.length);
  const cell = IMAGE_CARD_SIDE + GAP;
  const left = centre.x - (cols * cell - GAP) / 2;
  const top = centre.y - (rows * cell - GAP) / 2;
  const ids: string[] = [];
  doc.transact(() => {
    const assets = assetsOf(doc);
    images.forEach((image, i) => {
      const assetId = assetIdFor(image.asset.bytes);
      if (!assets.has(assetId)) writeAsset(doc, assetId, image.asset);
      const { w, h } = imageCardSize(image.asset.width, image.asset.height);
      // Centred in its cell, so a portrait and a landscape photo line up by their middles.
      const x = Math.round(left + (i % cols) * cell + (IMAGE_CARD_SIDE - w) / 2);
      const y = Math.round(top + Math.floor(i / cols) * cell + (IMAGE_CARD_SIDE - h) / 2);
      const input = { kind: 'image' as const, x, y, w, h, assetId, alt: image.alt.slice(0, MAX_ALT_LENGTH) };
      ids.push(createItem(doc, image.caption ? { ...input, caption: image.caption.slice(0, MAX_ALT_LENGTH) } : input));
    });
  }, LOCAL_ORIGIN);
  return ids;
}

/** A readable default alt text from a file name: "marché-samedi_2.jpg" → "marché samedi 2". */
export function altFromFileName(name: string): string {
  return name
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ALT_LENGTH);
}
