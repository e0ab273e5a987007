import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotOf } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { useE2e } from './fixtures';
import { boardToScreen, chooseInMoreMenu, dragMouse, snapshot, waitReady, waitSaved } from './harness';

const e2e = useE2e();



const TRANSCRIPT = 'Bonjour. Ici je viens chiner comme tout le monde. À l’épicerie sociale, on lit sur mon front que je suis dans la dèche.';
const PASSAGE = 'Ici je viens chiner comme tout le monde.';

describe('residency material, in Chromium against the real HOST', () => {
  const project = e2e.path('residence.tablee');
  const board = e2e.useHost({ project });

  it('a quote made from a transcript selection, dropped into a theme, grounds a proposal; the trace walks back; all of it survives a reload', async () => {
    const page = await board.open();
    const canvas = page.getByTestId('board-canvas');
    const box = (await canvas.boundingBox())!;

    // A theme: F and drag, then Enter to name it.
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.keyboard.press('f');
    await dragMouse(page, { x: box.x + 60, y: box.y + 140 }, { x: box.x + 560, y: box.y + 560 });
    await page.keyboard.press('Enter');
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('Le poids des étiquettes');
    // Enter confirms a frame's title (Escape would leave it as it was).
    await page.keyboard.press('Enter');
    const frame = (await snapshot(page)).items.find((i) => i.kind === 'frame')!;
    expect(frame).toMatchObject({ title: 'Le poids des étiquettes' });

    // Leave the pointer on empty board, below the theme: the quote will be placed there.
    await page.mouse.move(box.x + 300, box.y + box.height - 120);

    // The interviews panel (I), a new interview, its consent and transcript.
    await page.keyboard.press('i');
    await page.getByTestId('add-interview').click();
    await page.getByTestId('interview-pseudonym').fill('Nadia');
    await page.getByTestId('interview-place').fill('Le Grenier partagé');
    await page.getByTestId('interview-place').press('Tab');
    await page.getByTestId('interview-consent').selectOption('quote');
    await page.getByTestId('transcript').fill(TRANSCRIPT);

    // Select a passage and make it a quote in one gesture.
    const start = TRANSCRIPT.indexOf(PASSAGE);
    await page.getByTestId('transcript').evaluate((el, [a, b]) => (el as HTMLTextAreaElement).setSelectionRange(a!, b!), [start, start + PASSAGE.length]);
    await page.getByTestId('make-quote').click();
    await expect.poll(async () => (await snapshot(page)).quotes.map((q) => q.text)).toEqual([PASSAGE]);
    const after = await snapshot(page);
    expect(after.interviews).toEqual([expect.objectContaining({ pseudonym: 'Nadia', place: 'Le Grenier partagé', consent: 'quote', transcript: TRANSCRIPT })]);

    // Place it on the board, then drag it into the theme.
    await page.getByTestId('place-quote').click();
    await expect.poll(async () => (await snapshot(page)).items.some((i) => i.kind === 'quote')).toBe(true);
    const card = (await snapshot(page)).items.find((i) => i.kind === 'quote')!;
    expect(card.parentId).toBeNull();
    await page.getByTestId('side-panel-close').click();
    await dragMouse(page, await boardToScreen(page, card.x + card.w / 2, card.y + card.h / 2), await boardToScreen(page, frame.x + frame.w / 2, frame.y + frame.h / 2 + 40));
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.id === card.id)?.parentId).toBe(frame.id);

    // The theme says it rests on one voice; mark it as a nugget.
    // The header's right part: placing the quote may have panned the board to show where it went.
    const header = await boardToScreen(page, frame.x + frame.w - 80, frame.y + 12);
    await page.mouse.click(header.x, header.y);
    await expect.poll(async () => (await page.getByTestId('theme-counts').textContent()) ?? '').toContain('1 citation issue de 1 entretien, 1 profil distinct — une seule voix');
    await page.getByTestId('theme-mark').selectOption('nugget');
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.id === frame.id)).toMatchObject({ mark: 'nugget' });
    await page.keyboard.press('Escape');

    // A proposal (P), titled, grounded in the quote and the theme.
    await page.mouse.move(box.x + 900, box.y + 250);
    await page.keyboard.press('p');
    await page.getByTestId('proposal-panel').waitFor();
    await page.getByTestId('proposal-title').fill('Un lieu aiguillage');
    await page.getByTestId('proposal-body').fill('Une personne repère, deux demi-journées par semaine.');
    const quoteId = (await snapshot(page)).quotes[0]!.id;
    // The quote picker: a word of it, then Enter.
    await page.getByTestId('link-quote').click();
    await page.getByTestId('quote-picker-search').fill('chiner');
    await expect.poll(async () => page.getByTestId('quote-choice').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual([quoteId]);
    await page.getByTestId('quote-picker-search').press('Enter');
    await page.getByTestId('quote-picker-search').press('Escape');
    await page.getByTestId('link-theme').selectOption(frame.id);
    await expect.poll(async () => (await page.getByTestId('proposal-quotes').textContent()) ?? '').toContain(PASSAGE);

    // Walk the trace back: theme, quote with its attribution, interview; then open the interview.
    await page.getByTestId('trace-button').click();
    const trace = page.getByTestId('trace-panel');
    await expect.poll(async () => (await trace.textContent()) ?? '').toContain(PASSAGE);
    expect(await page.getByTestId('trace-themes').textContent()).toContain('Le poids des étiquettes');
    expect(await page.getByTestId('trace-interviews').textContent()).toContain('Nadia');
    await page.getByTestId('trace-interview').click();
    expect(await page.getByTestId('interview-pseudonym').inputValue()).toBe('Nadia');

    // Reload: everything is still there and still linked.
    await waitSaved(page);
    await page.reload();
    await waitReady(page);
    const reloaded = await snapshot(page);
    const proposal = reloaded.items.find((i) => i.kind === 'proposal');
    expect(proposal).toMatchObject({ title: 'Un lieu aiguillage', body: 'Une personne repère, deux demi-journées par semaine.', quoteLinks: { [quoteId]: true }, themeLinks: { [frame.id]: true } });
    expect(reloaded.items.find((i) => i.id === card.id)).toMatchObject({ kind: 'quote', quoteId, parentId: frame.id });
    expect(reloaded.quotes).toEqual([{ id: quoteId, interviewId: reloaded.interviews[0]!.id, text: PASSAGE }]);

    // Open the proposal from the board (select it, Enter) and walk back again.
    const p = proposal!;
    const at = await boardToScreen(page, p.x + p.w / 2, p.y + p.h / 2);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Enter');
    await page.getByTestId('proposal-panel').waitFor();
    await page.getByTestId('trace-button').click();
    await expect.poll(async () => (await page.getByTestId('trace-panel').textContent()) ?? '').toContain(PASSAGE);

    // And on disk.
    const loaded = loadProjectText(readFileSync(project, 'utf8'));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      const disk = snapshotOf(loaded.value.doc);
      expect(disk.quotes.map((q) => q.text)).toEqual([PASSAGE]);
      expect(disk.items.find((i) => i.kind === 'proposal')).toMatchObject({ quoteLinks: { [quoteId]: true } });
    }
    await page.context().close();
  });

  it('a quote whose interview forbids quoting is refused a place on the board, with the reason', async () => {
    const page = await board.open('en-GB');
    const before = (await snapshot(page)).items.length;
    await chooseInMoreMenu(page, 'open-interviews');
    await page.getByTestId('add-interview').click();
    await page.getByTestId('interview-pseudonym').fill('Théo');
    await page.getByTestId('interview-pseudonym').press('Tab');
    // The default consent is "not to be quoted".
    expect(await page.getByTestId('interview-consent').inputValue()).toBe('none');
    await page.getByTestId('transcript').fill('Les trucs pour les jeunes en difficulté, c’est pas pour moi.');
    await page.getByTestId('transcript').evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(0, 20));
    await page.getByTestId('transcript').press('Control+Enter');
    await expect.poll(async () => (await snapshot(page)).quotes.length).toBe(2);
    await page.getByTestId('place-quote').click();
    await expect.poll(async () => (await page.getByTestId('toast').allTextContents()).join(' ')).toContain('did not agree to be quoted');
    expect((await snapshot(page)).items.length).toBe(before);
    await page.context().close();
  });

  it('Ctrl+F finds a quote by its place and jumps to it', async () => {
    const page = await board.open('en-GB');
    await page.mouse.move(10, 400);
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill('grenier');
    await expect.poll(async () => await page.getByTestId('search-count').textContent()).toContain('1 match');
    await page.getByTestId('search-input').press('Enter');
    const quoteCard = (await snapshot(page)).items.find((i) => i.kind === 'quote')!;
    expect(await page.evaluate(() => window.tablee!.selection())).toEqual([quoteCard.id]);
    await page.getByTestId('search-input').press('Escape');
    expect(await page.getByTestId('search-bar').count()).toBe(0);
    await page.context().close();
  });

  it('L shows every link as connectors (proposal to its quote card and theme), and hides them again (nothing selected)', async () => {
    const page = await board.open('en-GB');
    await page.mouse.move(10, 400);
    const overlay = page.getByTestId('link-overlay');
    expect(await overlay.getAttribute('data-lines')).toBe('0');
    await page.keyboard.press('l');
    await expect.poll(() => overlay.getAttribute('data-show')).toBe('all');
    await expect.poll(async () => Number(await overlay.getAttribute('data-lines'))).toBe(2);
    expect(await overlay.getAttribute('data-mode')).toBe('lines');
    await page.keyboard.press('l');
    await expect.poll(() => overlay.getAttribute('data-show')).toBe('selection');
    expect(await overlay.getAttribute('data-lines')).toBe('0');
    await page.context().close();
  });

  it('an interview deleted from the panel comes back with Ctrl+Z, its quote too', async () => {
    const page = await board.open('en-GB');
    const before = await snapshot(page);
    const theo = before.interviews.find((i) => i.pseudonym === 'Théo')!;
    await chooseInMoreMenu(page, 'open-interviews');
    await page.locator(`[data-testid="interview-item"][data-id="${theo.id}"]`).click();
    await page.getByTestId('delete-interview').click();
    // It has a quote: the panel asks first.
    await page.getByTestId('confirm-yes').click();
    await expect.poll(async () => (await snapshot(page)).interviews.some((i) => i.id === theo.id)).toBe(false);
    expect((await snapshot(page)).quotes.some((q) => q.interviewId === theo.id)).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await snapshot(page)).interviews.some((i) => i.id === theo.id)).toBe(true);
    expect((await snapshot(page)).quotes.filter((q) => q.interviewId === theo.id)).toHaveLength(1);
    await page.context().close();
  });

  it('a CSV with bad rows is refused row by row and imports nothing; a good one imports in one go', async () => {
    const page = await board.open('en-GB');
    const fixture = (name: string): string => join(import.meta.dirname, '..', 'fixtures', 'csv', name);
    const before = await snapshot(page);
    await chooseInMoreMenu(page, 'open-interviews');
    await page.getByTestId('open-import').click();
    await page.getByTestId('csv-file').setInputFiles(fixture('lignes-fautives.csv'));
    const rejected = page.getByTestId('csv-rejected');
    await rejected.waitFor();
    expect(await rejected.textContent()).toContain('Line 3');
    expect(await rejected.textContent()).toContain('31/02/2025');
    expect(await page.getByTestId('csv-import').count()).toBe(0);
    expect((await snapshot(page)).interviews).toHaveLength(before.interviews.length);

    await page.getByTestId('csv-file').setInputFiles(fixture('pas-un-csv.png'));
    await page.getByTestId('csv-error').waitFor();

    await page.getByTestId('csv-file').setInputFiles(fixture('entretiens-latin1-virgule.csv'));
    expect(await page.getByTestId('csv-summary').textContent()).toContain('Latin-1');
    await page.getByTestId('csv-import').click();
    await expect.poll(async () => (await snapshot(page)).interviews.length).toBe(before.interviews.length + 2);
    expect((await snapshot(page)).quotes.map((q) => q.text)).toContain('Joindre un fichier à un mail, je ne sais pas faire.');
    await expect.poll(async () => (await page.getByTestId('interview-list').textContent()) ?? '').toContain('Joël');
    await page.context().close();
  });
  it('dropping a quote card onto a proposal links it and the card goes back to its place; one Ctrl+Z undoes both', async () => {
    const page = await board.open('en-GB');
    const before = await snapshot(page);
    const proposal = before.items.find((i) => i.kind === 'proposal')!;
    if (proposal.kind !== 'proposal') throw new Error('no proposal');
    const joel = before.quotes.find((q) => q.text.startsWith('Les gens entrent'))!;
    // Place Joël's quote (imported from the CSV) on the board, at the bottom left.
    await page.mouse.move(200, 700);
    await chooseInMoreMenu(page, 'open-interviews');
    await page.locator('[data-testid="interview-item"]', { hasText: 'Joël' }).click();
    await page.getByTestId('place-quote').click();
    await expect.poll(async () => (await snapshot(page)).items.some((i) => i.kind === 'quote' && i.quoteId === joel.id)).toBe(true);
    await page.getByTestId('side-panel-close').click();
    const card = (await snapshot(page)).items.find((i) => i.kind === 'quote' && i.quoteId === joel.id)!;
    await dragMouse(page, await boardToScreen(page, card.x + card.w / 2, card.y + card.h / 2), await boardToScreen(page, proposal.x + proposal.w / 2, proposal.y + proposal.h / 2));
    await expect.poll(async () => {
      const p = (await snapshot(page)).items.find((i) => i.id === proposal.id);
      return p?.kind === 'proposal' ? Object.keys(p.quoteLinks).sort() : [];
    }).toEqual([...Object.keys(proposal.quoteLinks), joel.id].sort());
    await expect.poll(async () => (await snapshot(page)).items.find((i) => i.id === card.id)).toMatchObject({ x: card.x, y: card.y });
    await page.mouse.click(5, 400);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => {
      const p = (await snapshot(page)).items.find((i) => i.id === proposal.id);
      return p?.kind === 'proposal' ? Object.keys(p.quoteLinks).sort() : [];
    }).toEqual(Object.keys(proposal.quoteLinks).sort());
    expect((await snapshot(page)).items.find((i) => i.id === card.id)).toMatchObject({ x: card.x, y: card.y });
    // One redo brings the link back too: the drop and the link are one step, both ways.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => {
      const p = (await snapshot(page)).items.find((i) => i.id === proposal.id);
      return p?.kind === 'proposal' ? Object.keys(p.quoteLinks).sort() : [];
    }).toEqual([...Object.keys(proposal.quoteLinks), joel.id].sort());
    expect((await snapshot(page)).items.find((i) => i.id === card.id)).toMatchObject({ x: card.x, y: card.y });
    await page.context().close();
  });

  it('a typo in a quote is fixed from its interview: cards and proposal links keep it, Ctrl+Z brings the old wording back', async () => {
    const page = await board.open('en-GB');
    const before = await snapshot(page);
    const quote = before.quotes.find((q) => q.text === PASSAGE)!;
    const linkedBy = before.items.filter((i) => i.kind === 'proposal' && i.quoteLinks[quote.id]).map((i) => i.id);
    const cards = before.items.filter((i) => i.kind === 'quote' && i.quoteId === quote.id).map((i) => i.id);
    expect(linkedBy.length).toBeGreaterThan(0);
    // A double-click on the quote's card opens its interview, the quote picked out.
    const card = before.items.find((i) => i.id === cards[0])!;
    const at = await boardToScreen(page, card.x + card.w / 2, card.y + card.h / 2);
    await page.mouse.dblclick(at.x, at.y);
    const row = page.locator(`[data-testid="quote-row"][data-id="${quote.id}"]`);
    await expect.poll(async () => row.getAttribute('class')).toContain('focused');
    await row.getByTestId('edit-quote').click();
    await row.getByTestId('quote-text').fill('Ici, je viens chiner comme tout le monde.');
    await row.getByTestId('quote-text').press('Control+Enter');
    await expect.poll(async () => (await snapshot(page)).quotes.find((q) => q.id === quote.id)?.text).toBe('Ici, je viens chiner comme tout le monde.');
    const after = await snapshot(page);
    expect(after.items.filter((i) => i.kind === 'proposal' && i.quoteLinks[quote.id]).map((i) => i.id)).toEqual(linkedBy);
    expect(after.items.filter((i) => i.kind === 'quote' && i.quoteId === quote.id).map((i) => i.id)).toEqual(cards);
    // An empty wording is refused, with a message.
    await row.getByTestId('edit-quote').click();
    await row.getByTestId('quote-text').fill('   ');
    await row.getByTestId('save-quote').click();
    await expect.poll(async () => (await page.getByTestId('toast').allTextContents()).join(' ')).toContain('cannot be empty');
    await row.getByTestId('cancel-quote').click();
    await page.mouse.click(5, 400);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await snapshot(page)).quotes.find((q) => q.id === quote.id)?.text).toBe(PASSAGE);
    await page.context().close();
  });
});

describe('templates for a new project', () => {
  it('a new project starts from the Residency template in one click, and one undo takes it back', async () => {
    await e2e.withHost({ project: e2e.path('nouveau.tablee'), data: 'data-templates' }, async (host) => {
      const page = await host.open('fr-FR');
      await page.getByTestId('template-residency').click();
      await expect.poll(async () => (await snapshot(page)).items.filter((i) => i.kind === 'frame').length).toBe(4);
      const titles = (await snapshot(page)).items.flatMap((i) => (i.kind === 'frame' ? [i.title] : []));
      expect(titles).toEqual(expect.arrayContaining(['2 · Thèmes', '3 · Propositions', '4 · Expérimentations']));
      expect(await page.getByTestId('template-chooser').count()).toBe(0);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await snapshot(page)).items.length).toBe(0);
      await page.getByTestId('template-restitution').click();
      await expect.poll(async () => (await snapshot(page)).items.map((i) => (i.kind === 'frame' ? i.title : '')).sort()).toEqual(
        ['Enjeux', 'Opportunités', 'Points de vigilance', 'À investiguer'].sort(),
      );
      await page.context().close();
    });
  });
});

