import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeDayVote, type DayVote } from '@shared/day/day-vote';
import { ITEMS } from '@shared/records/items';
import { VOTE_RESULTS } from '@shared/records/votes';
import { readRecord, recordsOf, writeRecordTo } from '@shared/records/y-record';
import { memoryBallots, VoteBox } from '../../../electron/host/room/vote-box';
import { hostWriter } from './host-writer';

const vote: DayVote = { id: 'vote:abcd1234', question: 'Which?', scope: { kind: 'frame', frame: 'frame:f' }, perPerson: 3, perCard: 2, endsAt: null, state: 'open' };

function board(): Y.Doc {
  const doc = new Y.Doc();
  const items = recordsOf(ITEMS, doc);
  writeRecordTo(ITEMS, items, 'frame:f', { id: 'frame:f', kind: 'frame', x: 0, y: 0, w: 900, h: 600, z: 0, parentId: null, title: 'F', mark: 'none', locked: false });
  for (const id of ['note:a', 'note:b', 'note:c']) {
    writeRecordTo(ITEMS, items, id, { id, kind: 'note', x: 10, y: 10, w: 100, h: 100, z: 1, parentId: 'frame:f', text: id, color: 'yellow' });
  }
  writeRecordTo(ITEMS, items, 'note:out', { id: 'note:out', kind: 'note', x: 2000, y: 10, w: 100, h: 100, z: 1, parentId: null, text: 'out', color: 'yellow' });
  writeDayVote(doc, vote);
  return doc;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe("the HOST's ballot box", () => {
  it('keeps each voter to the limits, in scope, and a replay counts once', () => {
    const doc = board();
    const box = new VoteBox(hostWriter(doc), memoryBallots());
    expect(box.cast('ann', vote.id, 'note:a', 2, doc)).toEqual({ ok: true, dots: { 'note:a': 2 } });
    expect(box.cast('ann', vote.id, 'note:a', 2, doc)).toEqual({ ok: true, dots: { 'note:a': 2 } });
    expect(box.cast('ann', vote.id, 'note:b', 2, doc)).toMatchObject({ ok: false, reason: 'per-person', dots: { 'note:a': 2 } });
    expect(box.cast('ann', vote.id, 'note:b', 3, doc)).toMatchObject({ ok: false, reason: 'per-card' });
    expect(box.cast('ann', vote.id, 'note:out', 1, doc)).toMatchObject({ ok: false, reason: 'scope' });
    expect(box.cast('ann', vote.id, 'note:gone', 1, doc)).toMatchObject({ ok: false, reason: 'scope' });
    expect(box.cast('ann', 'vote:other1', 'note:a', 1, doc)).toMatchObject({ ok: false, reason: 'no-vote' });
    expect(box.cast('bob', vote.id, 'note:a', 1, doc).ok).toBe(true);
    // Each voter sees only their own dots.
    expect(box.mine('bob', vote.id)).toEqual({ 'note:a': 1 });
    expect(box.mine('ann', vote.id)).toEqual({ 'note:a': 2 });
    expect(box.totals(vote.id)).toEqual({ counts: { 'note:a': 3 }, voters: 2 });
    box.destroy();
  });

  it('refuses casts once closed or past its end on the HOST clock', () => {
    const doc = board();
    let now = 1000;
    writeDayVote(doc, { ...vote, endsAt: 2000 });
    const box = new VoteBox(hostWriter(doc), memoryBallots(), () => now);
    expect(box.cast('ann', vote.id, 'note:a', 1, doc).ok).toBe(true);
    now = 2000;
    expect(box.cast('ann', vote.id, 'note:b', 1, doc)).toMatchObject({ ok: false, reason: 'closed', dots: { 'note:a': 1 } });
    writeDayVote(doc, { ...vote, state: 'closed' });
    now = 0;
    expect(box.cast('ann', vote.id, 'note:b', 1, doc)).toMatchObject({ ok: false, reason: 'closed' });
    box.destroy();
  });

  it('freezes the totals as a result record at the reveal, once, and keeps ballots across openings', async () => {
    const doc = board();
    const store = memoryBallots();
    const first = new VoteBox(hostWriter(doc), store);
    first.cast('ann', vote.id, 'note:a', 2, doc);
    first.cast('bob', vote.id, 'note:b', 1, doc);
    first.destroy();
    // The room reopens: the ballots come back from the store; a new voter still votes within limits.
    const box = new VoteBox(hostWriter(doc), store);
    expect(box.mine('ann', vote.id)).toEqual({ 'note:a': 2 });
    expect(box.cast('cat', vote.id, 'note:a', 2, doc).ok).toBe(true);
    writeDayVote(doc, { ...vote, state: 'revealed' });
    await tick();
    const result = readRecord(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc).get(vote.id));
    expect(result).toMatchObject({ id: vote.id, question: 'Which?', scope: vote.scope, counts: { 'note:a': 4, 'note:b': 1 }, voters: 3 });
    // Frozen: a later cast (refused anyway) or a second reveal changes nothing.
    expect(box.cast('dan', vote.id, 'note:c', 1, doc).ok).toBe(false);
    writeDayVote(doc, { ...vote, state: 'revealed', question: 'Changed' });
    await tick();
    expect(readRecord(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc).get(vote.id))?.question).toBe('Which?');
    box.destroy();
  });

  it('reads a ballot box it cannot parse as empty, without throwing', () => {
    const doc = board();
    const box = new VoteBox(hostWriter(doc), { read: () => ({ 'vote:x': 'garbage' }), write: () => {} });
    expect(box.totals(vote.id)).toEqual({ counts: {}, voters: 0 });
    box.destroy();
  });
});
