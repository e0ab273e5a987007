import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DAY_MAP } from '@shared/day/day-timer';
import { castDots, frozenScope, inVoteScope, MAX_SCOPE_CARDS, ranking, readDayVote, tally, writeDayVote, type DayVote } from '@shared/day/day-vote';
import type { ItemRecord } from '@shared/records/items';
import { VOTE_RESULTS } from '@shared/records/votes';
import { recordsOf, writeRecordTo } from '@shared/records/y-record';
import { newBoardDoc } from '@shared/project-file/build';
import { participantUpdateRefusal } from '@shared/room/participant-update-check';
import { WorkshopMirror } from '@shared/room/workshop-mirror';

const note = (parentId: string | null): ItemRecord =>
  ({ id: 'note:a', kind: 'note', x: 0, y: 0, w: 10, h: 10, z: 0, parentId, text: 'a', color: 'yellow' }) as unknown as ItemRecord;
const proposal = { ...note(null), kind: 'proposal' } as unknown as ItemRecord;
const frame = { ...note(null), kind: 'frame' } as unknown as ItemRecord;

const vote: DayVote = { id: 'vote:abcd1234', question: 'Which?', scope: { kind: 'frame', frame: 'frame:f' }, perPerson: 3, perCard: 2, endsAt: 5000, state: 'open' };

describe('a dot vote', () => {
  it('is read back as written, and a malformed one reads as none', () => {
    const doc = new Y.Doc();
    expect(readDayVote(doc)).toBeNull();
    writeDayVote(doc, vote);
    expect(readDayVote(doc)).toEqual(vote);
    doc.getMap(DAY_MAP).set('vote', { ...vote, perCard: 9 });
    expect(readDayVote(doc)).toBeNull();
    doc.getMap(DAY_MAP).set('vote', 'nonsense');
    expect(readDayVote(doc)).toBeNull();
    writeDayVote(doc, null);
    expect(doc.getMap(DAY_MAP).has('vote')).toBe(false);
  });

  it('is about the cards of its frame, its chosen cards, or every proposal, never a frame', () => {
    expect(inVoteScope(vote.scope, 'note:a', note('frame:f'))).toBe(true);
    expect(inVoteScope(vote.scope, 'note:a', note('frame:other'))).toBe(false);
    expect(inVoteScope({ kind: 'cards', ids: ['note:a'] }, 'note:a', note(null))).toBe(true);
    expect(inVoteScope({ kind: 'cards', ids: ['note:a'] }, 'note:b', note(null))).toBe(false);
    expect(inVoteScope({ kind: 'proposals' }, 'p', proposal)).toBe(true);
    expect(inVoteScope({ kind: 'proposals' }, 'n', note(null))).toBe(false);
    expect(inVoteScope({ kind: 'cards', ids: ['frame:f'] }, 'frame:f', frame)).toBe(false);
  });

  it('freezes a frame’s cards and the proposals when it starts: a card moved in or out later does not change what counts', () => {
    const card = (id: string, kind: string, parentId: string | null): ItemRecord => ({ ...note(parentId), id, kind }) as unknown as ItemRecord;
    const board = [card('frame:f', 'frame', null), card('note:in', 'note', 'frame:f'), card('proposal:in', 'proposal', 'frame:f'), card('note:out', 'note', null), card('proposal:out', 'proposal', null)];
    const started = { ...vote, scope: frozenScope(vote.scope, board)! };
    expect(started.scope).toEqual({ kind: 'frame', frame: 'frame:f', ids: ['note:in', 'proposal:in'] });
    // During the vote, note:in is dragged out of the frame and note:out into it.
    expect(castDots(started, vote.id, 0, {}, 'note:in', card('note:in', 'note', null), 1)).toEqual({ 'note:in': 1 });
    expect(castDots(started, vote.id, 0, {}, 'note:out', card('note:out', 'note', 'frame:f'), 1)).toBe('scope');

    const proposals = frozenScope({ kind: 'proposals' }, board)!;
    expect(proposals).toEqual({ kind: 'proposals', ids: ['proposal:in', 'proposal:out'] });
    // A proposal written during the vote is not part of it.
    expect(inVoteScope(proposals, 'proposal:new', card('proposal:new', 'proposal', null))).toBe(false);
    expect(inVoteScope(proposals, 'proposal:out', card('proposal:out', 'proposal', null))).toBe(true);
    // The frozen list travels in the definition, as written.
    const doc = new Y.Doc();
    writeDayVote(doc, started);
    expect(readDayVote(doc)?.scope).toEqual(started.scope);
    // A chosen list stays as chosen; a frame too full for a vote is refused.
    expect(frozenScope({ kind: 'cards', ids: ['note:out'] }, board)).toEqual({ kind: 'cards', ids: ['note:out'] });
    const crowded = Array.from({ length: MAX_SCOPE_CARDS + 1 }, (_, i) => card(`note:${i}`, 'note', 'frame:f'));
    expect(frozenScope(vote.scope, crowded)).toBeNull();
  });

  it('sets dots within the limits and says why it refuses the rest', () => {
    const card = note('frame:f');
    const one = castDots(vote, vote.id, 0, {}, 'note:a', card, 2);
    expect(one).toEqual({ 'note:a': 2 });
    // A replay sets the same number: nothing more.
    expect(castDots(vote, vote.id, 0, one as Record<string, number>, 'note:a', card, 2)).toEqual({ 'note:a': 2 });
    expect(castDots(vote, vote.id, 0, {}, 'note:a', card, 3)).toBe('per-card');
    expect(castDots(vote, vote.id, 0, { 'note:b': 2 }, 'note:a', card, 2)).toBe('per-person');
    expect(castDots(vote, vote.id, 0, { 'note:a': 2 }, 'note:a', card, 0)).toEqual({});
    expect(castDots(vote, vote.id, 0, {}, 'note:a', note('frame:x'), 1)).toBe('scope');
    expect(castDots(vote, vote.id, 0, {}, 'note:a', undefined, 1)).toBe('scope');
    expect(castDots(vote, 'vote:other', 0, {}, 'note:a', card, 1)).toBe('no-vote');
    expect(castDots(null, vote.id, 0, {}, 'note:a', card, 1)).toBe('no-vote');
    expect(castDots(vote, vote.id, 5000, {}, 'note:a', card, 1)).toBe('closed');
    expect(castDots({ ...vote, state: 'closed' }, vote.id, 0, {}, 'note:a', card, 1)).toBe('closed');
    expect(castDots({ ...vote, endsAt: null }, vote.id, 1e12, {}, 'note:a', card, 1)).toEqual({ 'note:a': 1 });
  });

  it('counts ballots into totals, voters and a ranking every screen agrees on', () => {
    const { counts, voters } = tally([{ a: 2, b: 1 }, { b: 3 }, {}]);
    expect(counts).toEqual({ a: 2, b: 4 });
    expect(voters).toBe(2);
    expect(ranking({ b: 1, a: 1, c: 5 })).toEqual([
      ['c', 5],
      ['a', 1],
      ['b', 1],
    ]);
  });
});

