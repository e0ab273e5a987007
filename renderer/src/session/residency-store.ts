import { useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { itemsOf } from '@shared/board/doc';
import { interviewsOf, quotesOf, tagsOf } from '@shared/residency/doc';
import { readInterviews, readQuotes, readTags } from '@shared/residency/doc';
import type { InterviewRecord, QuoteRecord, TagRecord } from '@shared/residency/records';
import { allThemeCounts, type ThemeCounts } from '@shared/residency/trace';

/** What the canvas and the panels read of the residency records: rebuilt after each change to the doc. */
export interface ResidencyData {
  interviews: ReadonlyMap<string, InterviewRecord>;
  quotes: ReadonlyMap<string, QuoteRecord>;
  tags: ReadonlyMap<string, TagRecord>;
  counts: ReadonlyMap<string, ThemeCounts>;
  /** Ids of cards the search highlights; null when no search is active. */
  highlight: ReadonlySet<string> | null;
  /** The card the search is on (jumped to). */
  current: string | null;
}

const EMPTY: ResidencyData = { interviews: new Map(), quotes: new Map(), tags: new Map(), counts: new Map(), highlight: null, current: null };

function build(doc: Y.Doc, prev: ResidencyData): ResidencyData {
  return {
    interviews: new Map(readInterviews(doc).map((i) => [i.id, i])),
    quotes: new Map(readQuotes(doc).map((q) => [q.id, q])),
    tags: new Map(readTags(doc).map((t) => [t.id, t])),
    counts: allThemeCounts(doc),
    highlight: prev.highlight,
    current: prev.current,
  };
}

/**
 * One store per open board (module-level, like the automation hook): item components are memoised
 * Konva shapes that only get their record, so they read quotes and interviews from here.
 */
class ResidencyStore {
  private data: ResidencyData = EMPTY;
  private doc: Y.Doc | null = null;
  private readonly listeners = new Set<() => void>();
  private scheduled = false;
  /** Rebuilds only after a transaction that can change what we show (not after a card is merely dragged). */
  private readonly onTransaction = (tr: Y.Transaction): void => {
    if (this.doc && matters(this.doc, tr)) this.onUpdate();
  };

  private readonly onUpdate = (): void => {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.doc) this.set(build(this.doc, this.data));
    });
  };

  attach(doc: Y.Doc): () => void {
    this.detach();
    this.doc = doc;
    doc.on('afterTransaction', this.onTransaction);
    this.set(build(doc, EMPTY));
    return () => {
      if (this.doc === doc) this.detach();
    };
  }

  private detach(): void {
    this.doc?.off('afterTransaction', this.onTransaction);
    this.doc = null;
    this.set(EMPTY);
  }

  setHighlight(highlight: ReadonlySet<string> | null, current: string | null): void {
    this.set({ ...this.data, highlight, current });
  }

  private set(data: ResidencyData): void {
    this.data = data;
    for (const l of [...this.listeners]) l();
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  get = (): ResidencyData => this.data;
}

/** Keys of a card whose change can change a theme's counts. */
const COUNTED = new Set(['parentId', 'quoteId', 'kind']);

function matters(doc: Y.Doc, tr: Y.Transaction): boolean {
  const records: unknown[] = [interviewsOf(doc), quotesOf(doc), tagsOf(doc)];
  const items: unknown = itemsOf(doc);
  for (const [type, keys] of tr.changed) {
    // Cards added or removed.
    if (type === items) return true;
    let t: Y.AbstractType<unknown> | null = type as Y.AbstractType<unknown>;
    while (t) {
      if (records.includes(t)) return true;
      t = t._item?.parent instanceof Y.AbstractType ? (t._item.parent as Y.AbstractType<unknown>) : null;
    }
    if ((type as Y.AbstractType<unknown>)._item?.parent === items) {
      for (const k of keys) if (k !== null && COUNTED.has(k)) return true;
    }
  }
  return false;
}

export const residencyStore = new ResidencyStore();

export function useResidency(): ResidencyData {
  return useSyncExternalStore(residencyStore.subscribe, residencyStore.get);
}
