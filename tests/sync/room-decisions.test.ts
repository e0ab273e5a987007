import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateItem } from '@shared/board/commands';
import { itemsOf, readItems } from '@shared/board/doc';
import { decideProposal } from '@shared/residency/decisions';
import { deletionOf } from '../helpers/hand-built-update';
import { sendEdit, sendUpdate, syncedDoc } from './helpers/raw-edits';
import { rawMember } from './helpers/raw-member';
import { useRoomPerTest } from './helpers/room-fixture';
import { SAMPLE_PROJECT, until } from './helpers/room-host';

/**
 * Decisions in a room, with Node peers on real sockets and the sample residency: a facilitator's
 * decision reaches the participants; a participant's update that changes it is refused by the
 * HOST, logged, and changes nothing; participants still edit the decided proposal.
 */
const rooms = useRoomPerTest();
const PASSWORD = 'cerise galet moulin';

const decisionIn = (doc: Y.Doc, id: string): unknown => (itemsOf(doc).get(id) as Y.Map<unknown> | undefined)?.get('decision');

describe('decisions in the room', () => {
  it('a facilitator’s decision reaches everyone; a participant’s change of it is refused and logged; the proposal stays theirs to edit', async () => {
    const room = await rooms.start({ password: PASSWORD, project: SAMPLE_PROJECT });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const [awa] = await rooms.joinSynced(PASSWORD, ['Awa']);
    await fanny.room.synced();
    const proposal = readItems(fanny.doc).find((i) => i.kind === 'proposal')!.id;
    decideProposal(fanny.doc, proposal, { status: 'retained', reason: 'Trois lieux la portent', by: 'person:fanny' });
    await until('the decision reached the participant', () => (decisionIn(awa.doc, proposal) as { status?: string } | undefined)?.status === 'retained');

    const hostile = await rawMember(room.address, room.roomId, PASSWORD);
    const doc = await syncedDoc(hostile);
    sendEdit(hostile, doc, () => decideProposal(doc, proposal, { status: 'dropped', reason: 'Non', by: 'person:intrus' }));
    expect(await hostile.closed).toBe(1008);
    await until('the refusal is logged', async () => (await room.host.api.roomStatus()).refusals.length === 1);
    expect((await room.host.api.roomStatus()).refusals[0]).toMatchObject({ role: 'participant', reason: expect.stringMatching(/decision/) });

    // A participant edits the decided proposal's title: it goes through, the decision stays.
    updateItem(awa.doc, proposal, { title: 'Un lieu aiguillage, le jeudi' });
    await until('the facilitator sees the new title', () => itemsOf(fanny.doc).get(proposal)?.get('title') === 'Un lieu aiguillage, le jeudi');
    const saved = await room.savedFile();
    expect(saved.snapshot.items.find((i) => i.id === proposal)).toMatchObject({ decision: { status: 'retained', reason: 'Trois lieux la portent' } });
    expect(decisionIn(awa.doc, proposal)).toMatchObject({ status: 'retained' });
  }, 60_000);

  it('a decided proposal deleted or replaced whole by a hand-built update naming none of its fields is refused; the decision stays', async () => {
    const room = await rooms.start({ password: PASSWORD, project: SAMPLE_PROJECT });
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const fanny = rooms.join('Fanny', facilitatorPassword, { door: 'facilitator' });
    const [awa] = await rooms.joinSynced(PASSWORD, ['Awa']);
    await fanny.room.synced();
    const proposal = readItems(fanny.doc).find((i) => i.kind === 'proposal')!.id;
    decideProposal(fanny.doc, proposal, { status: 'retained', reason: 'Trois lieux la portent', by: 'person:fanny' });
    await until('the decision reached the participant', () => (decisionIn(awa.doc, proposal) as { status?: string } | undefined)?.status === 'retained');

    // Deleted: the update's delete set names only the proposal's own item.
    const deleter = await rawMember(room.address, room.roomId, PASSWORD);
    const record = itemsOf(await syncedDoc(deleter)).get(proposal) as unknown as { _item: Y.Item };
    sendUpdate(deleter, deletionOf(record._item.id));
    expect(await deleter.closed).toBe(1008);
    // Replaced: a new proposal under its key, the old one deleted only in the sender's copy.
    const replacer = await rawMember(room.address, room.roomId, PASSWORD);
    const doc = await syncedDoc(replacer);
    itemsOf(doc).delete(proposal);
    sendEdit(replacer, doc, () => {
      const card = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id: proposal, kind: 'proposal', x: 0, y: 0, w: 320, h: 200, title: 'Sans décision' })) card.set(k, v);
      itemsOf(doc).set(proposal, card as never);
    });
    expect(await replacer.closed).toBe(1008);

    await until('both refusals are logged', async () => (await room.host.api.roomStatus()).refusals.length === 2);
    expect((await room.host.api.roomStatus()).refusals.map((r) => r.reason)).toEqual([expect.stringMatching(/decision/), expect.stringMatching(/decision/)]);
    // Nothing changed anywhere: a later edit arrives after them, and the decision is still there.
    updateItem(awa.doc, proposal, { title: 'Un lieu aiguillage, le jeudi' });
    await until('the facilitator sees the new title', () => itemsOf(fanny.doc).get(proposal)?.get('title') === 'Un lieu aiguillage, le jeudi');
    expect(decisionIn(fanny.doc, proposal)).toMatchObject({ status: 'retained' });
    expect(decisionIn(awa.doc, proposal)).toMatchObject({ status: 'retained' });
    const saved = await room.savedFile();
    expect(saved.snapshot.items.find((i) => i.id === proposal)).toMatchObject({ decision: { status: 'retained', reason: 'Trois lieux la portent' } });
  }, 60_000);
});
