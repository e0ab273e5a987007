import * as Y from 'yjs';
import { countQuotes, type ThemeCounts } from '../residency/trace';

interface QuoteCard {
  frame: string | null;
  quoteId: string;
}

/**
 * Which quote cards each theme holds (and which show each quote), kept as the project changes, so the room's published counts
 * are recounted for the themes a change concerns only: recounting every theme walks the whole
 * board (about 0.1 s at 50,000 cards, see docs/performance.md). Counts are the same as
 * `allThemeCounts`: a theme appears once it holds a quote card.
 */
export class ThemeCountIndex {
  private readonly cards = new Map<string, QuoteCard>();
  private readonly byFrame = new Map<string, Set<string>>();
  private readonly byQuote = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();

  constructor(private readonly full: Y.Doc) {
    full.getMap<unknown>('items').forEach((_, id) => this.cardChanged(id));
    this.dirty.clear();
  }

  /** A card was added, removed or changed in the project doc: re-reads it. */
  cardChanged(id: string): void {
    const before = this.cards.get(id);
    const value = this.full.getMap<unknown>('items').get(id);
    const now = value instanceof Y.Map && value.get('kind') === 'quote' && typeof value.get('quoteId') === 'string' ? { frame: stringOrNull(value.get('parentId')), quoteId: value.get('quoteId') as string } : undefined;
    if (before?.frame === now?.frame && before?.quoteId === now?.quoteId) return;
    if (before) {
      remove(this.byFrame, before.frame, id);
      remove(this.byQuote, before.quoteId, id);
      if (before.frame) this.dirty.add(before.frame);
      this.cards.delete(id);
    }
    if (now) {
      add(this.byFrame, now.frame, id);
      add(this.byQuote, now.quoteId, id);
      if (now.frame) this.dirty.add(now.frame);
      this.cards.set(id, now);
    }
  }

  /** Quotes whose words, interview or interview's profile changed: the themes showing them recount. */
  quotesChanged(quoteIds: Iterable<string>): void {
    for (const q of quoteIds) for (const card of this.byQuote.get(q) ?? []) {
      const frame = this.cards.get(card)?.frame;
      if (frame) this.dirty.add(frame);
    }
  }

  /** The quote cards that show a quote, wherever they are. */
  cardsOf(quoteId: string): ReadonlySet<string> {
    return this.byQuote.get(quoteId) ?? new Set();
  }

  /** Every theme's counts. */
  all(): Map<string, ThemeCounts> {
    const out = new Map<string, ThemeCounts>();
    for (const frame of this.byFrame.keys()) out.set(frame, this.count(frame));
    return out;
  }

  /** The themes recounted since last asked: their counts, or null for a theme that holds no quote card any more. */
  takeChanged(): Map<string, ThemeCounts | null> {
    const out = new Map<string, ThemeCounts | null>();
    for (const frame of this.dirty) out.set(frame, this.byFrame.has(frame) ? this.count(frame) : null);
    this.dirty.clear();
    return out;
  }

  private count(frame: string): ThemeCounts {
    const cards = this.byFrame.get(frame) ?? new Set<string>();
    return countQuotes(this.full, [...cards].map((c) => this.cards.get(c)!.quoteId));
  }
}

const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function add(index: Map<string, Set<string>>, key: string | null, id: string): void {
  if (key === null) return;
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(id);
}

function remove(index: Map<string, Set<string>>, key: string | null, id: string): void {
  if (key === null) return;
  const set = index.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) index.delete(key);
}
