import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snapshot } from './harness';
import { useE2e } from './fixtures';

const e2e = useE2e();

const activeTestId = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const activeCard = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-card-id') ?? null);

/** Tab (or Shift+Tab) until the control is focused, as a keyboard user walks a panel; fails when it is never reached. */
async function tabTo(page: Page, testId: string, back = false, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await activeTestId(page)) === testId) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${testId} is not reachable with ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Tab through the cards until this one has the focus: forward to the last card, then back with Shift+Tab. */
async function tabToCard(page: Page, id: string, max = 40): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    let inCards = false;
    for (let i = 0; i < max; i++) {
      const at = await activeCard(page);
      if (at === id) return;
      // Out of the cards again: the card is the other way.
      if (at === null && inCards) break;
      inCards ||= at !== null;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`card ${id} is not reachable with Tab`);
}

const PASSAGE = 'a bench by the door';
const TRANSCRIPT = `We meet outside when it is warm. What we need is ${PASSAGE}`;

describe('the facilitator’s journey with the keyboard alone', () => {
  const board = e2e.useHost({ project: e2e.path('parcours.tablee') });

  it('interview → quote → theme → proposal → experiment → export, without a pointer', async () => {
    const page = await board.open('en-US');
    page.setDefaultTimeout(10_000);

    // The interviews panel (I), a new interview, its consent, its transcript.
    await page.keyboard.press('i');
    await tabTo(page, 'add-interview');
    await page.keyboard.press('Enter');
    await tabTo(page, 'interview-pseudonym');
    await page.keyboard.type('Nadia');
    await tabTo(page, 'interview-consent');
    // A closed select changes with the arrows.
    for (let i = 0; i < 3 && (await page.getByTestId('interview-consent').inputValue()) !== 'quote'; i++) await page.keyboard.press('ArrowUp');
    expect(await page.getByTestId('interview-consent').inputValue()).toBe('quote');
    await tabTo(page, 'transcript');
    await page.keyboard.type(TRANSCRIPT);
    // The passage selected with Shift and the arrows, made a quote with Ctrl+Enter.
    for (let i = 0; i < PASSAGE.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await snapshot(page)).quotes.map((q) => q.text)).toEqual([PASSAGE]);
    await tabTo(page, 'place-quote');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await snapshot(page)).items.filter((i) => i.kind === 'quote').length).toBe(1);
    const quoteCard = (await snapshot(page)).items.find((i) => i.kind === 'quote')!;
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('side-panel-close').count()).toBe(0);

    // A theme: F arms the frame tool, Enter makes the frame and writes its title.
    await page.keyboard.press('f');
    await page.keyboard.press('Enter');
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('Meeting places');
    await page.keyboard.press('Enter');
    const frame = (await snapshot(page)).items.find((i) => i.kind === 'frame')!;
    expect(frame).toMatchObject({ title: 'Meeting places' });
    // Enter confirms the title and leaves the focus on the theme's card.
    await expect.poll(() => activeCard(page)).toBe(frame.id);

    // The quote into the theme without a drag: Tab to it, "move to theme…", the theme's name, Enter.
    await tabToCard(page, quoteCard.id);
    await page.keyboard.press('Shift+KeyT');
    await page.getByTestId('move-to-theme').waitFor();
    await page.keyboard.type('meeting');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.id === quoteCard.id)?.parentId).toBe(frame.id);

    // A proposal (P), its title written in its panel.
    await page.keyboard.press('p');
    await tabTo(page, 'proposal-title');
    await page.keyboard.type('A bench at every door');
    // The title is kept when the field is left.
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.kind === 'proposal')).toMatchObject({ title: 'A bench at every door' });
    const proposal = (await snapshot(page)).items.find((i) => i.kind === 'proposal')!;
    await page.keyboard.press('Escape');

    // The quote linked to it without a drag: "link to proposal…" from the quote's card.
    await tabToCard(page, quoteCard.id);
    await page.keyboard.press('Shift+KeyL');
    await page.getByTestId('link-to-proposal').waitFor();
    await page.keyboard.type('bench');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const p = (await snapshot(page)).items.find((i) => i.id === proposal.id);
        return p?.kind === 'proposal' ? Object.keys(p.quoteLinks) : [];
      })
      .toEqual([quoteCard.quoteId]);

    // The experiment from the proposal: Tab to it, E.
    await tabToCard(page, proposal.id);
    await page.keyboard.press('e');
    await expect.poll(async () => (await snapshot(page)).items.filter((i) => i.kind === 'experiment').length).toBe(1);
    await page.keyboard.press('Escape');

    // The export, from its shortcut, saved through the HOST.
    await page.keyboard.press('Control+Shift+E');
    await page.getByTestId('export-dialog').waitFor();
    await tabTo(page, 'export-path');
    await page.keyboard.type(e2e.path('parcours.svg'));
    await tabTo(page, 'export-format', true);
    for (let i = 0; i < 5 && (await page.getByTestId('export-format').inputValue()) !== 'svg'; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, 'export-save');
    await page.keyboard.press('Enter');
    await page.getByTestId('export-message').waitFor();
    expect(await page.getByTestId('export-message').getAttribute('data-kind')).toBe('ok');
  });
});
