import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { newBoardDoc } from '@shared/project-file/build';
import { decideAmendment, suggestAmendment } from '@shared/residency/amendments';
import { ResidencyStore } from '../../../renderer/src/session/residency-store';

/** What a proposal's card reads to say how many amendments wait for a decision. */
describe('open amendments per proposal, for the cards', () => {
  it('follows suggestions as they come and go as they are decided, without a reload', async () => {
    const doc = newBoardDoc('Atelier', '2026-01-01T00:00:00.000Z');
    const proposal = createItem(doc, { kind: 'proposal', x: 0, y: 0, title: 'Navette', body: 'Une navette le soir.' });
    const store = new ResidencyStore(doc);
    let seen = 0;
    store.subscribe(() => seen++);
    await Promise.resolve();
    expect(store.get().openAmendments.get(proposal)).toBeUndefined();

    const a = suggestAmendment(doc, { proposalId: proposal, author: 'person:awa', from: 0, to: 3, text: 'La', now: 1 });
    suggestAmendment(doc, { proposalId: proposal, author: 'person:bob', from: 11, to: 11, text: ' gratuite', now: 2 });
    await Promise.resolve();
    expect(store.get().openAmendments.get(proposal)).toBe(2);
    expect(seen).toBeGreaterThan(0);

    if (a.ok) decideAmendment(doc, a.value, 'rejected', 'person:fac', 3);
    await Promise.resolve();
    expect(store.get().openAmendments.get(proposal)).toBe(1);
    store.dispose();
  });
});
