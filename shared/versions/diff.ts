import type * as Y from 'yjs';
import type { RecordKind } from '../records/kind';
import type { ItemRecord } from '../records/items';
import { ITEMS } from '../records/items';
import { INTERVIEWS, QUOTES } from '../records/residency';
import { readRecord, recordsOf } from '../records/y-record';

/** A card that changed theme: the frames it was in and is in now (null: on the open board). */
export interface ThemeMove {
  id: string;
  from: string | null;
  to: string | null;
}

/**
 * What changed between a version (`then`) and the live board (`now`), by record id, so the page
 * can word a summary and highlight the cards. Frames count as cards for added and removed.
 */
export interface VersionDiff {
  /** On the live board, not in the version. */
  added: string[];
  /** In the version, gone from the live board. */
  removed: string[];
  /** Cards whose theme (parent frame) changed. */
  moved: ThemeMove[];
  /** Cards whose words changed (a note's text, a theme's title, a proposal's title or body…). */
  textChanged: string[];
  interviews: { added: string[]; removed: string[] };
  quotes: { added: string[]; removed: string[]; textChanged: string[] };
  /** Every frame's title, from the live board or else the version, to name themes in the summary. */
  themeTitles: Record<string, string>;
}

/** The words of a card, per kind, compared as one string. A quote card's words are its quote's (compared with the quotes). */
function wordsOf(item: ItemRecord): string {
  switch (item.kind) {
    case 'note':
    case 'text':
      return item.text;
    case 'frame':
      return item.title;
    case 'quote':
      return item.quoteId;
    case 'proposal':
      return `${item.title}\n${item.body}`;
    case 'experiment':
      return [item.title, item.hypothesis, item.place, item.partners, item.tested, item.indicator].join('\n');
    case 'image':
      return `${item.alt}\n${item.caption ?? ''}`;
  }
}

/** Valid records of a kind by id, read once (one pass over the map: a board of 50,000 cards is read twice per diff, no more). */
function recordsById<R extends object, S>(kind: RecordKind<R, S>, doc: Y.Doc): Map<string, R> {
  const out = new Map<string, R>();
  recordsOf(kind, doc).forEach((value, id) => {
    const r = readRecord(kind, value);
    if (r) out.set(id, r);
  });
  return out;
}

const onlyIn = <T>(a: Map<string, T>, b: Map<string, T>): string[] => [...a.keys()].filter((id) => !b.has(id)).sort();

export function diffVersion(then: Y.Doc, now: Y.Doc): VersionDiff {
  const before = recordsById(ITEMS, then);
  const after = recordsById(ITEMS, now);
  const moved: ThemeMove[] = [];
  const textChanged: string[] = [];
  for (const [id, was] of before) {
    const is = after.get(id);
    if (!is) continue;
    if (was.kind !== 'frame' && was.parentId !== is.parentId) moved.push({ id, from: was.parentId, to: is.parentId });
    if (wordsOf(was) !== wordsOf(is)) textChanged.push(id);
  }
  const themeTitles: Record<string, string> = {};
  for (const items of [before, after]) for (const item of items.values()) if (item.kind === 'frame') themeTitles[item.id] = item.title;

  const interviewsThen = recordsById(INTERVIEWS, then);
  const interviewsNow = recordsById(INTERVIEWS, now);
  const quotesThen = recordsById(QUOTES, then);
  const quotesNow = recordsById(QUOTES, now);
  return {
    added: onlyIn(after, before),
    removed: onlyIn(before, after),
    moved: moved.sort((a, b) => (a.id < b.id ? -1 : 1)),
    textChanged: textChanged.sort(),
    interviews: { added: onlyIn(interviewsNow, interviewsThen), removed: onlyIn(interviewsThen, interviewsNow) },
    quotes: {
      added: onlyIn(quotesNow, quotesThen),
      removed: onlyIn(quotesThen, quotesNow),
      textChanged: [...quotesThen].filter(([id, q]) => quotesNow.has(id) && quotesNow.get(id)!.text !== q.text).map(([id]) => id).sort(),
    },
    themeTitles,
  };
}

/** The cards to highlight on the version's board: what is gone since, moved or reworded (an added card is not on it). */
export function changedInVersion(diff: VersionDiff): Set<string> {
  return new Set([...diff.removed, ...diff.moved.map((m) => m.id), ...diff.textChanged]);
}

/** True when nothing the summary speaks of changed. */
export function isUnchanged(diff: VersionDiff): boolean {
  return (
    diff.added.length + diff.removed.length + diff.moved.length + diff.textChanged.length + diff.interviews.added.length + diff.interviews.removed.length + diff.quotes.added.length + diff.quotes.removed.length + diff.quotes.textChanged.length ===
    0
  );
}
