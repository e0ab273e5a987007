import type * as Y from 'yjs';
import { ASSETS, type AssetRecord } from '../records/assets';
import { readRecord, recordsOf, writeRecordTo } from '../records/y-record';

/** Pictures are declared with every other record kind (shared/records/assets.ts). */
export * from '../records/assets';

export const assetsOf = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => recordsOf(ASSETS, doc);

export const readAsset = (doc: Y.Doc, assetId: string): AssetRecord | undefined => readRecord(ASSETS, assetsOf(doc).get(assetId));

export function writeAsset(doc: Y.Doc, assetId: string, asset: AssetRecord): void {
  // Only the picture's own fields, whatever else the object carries.
  writeRecordTo(ASSETS, assetsOf(doc), assetId, { mime: asset.mime, bytes: asset.bytes, width: asset.width, height: asset.height });
}

/**
 * An id made from the bytes (two 32-bit FNV-1a hashes and the length): the same photo dropped
 * twice is stored once, and two peers adding it offline write the same entry.
 */
export function assetIdFor(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.byteLength;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[bytes.length - 1 - i]!, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return `asset:${hex(a)}${hex(b)}${bytes.byteLength.toString(16)}`;
}
