import { describe, expect, it } from 'vitest';
import { useE2e } from './fixtures';
import { openProjectPanel, waitReady, waitSaved, writeNoteAt } from './harness';

const e2e = useE2e();

describe('the project panel while a project is open', () => {
  const project = e2e.path('atelier-ouvert.tablee');
  const board = e2e.useHost({ project });

  it('lists the open project among the recent ones, first and marked open, then the others to switch to', async () => {
    const page = await board.open('fr-FR');
    await openProjectPanel(page);
    const items = page.getByTestId('recent-projects').getByTestId('recent-item');
    await expect.poll(() => items.count()).toBe(1);
    expect(await page.getByTestId('recent-projects').textContent()).not.toMatch(/Pas encore de projet récent/);
    expect(await items.first().getAttribute('data-path')).toBe(project);
    expect(await items.first().getAttribute('aria-current')).toBe('true');
    expect(await items.first().isDisabled()).toBe(true);
    expect(await items.first().textContent()).toMatch(/ouvert en ce moment/);

    // Another project opened: it comes first, marked; the one before is a button to go back to.
    const other = e2e.path('autre-atelier.tablee');
    await page.getByTestId('create-path').fill(other);
    await page.getByTestId('create-submit').click();
    await waitReady(page);
    await expect.poll(() => page.evaluate(() => document.title)).toMatch(/autre-atelier/);
    // The panel closed with the switch: open it again.
    await page.getByTestId('project-button').click();
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).getAttribute('data-path')).toBe(other);
    expect(await items.nth(0).isDisabled()).toBe(true);
    expect(await items.nth(1).getAttribute('data-path')).toBe(project);
    expect(await items.nth(1).isDisabled()).toBe(false);
    await page.context().close();
  });
});

describe('a card made by a facilitator who never picked a name', () => {
  const board = e2e.useHost({ project: e2e.path('auteur.tablee'), data: 'data-author' });

  it('says who made it in the page’s language, whatever the language it was made in', async () => {
    const english = await board.open('en-GB');
    await writeNoteAt(english, { x: 300, y: 300 }, 'écrite en anglais');
    await waitSaved(english);
    const id = await english.evaluate(() => window.tablee!.snapshot().items[0]!.id);
    await english.evaluate((note) => window.tablee!.select([note]), id);
    await expect.poll(() => english.getByTestId('selection-bar').getByTestId('authorship').textContent()).toMatch(/Facilitator/);
    await english.context().close();

    const french = await board.open('fr-FR');
    await french.evaluate((note) => window.tablee!.select([note]), id);
    await expect.poll(() => french.getByTestId('selection-bar').getByTestId('authorship').textContent()).toBe('Créé par Animation');
    await french.context().close();
  });
});
