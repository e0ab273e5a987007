import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { readItems } from '@shared/board/doc';
import { VOTE_RESULTS } from '@shared/records/votes';
import { readRecords, recordsOf, writeRecordTo } from '@shared/records/y-record';
import { dotsByCard, parseQuery, searchItems } from '@shared/residency/search';

const empty = { interviews: new Map(), quotes: new Map(), tags: new Map() };

describe('the search bar’s votes: filter', () => {
  it('keeps the cards with at least so many dots in a revealed vote, or none with votes:0', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Un marché du soir' });
    const b = createItem(doc, { kind: 'proposal', x: 0, y: 300, title: 'Une cantine partagée' });
    const c = createItem(doc, { kind: 'note', x: 0, y: 600, text: 'Rien pour moi' });
    const scope = { kind: 'proposals' } as const;
    writeRecordTo(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc), 'vote:first', { id: 'vote:first', date: '2026-12-07T15:00:00.000Z', question: 'Laquelle ?', scope, counts: { [a]: 5, [b]: 1 }, voters: 4 });
    // A second vote where b did better: a card keeps its best.
    writeRecordTo(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc), 'vote:second', { id: 'vote:second', date: '2026-12-07T16:00:00.000Z', question: 'Et maintenant ?', scope, counts: { [b]: 3 }, voters: 3 });
    const data = { ...empty, dots: dotsByCard(readRecords(VOTE_RESULTS, doc)) };
    const ids = (q: string): string[] => searchItems(readItems(doc), q, data).map((i) => i.id);
    expect(ids('votes:3')).toEqual([a, b]);
    expect(ids('votes:4')).toEqual([a]);
    expect(ids('votes:0')).toEqual([c]);
    // Filters and words together; "dots" is the same filter.
    expect(ids('dots:1 cantine')).toEqual([b]);
    // Before any reveal nobody has dots.
    expect(searchItems(readItems(doc), 'votes:1', empty)).toEqual([]);
  });

  it('says a value it cannot read, and matches nothing with it', () => {
    expect(parseQuery('votes:beaucoup').unknown).toEqual(['votes:beaucoup']);
    expect(parseQuery('votes:-1').unknown).toEqual(['votes:-1']);
    expect(parseQuery('votes:2').unknown).toEqual([]);
    expect(searchItems([], 'votes:beaucoup', empty)).toEqual([]);
  });
});
