import { createContext, useContext, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { amendmentsOf, openAmendmentCounts } from '@shared/residency/amendments';
import { itemsOf } from '@shared/board/doc';
import { interviewsOf, quotesOf, tagsOf } from '@shared/residency/doc';
import { readInterviews, readQuotes, readTags } from '@shared/residency/doc';
import { createStore, type Store } from '../store';
import type { InterviewRecord, QuoteRecord, TagRecord } from '@shared/residency/records';
import { allThemeCounts, type ThemeCounts } from '@shared/residency/trace';
import { readThemeCounts, THEME_COUNTS_MAP } from '@shared/room/workshop-doc';

/** What the canvas and the panels read of the residency records: rebuilt after each change to the doc. */
export interface ResidencyData {
  interviews: ReadonlyMap<string, InterviewRecord>;
  quotes: ReadonlyMap<string, QuoteRecord>;
  tags: ReadonlyMap<string, TagRecord>;
  counts: ReadonlyMap<string, ThemeCounts>;
  /** How many amendments wait for a decision, per proposal (shared/residency/amendments.ts). */
  openAmendments: ReadonlyMap<string, number>;
}

const EMPTY: ResidencyData = { interviews: new Map(), quotes: new Map(), tags: new Map(), counts: new Map(), openAmendments: new Map() };

function build(doc: Y.Doc): ResidencyData {
  return {
    interviews: new Map(readInterviews(doc).map((i) => [i.id, i])),
    quotes: new Map(readQuotes(doc).map((q) => [q.id, q])),
    tags: new Map(readTags(doc).map((t) => [t.id, t])),
    counts: countsOf(doc),
    openAmendments: openAmendmentCounts(doc),
  };
}

/**
 * Each theme's counts. A participant's doc (the room's workshop doc) has no interviews to count
 * from: the HOST publishes the counts there, and they are read as they are.
 */
function countsOf(doc: Y.Doc): ReadonlyMap<string, ThemeCounts> {
  return doc.share.has(THEME_COUNTS_MAP) ? readThemeCounts(doc) : allThemeCounts(doc);
}

/**
 * The residency records of one board, rebuilt after each transaction that can change them. One
 * per editor (`editor.residency`): item components are memoised Konva shapes that only get their
 * record, so they read quotes and interviews from here, through `ResidencyContext`.
 */
export class ResidencyStore {
  private readonly store: Store<ResidencyData>;
  private scheduled = false;
  private started = false;
  private disposed = false;
  /** Rebuilds only after a transaction that can change what we show (not after a card is merely dragged). */
  private readonly onTransaction = (tr: Y.Transaction): void => {
    if (matters(this.doc, tr)) this.onUpdate();
  };

  private readonly onUpdate = (): void => {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (!this.disposed) this.store.set(build(this.doc));
    });
  };

  /**
   * Built once something reads it, after the board's first paint (at 50,000 cards building takes
   * about a second: it must not delay the first draw, which does not need it).
   */
  constructor(private readonly doc: Y.Doc) {
    doc.on('afterTransaction', this.onTransaction);
    this.store = createStore(EMPTY);
  }

  dispose(): void {
    this.disposed = true;
    this.doc.off('afterTransaction', this.onTransaction);
  }

  readonly subscribe = (l: () => void): (() => void) => {
    if (!this.started) {
      this.started = true;
      this.onUpdate();
    }
    return this.store.subscribe(l);
  };

  /** What cards and panels show while rendering (empty until built, see the constructor). */
  readonly get = (): ResidencyData => this.store.get();

  /** The records as they are now, for a command run on a user's gesture (builds them if need be). */
  current(): ResidencyData {
    if (!this.started || this.scheduled) {
      this.started = true;
      this.store.set(build(this.doc));
    }
    return this.store.get();
  }
}

/** Keys of a card whose change can change a theme's counts. */
const COUNTED = new Set(['parentId', 'quoteId', 'kind']);

function matters(doc: Y.Doc, tr: Y.Transaction): boolean {
  const records: unknown[] = [interviewsOf(doc), quotesOf(doc), tagsOf(doc), doc.share.get(THEME_COUNTS_MAP), amendmentsOf(doc)];
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

/** The board's residency store, given by the board screen (and through the Konva stage to the cards). */
export const ResidencyContext = createContext<ResidencyStore | null>(null);

function useResidencyStore(): ResidencyStore {
  const store = useContext(ResidencyContext);
  if (!store) throw new Error('useResidency outside a board');
  return store;
}

export function useResidency(): ResidencyData {
  const store = useResidencyStore();
  return useSyncExternalStore(store.subscribe, store.get);
}
