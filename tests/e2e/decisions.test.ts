import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { intersects } from '@shared/board/geometry';
import { useE2e } from './fixtures';
import { boardToScreen, snapshot, waitSaved } from './harness';
import { itemsOnDisk } from './on-disk';

const e2e = useE2e();

/** The pixels of the right end of a card's band, where the decision's badge goes; nothing selected, the pointer away. */
async function band(page: Page, card: { x: number; y: number; w: number }): Promise<Buffer> {
  await page.evaluate(() => window.tablee!.select([]));
  await page.mouse.move(5, 700);
  const from = await boardToScreen(page, card.x + card.w - 100, card.y);
  const to = await boardToScreen(page, card.x + card.w, card.y + 26);
  return page.screenshot({ clip: { x: from.x, y: from.y, width: to.x - from.x, height: to.y - from.y } });
}

describe('decisions on proposals, in Chromium against the real HOST', () => {
  const project = e2e.path('decisions.tablee');
  const board = e2e.useHost({ project });

  it('a facilitator retains a proposal with a reason: a badge on its card, a search filter finds it, its experiment comes in one click, and one undo takes the decision back', async () => {
    const page = await board.open();
    const box = (await page.getByTestId('board-canvas').boundingBox())!;

    // A proposal (P), titled.
    await page.mouse.move(box.x + 300, box.y + 260);
    await page.keyboard.press('p');
    await page.getByTestId('proposal-panel').waitFor();
    await page.getByTestId('proposal-title').fill('Une navette le jeudi');
    await page.getByTestId('proposal-title').press('Tab');
    const proposal = (await snapshot(page)).items.find((i) => i.kind === 'proposal')!;
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.id === proposal.id)).toMatchObject({ title: 'Une navette le jeudi' });
    expect(proposal).not.toHaveProperty('decision');
    const undecided = await band(page, proposal);

    // Why, then the decision: one step.
    await page.getByTestId('decision-reason').fill('La mairie prête le minibus');
    await page.getByTestId('decision-reason').press('Tab');
    await page.getByTestId('decision-status').selectOption('retained');
    await expect
      .poll(async () => (await snapshot(page)).items.find((i) => i.id === proposal.id))
      .toMatchObject({ decision: { status: 'retained', reason: 'La mairie prête le minibus' } });
    await expect.poll(async () => (await page.getByTestId('decision-line').textContent()) ?? '').toMatch(/^Décidée le /);
    await expect.poll(async () => (await band(page, proposal)).equals(undecided)).toBe(false);
    await waitSaved(page);
    expect(itemsOnDisk(project).find((i) => i.id === proposal.id)).toMatchObject({ decision: { status: 'retained', reason: 'La mairie prête le minibus' } });

    // The search bar's status filter, French words.
    await page.mouse.move(5, 700);
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill('statut:retenue');
    await expect.poll(async () => (await page.getByTestId('search-count').textContent()) ?? '').toBe('1 / 1 résultat');
    await page.getByTestId('search-input').fill('status:écartée');
    await expect.poll(async () => (await page.getByTestId('search-count').textContent()) ?? '').toBe('Aucun résultat');
    await page.getByTestId('search-input').fill('status:peut-être');
    await expect.poll(async () => (await page.getByTestId('search-count').textContent()) ?? '').toContain('Filtre inconnu');
    await page.getByTestId('search-input').press('Escape');

    // Open it again (select, Enter) and make its experiment in one click: linked to it, beside it, covering nothing.
    await page.evaluate((id) => window.tablee!.select([id]), proposal.id);
    await page.keyboard.press('Enter');
    await page.getByTestId('experiment-from-proposal').click();
    await page.getByTestId('experiment-panel').waitFor();
    expect(await page.getByTestId('experiment-proposal').inputValue()).toBe(proposal.id);
    const after = await snapshot(page);
    const experiment = after.items.find((i) => i.kind === 'experiment')!;
    expect(experiment).toMatchObject({ proposalId: proposal.id, title: 'Une navette le jeudi' });
    expect(after.items.filter((i) => i.id !== experiment.id && i.kind !== 'frame' && intersects(i, experiment))).toEqual([]);

    // Undo: the experiment goes, then the decision, in one step each; the badge with it.
    await page.getByTestId('side-panel-close').click();
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await snapshot(page)).items.some((i) => i.kind === 'experiment')).toBe(false);
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.id === proposal.id)).not.toHaveProperty('decision');
    expect((await snapshot(page)).items.find((i) => i.id === proposal.id)).toMatchObject({ title: 'Une navette le jeudi' });
    await expect.poll(async () => (await band(page, proposal)).equals(undecided)).toBe(true);
    await page.context().close();
  });
});
