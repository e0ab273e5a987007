import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { updateItem } from '@shared/board/commands';
import { itemsOf, readItems } from '@shared/board/doc';
import { decideProposal } from '@shared/residency/decisions';
import { sendEdit, syncedDoc } from './helpers/raw-edits';
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
});
