import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2e } from './fixtures';
import { snapshot } from './harness';

/**
 * A card drawn taller for its text is that tall for everything else too: its record's h (so the
 * hit test, the selection outline, links and placement) covers the drawn words. A frame's long
 * title shows whole on the board, its header band grown as in the exports.
 */

const e2e = useE2e();
const sample = e2e.useHost();

const words = (s: string): string => s.trim().split(/\s+/).join(' ');
const LONG = Array.from({ length: 12 }, (_, i) => `on vient pour le café, on reste pour les gens (${i})`).join(' ');

type DocLike = { transact(f: () => void): void; getMap(n: string): { get(id: string): { get(k: string): unknown; set(k: string, v: unknown): void } } };

/** Centres the camera on a board point at 100 % and waits for the canvas to draw it. */
async function look(page: Page, x: number, y: number): Promise<void> {
  await page.evaluate(
    async ([bx, by]) => {
      const t = window.tablee!;
      const canvas = document.querySelector('[data-testid="board-canvas"]')!.getBoundingClientRect();
      t.setCamera({ x: canvas.width / 2 - bx!, y: canvas.height / 2 - by!, zoom: 1 });
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    },
    [x, y],
  );
}

describe('a grown card is as tall for the board as it is drawn', () => {
  it('a long quote: its stored height covers its drawn words, and a double-click on its lower part takes it and makes no note', async () => {
    // Another app wrote longer words without growing the card (as an older version did); the
    // card stands alone left of the board, so what lies under its lower part is the card or nothing.
    const first = await sample.open('fr-FR');
    const board = await snapshot(first);
    const placed = board.items.find((i) => i.kind === 'quote')!;
    const card = { ...placed, x: Math.min(...board.items.map((i) => i.x)) - 1200 };
    await first.evaluate(
      ([id, quoteId, text, x]) => {
        const d = window.tablee!.doc as DocLike;
        d.transact(() => {
          d.getMap('quotes').get(quoteId as string).set('text', text);
          d.getMap('items').get(id as string).set('x', x);
        });
      },
      [card.id, card.kind === 'quote' ? card.quoteId : '', LONG, card.x],
    );
    await first.waitForTimeout(500);
    await first.context().close();

    // The facilitator opens the project: the card is stored as tall as its words.
    const page = await sample.open('fr-FR');
    const before = await snapshot(page);
    const grown = before.items.find((i) => i.id === card.id)!;
    expect(grown.h).toBeGreaterThan(card.h);
    await look(page, grown.x + grown.w / 2, grown.y + grown.h / 2);
    const block = (await page.evaluate((id) => window.tablee!.drawnTexts().filter((d) => d.id === id && d.role === 'words'), card.id))[0]!;
    expect(words(block.lines.join(' '))).toBe(words(`« ${LONG} »`));
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    const top = await page.evaluate(([x, y]) => window.tablee!.boardToScreen(x!, y!), [grown.x, grown.y]);
    expect(block.rect.y + canvas.y + block.rect.height).toBeLessThanOrEqual(top.y + grown.h);

    // Below what the old height covered, still on the words: the card, not a new note on top.
    const at = await page.evaluate(([x, y]) => window.tablee!.boardToScreen(x!, y!), [grown.x + grown.w / 2, grown.y + (card.h + grown.h) / 2]);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForTimeout(200);
    await page.keyboard.press('Escape');
    const after = await snapshot(page);
    expect(after.items.filter((i) => i.kind === 'note')).toHaveLength(before.items.filter((i) => i.kind === 'note').length);
    await page.mouse.click(at.x, at.y);
    expect(await page.evaluate(() => window.tablee!.selection())).toEqual([card.id]);
    await page.context().close();
  });

  it('a long frame title shows all its words on the board, in a grown header that renames it', async () => {
    const page = await sample.open('fr-FR');
    const frame = (await snapshot(page)).items.find((i) => i.kind === 'frame' && i.w < 900 && i.h > 300)!;
    const title = 'Ce que les habitants du quartier disent du lieu quand on leur demande pourquoi ils reviennent chaque semaine, même les mois où il ne se passe rien, et ce qu’ils voudraient y trouver de plus';
    await page.evaluate(
      ([id, text]) => {
        const d = window.tablee!.doc as DocLike;
        d.transact(() => d.getMap('items').get(id!).set('title', text));
      },
      [frame.id, title],
    );
    await look(page, frame.x + frame.w / 2, frame.y + 200);
    const drawn = await page.evaluate((id) => window.tablee!.drawnTexts().filter((d) => d.id === id && d.role === 'title'), frame.id);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.lines.length).toBeGreaterThan(2);
    expect(words(drawn[0]!.lines.join(' '))).toBe(title);
    // Just under the last line, below the usual 44-unit band, is still the header: a double-click renames the frame.
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    const y = canvas.y + drawn[0]!.rect.y + drawn[0]!.rect.height + 2;
    const top = await page.evaluate(([x, fy]) => window.tablee!.boardToScreen(x!, fy!), [frame.x, frame.y]);
    expect(y - top.y).toBeGreaterThan(44);
    await page.mouse.dblclick(top.x + 40, y);
    await expect.poll(() => page.getByTestId('text-editor').inputValue()).toBe(title);
    await page.context().close();
  });
});
