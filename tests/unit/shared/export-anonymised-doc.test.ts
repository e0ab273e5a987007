import { describe, expect, it } from 'vitest';
import { anonymisedDoc } from '@shared/export/anonymised-doc';
import { readItem, itemsOf } from '@shared/board/doc';
import { AMENDMENTS } from '@shared/records/amendments';
import { VOTE_RESULTS, type VoteResult } from '@shared/records/votes';
import { readRecords, recordsOf, writeRecordTo } from '@shared/records/y-record';
import { decideAmendment, suggestAmendment } from '@shared/residency/amendments';
import { decideProposal } from '@shared/residency/decisions';
import { buildFixtureDoc, FIXTURE } from '../../fixtures/export/fixture-doc';

/**
 * The anonymised archive's project file: what a facilitator typed in free text around the board
 * (a decision's reason, a vote's question, an amendment's words) names nobody in it, and the
 * vote results and the decided amendments travel, without who suggested or decided them.
 */
function residencyWithNames() {
  const { doc, ids } = buildFixtureDoc();
  decideProposal(doc, ids.proposal, { status: 'retained', reason: `${FIXTURE.named} l’a confirmé`, by: 'person:facilitator' });
  const result: VoteResult = {
    id: 'vote:abcd1234',
    date: '2025-04-02T10:00:00.000Z',
    question: `Que retenir de ce que dit ${FIXTURE.named} ?`,
    scope: { kind: 'frame', frame: ids.theme, ids: ['quote:card-a', 'quote:card-c', ids.synthesis] },
    // quote:card-c is the card of a quote whose person withdrew their consent: not in the copy.
    counts: { 'quote:card-a': 3, 'quote:card-c': 2, [ids.synthesis]: 1 },
    voters: 3,
  };
  writeRecordTo(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc), result.id, result);
  const s = (text: string, from: number, to: number, id: string): string => {
    const r = suggestAmendment(doc, { proposalId: ids.proposal, author: 'person:participant', from, to, text, now: 1 }, id);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  const accepted = s(`Comme le dit ${FIXTURE.named}, `, 0, 0, 'amendment:accepted');
  expect(decideAmendment(doc, accepted, 'accepted', 'person:facilitator', 2).ok).toBe(true);
  const rejected = s(`${FIXTURE.anonymous} repère`, 4, 20, 'amendment:rejected');
  expect(decideAmendment(doc, rejected, 'rejected', 'person:facilitator', 3).ok).toBe(true);
  s(`avec ${FIXTURE.named}`, 5, 5, 'amendment:open');
  return { doc, ids };
}

describe('the anonymised project file', () => {
  it('holds no pseudonym in a decision’s reason, a vote’s question or an amendment, nor who decided or suggested', () => {
    const { doc } = residencyWithNames();
    // The source does hold them: the check below would see them.
    expect(JSON.stringify(doc.toJSON())).toContain(`dit ${FIXTURE.named} ?`);
    const everything = JSON.stringify(anonymisedDoc(doc, 'fr').toJSON());
    for (const name of [FIXTURE.named, FIXTURE.anonymous]) expect(everything).not.toMatch(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u'));
    for (const person of ['person:facilitator', 'person:participant']) expect(everything).not.toContain(person);
    expect(everything).not.toContain('quote:card-c');
  });

  it('keeps the decision, the vote result (dots of a left-out card under a neutral id) and the decided amendments', () => {
    const { doc, ids } = residencyWithNames();
    const copy = anonymisedDoc(doc, 'fr');
    const proposal = readItem(itemsOf(copy).get(ids.proposal));
    expect(proposal?.kind === 'proposal' && proposal.decision).toMatchObject({ status: 'retained', by: null });
    expect(proposal?.kind === 'proposal' && proposal.decision?.reason).toMatch(/l’a confirmé$/);

    const [vote] = readRecords(VOTE_RESULTS, copy);
    expect(vote?.question).toMatch(/^Que retenir de ce que dit .+ \?$/);
    expect(vote?.counts).toEqual({ 'quote:card-a': 3, 'withheld:1': 2, [ids.synthesis]: 1 });
    expect(vote?.scope).toEqual({ kind: 'frame', frame: ids.theme, ids: ['quote:card-a', 'withheld:1', ids.synthesis] });
    expect(vote?.voters).toBe(3);

    const amendments = readRecords(AMENDMENTS, copy);
    expect(amendments.map((a) => [a.id, a.state])).toEqual([
      ['amendment:accepted', 'accepted'],
      ['amendment:rejected', 'rejected'],
    ]);
    expect(amendments[0]?.text).toMatch(/^Comme le dit .+, $/);
    // It replaced words of the accepted one, a name among them: scrubbed too.
    expect(amendments[1]).toMatchObject({ author: 'person:anonymous', decidedBy: 'person:anonymous' });
    expect(amendments[1]?.original).toMatch(/^e le dit .+, $/);
    expect(amendments[1]?.text).toMatch(/^.+ repère$/);
  });
});
