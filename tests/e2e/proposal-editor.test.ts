import { copyFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ItemRecord, ProposalRecord } from '@shared/board/records';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import { useE2e } from './fixtures';
import { snapshot } from './harness';

/**
 * Writing a proposal of the sample residency: a wide editor, a quote picker searched by words,
 * place and person (as consent allows), themes only from theme frames, and E making the
 * experiment that comes from the open proposal. A copy of the sample, in Chromium against the
 * real HOST.
 */
const e2e = useE2e();
const project = e2e.path('sample.tablee');
beforeAll(() => copyFileSync(SAMPLE_PATH, project));
const board = e2e.useHost({ project });

const proposalOf = async (page: Page, id: string): Promise<ProposalRecord> => (await snapshot(page)).items.find((i): i is ProposalRecord => i.id === id && i.kind === 'proposal')!;

/** Opens a proposal in the side panel as a facilitator would: selected, then Enter. */
async function openProposal(page: Page, id: string): Promise<void> {
  await page.mouse.move(5, 700);
  await page.evaluate((i) => window.tablee!.select([i]), id);
  await page.keyboard.press('Enter');
  await page.getByTestId('proposal-panel').waitFor();
}

describe('the proposal editor, in Chromium against the real HOST', () => {
  it('is wide enough to write in, and its quote picker finds a quote by a word and by a place, never naming who asked not to be', async () => {
    const page = await board.open('fr-FR');
    await openProposal(page, 'proposal:sample-4');
    // The text box has room: more than half of a 1280-pixel window's panel, not a sliver.
    const body = (await page.getByTestId('proposal-body').boundingBox())!;
    expect(body.width).toBeGreaterThan(500);

    // By a word: "voiture" is only in Lucie's quote (Montaubrel without a car).
    await page.getByTestId('link-quote').click();
    const search = page.getByTestId('quote-picker-search');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('voiture');
    const choices = page.getByTestId('quote-choice');
    await expect.poll(() => choices.count()).toBe(1);
    expect(await choices.first().textContent()).toContain('Lucie');
    expect(await choices.first().textContent()).toContain('Le Point emploi des Noues');
    await search.press('Enter');
    await expect.poll(async () => Object.keys((await proposalOf(page, 'proposal:sample-4')).quoteLinks).sort()).toEqual(['quote:sample-q09', 'quote:sample-q10', 'quote:sample-q13']);
    // Linked: no longer offered.
    await expect.poll(() => choices.count()).toBe(0);

    // By a place: the Grenier's quotes only, chosen with the arrows.
    await search.fill('');
    await page.getByTestId('quote-picker-place').selectOption('Le Grenier partagé');
    const grenier = await choices.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    // Nadia, Joël, Karim, Françoise (its quote already linked), Aïcha, Théo (q06; q13 linked).
    expect(grenier.sort()).toEqual(['quote:sample-q01', 'quote:sample-q02', 'quote:sample-q06', 'quote:sample-q08', 'quote:sample-q12']);
    for (const text of await choices.allTextContents()) expect(text).toContain('Le Grenier partagé');
    // Théo agreed to be quoted, not named: his quote is offered under his profile, his pseudonym nowhere.
    const picker = (await page.getByTestId('quote-picker').textContent()) ?? '';
    expect(picker).not.toContain('Théo');
    const people = await page.getByTestId('quote-picker-person').locator('option').allTextContents();
    expect(people).toContain('Nadia, usager·ère');
    expect(people.join('\n')).not.toContain('Théo');
    // Rose asked not to be quoted: her words are never a choice.
    await page.getByTestId('quote-picker-place').selectOption('');
    expect(await choices.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).not.toContain('quote:sample-q16');

    // Arrows then Enter: the second Grenier quote is linked.
    await page.getByTestId('quote-picker-place').selectOption('Le Grenier partagé');
    const order = await choices.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    await search.focus();
    await search.press('ArrowDown');
    expect(await choices.nth(1).getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');
    await expect.poll(async () => Object.keys((await proposalOf(page, 'proposal:sample-4')).quoteLinks)).toContain(order[1]);

    // Escape closes the picker, not the panel.
    await search.press('Escape');
    expect(await page.getByTestId('quote-picker').count()).toBe(0);
    expect(await page.getByTestId('proposal-panel').count()).toBe(1);
    await page.context().close();
  });

  it('offers only theme frames as themes, never the Immersion, Proposals or Experiments areas', async () => {
    const page = await board.open('fr-FR');
    await openProposal(page, 'proposal:sample-2');
    const options = await page.getByTestId('link-theme').locator('option').allTextContents();
    // The placeholder, then the themes not linked yet (theme 2 is).
    expect(options.slice(1).map((o) => o.split(' · ')[0])).toEqual(['Thème 1', 'Thème 3']);
    expect(options.join('\n')).not.toMatch(/Immersion|Propositions|Expérimentations/);
    await page.context().close();
  });

  it('E, with a proposal open and nothing selected, makes the experiment that comes from it', async () => {
    const page = await board.open('fr-FR');
    await openProposal(page, 'proposal:sample-3');
    // The facilitator clicks away on the board: nothing is selected, the proposal stays open.
    await page.evaluate(() => window.tablee!.select([]));
    const before = new Set((await snapshot(page)).items.map((i) => i.id));
    await page.keyboard.press('e');
    await page.getByTestId('experiment-panel').waitFor();
    const made = (await snapshot(page)).items.filter((i): i is Extract<ItemRecord, { kind: 'experiment' }> => !before.has(i.id) && i.kind === 'experiment');
    expect(made).toHaveLength(1);
    expect(made[0]!.proposalId).toBe('proposal:sample-3');
    expect(await page.getByTestId('experiment-proposal').inputValue()).toBe('proposal:sample-3');
    await page.context().close();
  });
});
