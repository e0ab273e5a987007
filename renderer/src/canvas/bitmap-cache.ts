import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { assetsOf, readAsset } from '@shared/residency/assets';
import { createStore } from '../store';

/** What an image card can draw right now. */
export type BitmapState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed' } | { kind: 'ready'; bitmap: ImageBitmap };

const LOADING: BitmapState = { kind: 'loading' };
const MISSING: BitmapState = { kind: 'missing' };
const FAILED: BitmapState = { kind: 'failed' };

/** A picture no card on screen shows is let go after this long (a pan back does not decode it again). */
const RELEASE_AFTER_MS = 8000;

interface Entry {
  state: BitmapState;
  users: number;
  releaseTimer: ReturnType<typeof setTimeout> | null;
}

/**
 * Decoded pictures of one board (`editor.bitmaps`), by asset id. Each asset is decoded once
 * however many cards show it; an image card asks for its bitmap only when drawn in full (on
 * screen, zoomed in), and a bitmap nobody has asked for in a while is closed, so memory follows
 * what is on screen, not the size of the board.
 */
export class BitmapCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped whenever an entry's state changes (the cards re-read theirs). */
  private readonly changes = createStore(0);
  private disposed = false;

  private readonly onAssets = (event: Y.YMapEvent<Y.Map<unknown>>): void => {
    // A picture arriving from a peer (or an undo bringing one back) replaces a "missing" state.
    for (const key of event.keysChanged) {
      const entry = this.entries.get(key);
      if (entry && entry.state.kind !== 'ready') this.load(key, entry);
    }
  };

  constructor(private readonly doc: Y.Doc) {
    assetsOf(doc).observe(this.onAssets);
  }

  dispose(): void {
    this.disposed = true;
    assetsOf(this.doc).unobserve(this.onAssets);
    for (const entry of this.entries.values()) {
      if (entry.state.kind === 'ready') entry.state.bitmap.close();
      if (entry.releaseTimer) clearTimeout(entry.releaseTimer);
    }
    this.entries.clear();
  }

  readonly subscribe = (listener: () => void): (() => void) => this.changes.subscribe(listener);

  get(assetId: string | null): BitmapState {
    if (assetId === null) return LOADING;
    return this.entries.get(assetId)?.state ?? LOADING;
  }

  /** A card starts showing `assetId`; returns the matching release. */
  use(assetId: string): () => void {
    let entry = this.entries.get(assetId);
    if (!entry) {
      entry = { state: LOADING, users: 0, releaseTimer: null };
      this.entries.set(assetId, entry);
      this.load(assetId, entry);
    }
    entry.users++;
    if (entry.releaseTimer) {
      clearTimeout(entry.releaseTimer);
      entry.releaseTimer = null;
    }
    const e = entry;
    return () => {
      e.users--;
      if (e.users > 0 || this.disposed) return;
      e.releaseTimer = setTimeout(() => {
        if (e.users > 0 || this.entries.get(assetId) !== e) return;
        this.entries.delete(assetId);
        if (e.state.kind === 'ready') e.state.bitmap.close();
      }, RELEASE_AFTER_MS);
    };
  }

  /** How many pictures are decoded now (tests and benchmarks). */
  get decodedCount(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.state.kind === 'ready') n++;
    return n;
  }

  private load(assetId: string, entry: Entry): void {
    if (this.disposed) return;
    const asset = readAsset(this.doc, assetId);
    if (!asset) return this.settle(assetId, entry, MISSING);
    createImageBitmap(new Blob([asset.bytes as Uint8Array<ArrayBuffer>], { type: asset.mime })).then(
      (bitmap) => {
        if (this.disposed || this.entries.get(assetId) !== entry) return bitmap.close();
        this.settle(assetId, entry, { kind: 'ready', bitmap });
      },
      () => this.settle(assetId, entry, FAILED),
    );
  }

  private settle(assetId: string, entry: Entry, state: BitmapState): void {
    if (this.entries.get(assetId) !== entry) {
      if (state.kind === 'ready') state.bitmap.close();
      return;
    }
    // Two loads of one picture (it changed while decoding): keep the newest, close the other.
    if (entry.state.kind === 'ready' && entry.state !== state) entry.state.bitmap.close();
    entry.state = state;
    this.emit();
  }

  private emit(): void {
    this.changes.set((n) => n + 1);
  }
}

/** The board's pictures, given by the board screen (and through the Konva stage to the cards). */
export const BitmapContext = createContext<BitmapCache | null>(null);

/** The bitmap of `assetId` while the calling card is drawn in full; null asks for nothing. */
export function useBitmap(assetId: string | null): BitmapState {
  const cache = useContext(BitmapContext);
  if (!cache) throw new Error('useBitmap outside a board');
  useEffect(() => (assetId === null ? undefined : cache.use(assetId)), [cache, assetId]);
  return useSyncExternalStore(cache.subscribe, () => cache.get(assetId));
}