describe('a dot vote in the room’s workshop doc', () => {
  it('reaches participants with its result, which they may not write, nor the vote itself', () => {
    const full = newBoardDoc('Atelier', '2026-01-01T00:00:00.000Z');
    const mirror = new WorkshopMirror(full, { countsDelayMs: 0 });
    writeDayVote(full, vote);
    writeRecordTo(VOTE_RESULTS, recordsOf(VOTE_RESULTS, full), vote.id, { id: vote.id, date: '2026-01-01T10:00:00.000Z', question: 'Which?', scope: vote.scope, counts: { 'note:a': 3 }, voters: 2 });
    expect(readDayVote(mirror.doc)).toEqual(vote);
    expect(recordsOf(VOTE_RESULTS, mirror.doc).get(vote.id)?.get('counts')).toEqual({ 'note:a': 3 });

    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(mirror.doc));
    const edit = (change: (doc: Y.Doc) => void): Uint8Array => {
      const before = Y.encodeStateVector(peer);
      change(peer);
      return Y.encodeStateAsUpdate(peer, before);
    };
    const forged = edit((d) => writeRecordTo(VOTE_RESULTS, recordsOf(VOTE_RESULTS, d), 'vote:forged01', { id: 'vote:forged01', date: '', question: '', scope: vote.scope, counts: { 'note:a': 99 }, voters: 1 }));
    expect(participantUpdateRefusal(mirror.doc, forged, { hidden: () => false, person: null })).toMatch(/voteResults/);
    const reopened = edit((d) => writeDayVote(d, { ...vote, perPerson: 50, perCard: 50 }));
    expect(participantUpdateRefusal(mirror.doc, reopened, { hidden: () => false, person: null })).toMatch(/day/);
    mirror.destroy();
  });
});
