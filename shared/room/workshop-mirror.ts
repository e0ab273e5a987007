import * as Y from 'yjs';
import { AUTHORSHIP_MAPS } from '../board/authorship';
import { DAY_MAP } from '../day/day-timer';
import { defineRecordMaps } from '../records/kinds';
import { VOTES_MAP } from '../records/votes';
import { quotesOfInterview } from '../residency/commands';
import { reanchorAmendment } from './amendment-anchors';
import { publishedQuotes, samePublished, type PublishedQuote } from './published-quotes';
import { ThemeCountIndex } from './theme-count-index';
import { THEME_COUNTS_MAP, type PublishedCounts } from './workshop-doc';

/**
 * The room's workshop doc, kept in step with the project doc both ways by the HOST
 * (docs/architecture.md, "Two kinds of material").
 *
 * Project → workshop: every change to the board's maps (items, assets, meta, authorship) is
 * replayed, except quote cards whose quote may not be shown and authorship entries of research
 * records; a change to a quote or an interview republishes the quotes it concerns (words and
 * credit only) and adds or withdraws their cards; theme counts are recomputed and published.
 * Workshop → project: participants' edits of the board's maps are replayed into the project doc,
 * which the HOST saves and forwards to the facilitators.
 *
 * Replaying works at the level of records, fields and text deltas: both docs are changed in the
 * same thread, one right after the other, so a text delta computed on one applies to the other's
 * identical text. Each side's writes carry MIRROR_ORIGIN, which the other side ignores.
 */

export const MIRROR_ORIGIN = 'tablee:mirror';

/**
 * Maps replayed as they are (quotes and counts are published, not replayed); `day` (the shared timer,
 * the agenda, a vote's definition) and `votes` (frozen vote results) only one way, participants never write them.
 */
const BOARD_MAPS = ['items', 'assets', 'amendments', 'meta', DAY_MAP, VOTES_MAP, ...AUTHORSHIP_MAPS] as const;
/** Maps a participant's edits come back from (the HOST refuses writes elsewhere: participant-update-check.ts). */
const RETURNING_MAPS = ['items', 'assets', 'amendments', ...AUTHORSHIP_MAPS] as const;
/** Item fields that decide whether a quote card is shown, or which theme counts it. */
const COUNTED_FIELDS = new Set(['kind', 'quoteId', 'parentId']);

type Changed = Y.Transaction['changed'];

/** A change seen in one doc, as plain data, replayed in the other once its transaction ended. */
type Op =
  | { t: 'key'; root: string; path: string[]; key: string }
  | { t: 'text'; root: string; path: string[]; delta: Array<{ insert?: unknown; retain?: number; delete?: number }> };

export interface MirrorOptions {
  /** After the mirror wrote a participant's edit into the project doc: what that transaction changed. */
  onMirrored?: (changed: Changed) => void;
  /** Theme counts are republished at most this often (they walk the whole board). */
  countsDelayMs?: number;
}

export class WorkshopMirror {
  readonly doc = new Y.Doc();
  private published = new Map<string, PublishedQuote>();
  private readonly fromFull: Op[] = [];
  private readonly fromWork: Op[] = [];
  private readonly researchTouched = { quotes: new Set<string>(), interviews: new Set<string>() };
  private readonly counts: ThemeCountIndex;
  private countsTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly detach: Array<() => void> = [];

  constructor(
    private readonly full: Y.Doc,
    private readonly opts: MirrorOptions = {},
  ) {
    defineRecordMaps(full);
    this.counts = new ThemeCountIndex(full);
    this.doc.transact(() => this.build(), MIRROR_ORIGIN);
    for (const root of BOARD_MAPS) this.watch(full, root, this.fromFull);
    for (const root of RETURNING_MAPS) this.watch(this.doc, root, this.fromWork);
    this.watchResearch();
    const afterFull = (): void => this.afterFull();
    const afterWork = (tr: Y.Transaction): void => this.afterWork(tr);
    full.on('afterTransaction', afterFull);
    this.doc.on('afterTransaction', afterWork);
    this.detach.push(
      () => full.off('afterTransaction', afterFull),
      () => this.doc.off('afterTransaction', afterWork),
    );
  }

  destroy(): void {
    for (const off of this.detach) off();
    if (this.countsTimer) clearTimeout(this.countsTimer);
    this.doc.destroy();
  }

  /** Publishes pending theme counts now (tests, and the HOST before it hands the doc to a late joiner). */
  flushCounts(): void {
    if (this.countsTimer) clearTimeout(this.countsTimer);
    this.countsTimer = null;
    const changed = this.counts.takeChanged();
    if (changed.size === 0) return;
    this.doc.transact(() => this.writeCounts(changed), MIRROR_ORIGIN);
  }

  private build(): void {
    this.published = publishedQuotes(this.full);
    const quotes = this.doc.getMap<unknown>('quotes');
    for (const [id, q] of this.published) quotes.set(id, quoteMap(q));
    for (const root of BOARD_MAPS) {
      const target = this.doc.getMap<unknown>(root);
      this.full.getMap<unknown>(root).forEach((value, key) => {
        if (this.shows(root, key, value)) target.set(key, copy(value));
      });
      if (root === 'amendments') target.forEach((_v, key) => reanchorAmendment(this.full, this.doc, key));
    }
    this.writeCounts(this.counts.all());
  }

