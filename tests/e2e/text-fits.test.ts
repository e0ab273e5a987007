import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '@shared/board/doc';
import type { QuoteCardRecord } from '@shared/board/records';
import { CARD_TEXT } from '@shared/board/fit-text';
import { useE2e } from './fixtures';
import { REPO, snapshot } from './harness';

/**
 * Words are never cut: every quote card of the sample shows its whole words at 100 % on the board
 * (as Konva lays the lines out, not as the record holds them) and in a PDF's text layer. Leaves
 * screenshots of the sample (zoomed to fit and at 100 %, in French and English) in test-artifacts/.
 */

const e2e = useE2e();
// No --project: the HOST opens the sample residency.
const sample = e2e.useHost();
const PDF_TOOLS = existsSync('/usr/bin/pdftotext');
const ARTIFACTS = join(REPO, 'test-artifacts');

const words = (s: string): string => s.trim().split(/\s+/).join(' ');

/** Quote cards whose words may be shown (the others say why they are withheld). */
function shownQuoteCards(board: BoardSnapshot): { card: QuoteCardRecord; text: string }[] {
  const consent = new Map(board.interviews.map((i) => [i.id, i.consent]));
  const quotes = new Map(board.quotes.map((q) => [q.id, q]));
  return board.items.flatMap((card) => {
    if (card.kind !== 'quote') return [];
    const quote = quotes.get(card.quoteId);
    if (!quote || (quote.interviewId !== null && (consent.get(quote.interviewId) ?? 'none') === 'none')) return [];
    return [{ card, text: quote.text }];
  });
}

/** Centres the camera on a board point at a zoom and waits for the canvas to draw it. */
async function look(page: Page, at: { x: number; y: number }, zoom: number): Promise<void> {
  await page.evaluate(
    async ([x, y, z]) => {
      const t = window.tablee!;
      const canvas = document.querySelector('[data-testid="board-canvas"]')!.getBoundingClientRect();
      t.setCamera({ x: canvas.width / 2 - x! * z!, y: canvas.height / 2 - y! * z!, zoom: z! });
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    },
    [at.x, at.y, zoom],
  );
}

describe('the sample board shows every quote whole', () => {
  it('at 100 %, each quote card draws all its words, at a readable size, inside the card', async () => {
    const page = await sample.open('fr-FR');
    const cards = shownQuoteCards(await snapshot(page));
    expect(cards.length).toBeGreaterThan(10);
    for (const { card, text } of cards) {
      await look(page, { x: card.x + card.w / 2, y: card.y + card.h / 2 }, 1);
      const drawn = await page.evaluate((id) => window.tablee!.drawnTexts().filter((d) => d.id === id), card.id);
      const block = drawn.find((d) => d.role === 'words');
      expect(drawn.filter((d) => d.role === 'words'), text).toHaveLength(1);
      // Who said it, whole as well (the attribution never ends cut).
      const who = drawn.find((d) => d.role === 'who');
      expect(who?.lines.join(' ') ?? '', text).toMatch(/\d{4}$/);
      expect(words(block!.lines.join(' ')), card.id).toBe(words(`« ${text} »`));
      expect(block!.fontSize).toBeGreaterThanOrEqual(CARD_TEXT.quote.minSize);
      // Inside the card as drawn on screen (at 100 %, one board unit is one pixel).
      const topLeft = await page.evaluate(([x, y]) => window.tablee!.boardToScreen(x!, y!), [card.x, card.y]);
      const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
      expect(block!.rect.x + canvas.x).toBeGreaterThanOrEqual(topLeft.x);
      expect(block!.rect.x + canvas.x + block!.rect.width).toBeLessThanOrEqual(topLeft.x + card.w + 1);
      expect(block!.rect.y + canvas.y + block!.rect.height).toBeLessThanOrEqual(topLeft.y + card.h);
    }
    await page.context().close();
  });

  it('a note typed too long for its paper grows in the same step, and shows every word', async () => {
    const page = await sample.open('fr-FR');
    // An empty spot left of the board, at 100 %.
    const board = await snapshot(page);
    const left = Math.min(...board.items.map((i) => i.x));
    await look(page, { x: left - 800, y: 0 }, 1);
    const text = Array.from({ length: 90 }, (_, i) => `idée${i}`).join(' ');
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    await page.mouse.dblclick(canvas.x + 300, canvas.y + 300);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.insertText(text);
    await page.keyboard.press('Escape');
    const note = (await snapshot(page)).items.find((i) => i.kind === 'note' && i.text === text)!;
    expect(note).toBeDefined();
    expect(note.h).toBeGreaterThan(160);
    await look(page, { x: note.x + note.w / 2, y: note.y + note.h / 2 }, 1);
    const drawn = await page.evaluate((id) => window.tablee!.drawnTexts().filter((d) => d.id === id && d.role === 'text'), note.id);
    expect(drawn).toHaveLength(1);
    expect(words(drawn[0]!.lines.join(' '))).toBe(text);
    expect(drawn[0]!.fontSize).toBe(CARD_TEXT.note.minSize);
    await page.context().close();
  });

  it.skipIf(!PDF_TOOLS)('the PDF of the whole board holds every shown quote whole in its text layer', async () => {
    const page = await sample.open('fr-FR');
    const cards = shownQuoteCards(await snapshot(page));
    await page.keyboard.press('Control+Shift+E');
    await page.getByTestId('export-dialog').waitFor();
    await page.getByTestId('export-format').selectOption('pdf');
    const out = e2e.path('tableau-entier.pdf');
    await page.getByTestId('export-path').fill(out);
    await page.getByTestId('export-save').click();
    const message = page.getByTestId('export-message');
    await message.waitFor();
    expect(await message.getAttribute('data-kind'), (await message.textContent()) ?? '').toBe('ok');
    // -raw: the text in the order it was drawn, so a card's lines follow each other.
    const text = words(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', out, '-']).toString('utf8'));
    for (const { text: quote } of cards) expect(text, quote).toContain(words(quote));
    await page.context().close();
  });

  it('leaves screenshots of the sample, zoomed to fit and at 100 %, in French and English', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [locale, lang] of [['fr-FR', 'fr'], ['en-GB', 'en']] as const) {
      const page = await sample.open(locale);
      const board = await snapshot(page);
      await page.evaluate(async () => {
        const t = window.tablee!;
        t.setCamera(t.fitCamera());
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      });
      await page.screenshot({ path: join(ARTIFACTS, `sample-${lang}-fit.png`) });
      // At 100 %: the first theme full of quotes, from its top-left corner.
      const theme = board.items.find((i) => i.kind === 'frame' && board.items.some((q) => q.kind === 'quote' && q.parentId === i.id))!;
      const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
      await look(page, { x: theme.x + canvas.width / 2 - 20, y: theme.y + canvas.height / 2 - 110 }, 1);
      const drawn = await page.evaluate(() => window.tablee!.drawnTexts().length);
      expect(drawn).toBeGreaterThan(3);
      await page.screenshot({ path: join(ARTIFACTS, `sample-${lang}-100.png`) });
      await page.context().close();
      for (const view of ['fit', '100']) expect(existsSync(join(ARTIFACTS, `sample-${lang}-${view}.png`))).toBe(true);
    }
  });
});