  /**
   * Whether the project holds, under `key` of `root`, a record the workshop doc does not show (a
   * withheld quote's card): the HOST refuses a participant's write there, which would land on it.
   */
  hides(root: string, key: string): boolean {
    const value = this.full.getMap<unknown>(root).get(key);
    return value !== undefined && !this.shows(root, key, value);
  }

  /** Whether an entry of the project's board maps belongs in the workshop doc. */
  private shows(root: string, key: string, value: unknown): boolean {
    if (root === 'madeBy' || root === 'changedBy') {
      // Authorship is keyed by record id: only that of records the room shows (never an interview's or a withheld card's).
      const item = this.full.getMap<unknown>('items').get(key);
      return item !== undefined ? this.shows('items', key, item) : this.full.getMap<unknown>('assets').has(key);
    }
    if (root !== 'items' || !(value instanceof Y.Map)) return true;
    if (value.get('kind') !== 'quote') return true;
    const quoteId = value.get('quoteId');
    return typeof quoteId === 'string' && this.published.has(quoteId);
  }

  /** Records each change of `root` (and below) in `into`, unless the mirror made it. */
  private watch(doc: Y.Doc, root: string, into: Op[]): void {
    const map = doc.getMap<unknown>(root);
    const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, tr: Y.Transaction): void => {
      if (tr.origin === MIRROR_ORIGIN) return;
      for (const event of events) {
        const path = event.path.map(String);
        // A type replaced in this very transaction: its record was copied whole by its parent's change.
        if (at(doc, root, path) !== event.target) continue;
        if (event.target instanceof Y.Text) into.push({ t: 'text', root, path, delta: event.delta as Op extends { delta: infer D } ? D : never });
        else for (const key of event.changes.keys.keys()) into.push({ t: 'key', root, path, key });
      }
    };
    map.observeDeep(observer);
    this.detach.push(() => map.unobserveDeep(observer));
  }

  /** Quotes and interviews changed in the project: which quotes to republish. */
  private watchResearch(): void {
    for (const [root, into] of [
      ['quotes', this.researchTouched.quotes],
      ['interviews', this.researchTouched.interviews],
    ] as const) {
      const map = this.full.getMap<unknown>(root);
      const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
        for (const event of events) {
          if (event.path.length > 0) into.add(String(event.path[0]));
          else for (const key of event.changes.keys.keys()) into.add(key);
        }
      };
      map.observeDeep(observer);
      this.detach.push(() => map.unobserveDeep(observer));
    }
  }

  private afterFull(): void {
    const touched = this.researchTouched;
    if (this.fromFull.length === 0 && touched.quotes.size === 0 && touched.interviews.size === 0) return;
    const ops = this.fromFull.splice(0);
    const research = { quotes: new Set(touched.quotes), interviews: new Set(touched.interviews) };
    touched.quotes.clear();
    touched.interviews.clear();
    this.doc.transact(() => {
      this.counts.quotesChanged(this.republish(research));
      for (const op of ops) {
        this.noteCard(op);
        if (op.root === 'items' && op.t === 'key' && op.path.length === 1 && COUNTED_FIELDS.has(op.key)) {
          this.refreshItem(op.path[0]!);
          continue;
        }
        replay(this.full, this.doc, op, (root, key, value) => this.shows(root, key, value));
      }
    }, MIRROR_ORIGIN);
    this.countsLater();
  }

  /** Tells the count index about a card an op may have added, removed, moved or re-quoted. */
  private noteCard(op: Op): void {
    if (op.root !== 'items' || op.t !== 'key') return;
    if (op.path.length === 0) this.counts.cardChanged(op.key);
    else if (op.path.length === 1 && COUNTED_FIELDS.has(op.key)) this.counts.cardChanged(op.path[0]!);
  }

  private afterWork(tr: Y.Transaction): void {
    if (tr.origin === MIRROR_ORIGIN) return;
    if (this.fromWork.length === 0) return;
    const ops = this.fromWork.splice(0);
    let changed: Changed | null = null;
    const capture = (t: Y.Transaction): void => {
      if (t.origin === MIRROR_ORIGIN) changed = new Map(t.changed);
    };
    this.full.on('afterTransaction', capture);
    try {
      this.full.transact(() => {
        for (const op of ops) replay(this.doc, this.full, op, () => true);
      }, MIRROR_ORIGIN);
    } finally {
      this.full.off('afterTransaction', capture);
    }
    for (const op of ops) this.noteCard(op);
    this.countsLater();
    if (changed && (changed as Changed).size > 0) this.opts.onMirrored?.(changed);
  }

  /** Republishes the quotes a research change concerns, adding or withdrawing their cards; returns their ids. */
  private republish(touched: { quotes: Set<string>; interviews: Set<string> }): Set<string> {
    const ids = new Set(touched.quotes);
    for (const interviewId of touched.interviews) for (const q of quotesOfInterview(this.full, interviewId)) ids.add(q);
    if (ids.size === 0) return ids;
    const now = publishedQuotes(this.full, ids);
    const quotes = this.doc.getMap<unknown>('quotes');
    const flipped = new Set<string>();
    for (const id of ids) {
      const before = this.published.get(id);
      const after = now.get(id);
      if (after && before && samePublished(before, after)) continue;
      if (after) {
        this.published.set(id, after);
        quotes.set(id, quoteMap(after));
      } else {
        this.published.delete(id);
        quotes.delete(id);
      }
      if (!before !== !after) flipped.add(id);
    }
    for (const q of flipped) for (const card of this.counts.cardsOf(q)) this.refreshItem(card);
    return ids;
  }

  /** Puts a card in the workshop doc, or takes it out, as `shows` now says. */
  private refreshItem(id: string): void {
    const value = this.full.getMap<unknown>('items').get(id);
    const items = this.doc.getMap<unknown>('items');
    if (value === undefined || !this.shows('items', id, value)) {
      if (items.has(id)) items.delete(id);
      return;
    }
    const mine = items.get(id);
    if (!(mine instanceof Y.Map) || !(value instanceof Y.Map)) {
      items.set(id, copy(value));
      return;
    }
    // Already shown: only the fields that differ (a card moved between themes keeps its text's history).
    value.forEach((v, k) => {
      if (!(v instanceof Y.AbstractType) && mine.get(k) !== v) mine.set(k, copy(v));
    });
    for (const k of [...mine.keys()]) if (!value.has(k)) mine.delete(k);
  }

  private countsLater(): void {
    if (this.countsTimer) return;
    this.countsTimer = setTimeout(() => {
      this.countsTimer = null;
      this.flushCounts();
    }, this.opts.countsDelayMs ?? 100);
  }

  /** Publishes themes' counts (null: the theme holds no quote any more), writing only those that changed. */
  private writeCounts(counts: Map<string, PublishedCounts | null>): void {
    const target = this.doc.getMap<unknown>(THEME_COUNTS_MAP);
    for (const [frame, c] of counts) {
      const old = target.get(frame) as PublishedCounts | undefined;
      if (!c) {
        if (old !== undefined) target.delete(frame);
      } else if (!old || old.quotes !== c.quotes || old.interviews !== c.interviews || old.profiles !== c.profiles) target.set(frame, { ...c });
    }
  }
}

/** The type at `path` below a top-level map, or undefined. */
function at(doc: Y.Doc, root: string, path: string[]): unknown {
  let node: unknown = doc.getMap<unknown>(root);
  for (const key of path) {
    if (!(node instanceof Y.Map)) return undefined;
    node = node.get(key);
  }
  return node;
}

/** Replays one change of `from` into `to`; `shows` filters what a top-level map may hold. */
function replay(from: Y.Doc, to: Y.Doc, op: Op, shows: (root: string, key: string, value: unknown) => boolean): void {
  if (op.t === 'text') {
    const target = at(to, op.root, op.path);
    if (target instanceof Y.Text) target.applyDelta(op.delta, { sanitize: false });
    return;
  }
  const source = at(from, op.root, op.path);
  const target = at(to, op.root, op.path);
  if (!(source instanceof Y.Map)) return;
  if (!(target instanceof Y.Map)) {
    // The record is not in the other doc (a withheld quote card, or it went meanwhile): copy it whole if it belongs there.
    const recordKey = op.path[0];
    const record = recordKey === undefined ? undefined : from.getMap<unknown>(op.root).get(recordKey);
    if (recordKey !== undefined && record !== undefined && shows(op.root, recordKey, record)) {
      to.getMap<unknown>(op.root).set(recordKey, copy(record));
      if (op.root === 'amendments') reanchorAmendment(from, to, recordKey);
    }
    return;
  }
  if (!source.has(op.key)) {
    if (target.has(op.key)) target.delete(op.key);
    return;
  }
  const value = source.get(op.key);
  if (op.path.length === 0 && !shows(op.root, op.key, value)) {
    if (target.has(op.key)) target.delete(op.key);
    return;
  }
  target.set(op.key, copy(value));
  // A new amendment's anchors name the other doc's letters (amendment-anchors.ts).
  if (op.root === 'amendments' && op.path.length === 0) reanchorAmendment(from, to, op.key);
}

/** A fresh copy of a value for another doc: maps and texts are rebuilt, primitives kept. */
function copy(value: unknown): unknown {
  if (value instanceof Y.Text) return new Y.Text(value.toString());
  if (value instanceof Y.Map) {
    const out = new Y.Map<unknown>();
    value.forEach((v, k) => out.set(k, copy(v)));
    return out;
  }
  if (value instanceof Y.Array) return Y.Array.from(value.toArray().map(copy) as never[]);
  if (Array.isArray(value)) return [...(value as unknown[])];
  return value;
}

function quoteMap(q: PublishedQuote): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', q.id);
  map.set('interviewId', null);
  map.set('text', q.text);
  if (q.credit) map.set('credit', { ...q.credit });
  return map;
}
