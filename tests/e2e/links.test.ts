import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Camera } from '../../renderer/src/canvas/camera';
import { viewportBox } from '../../renderer/src/canvas/camera';
import { buildProjectFile } from '@shared/project-file/build';
import { snapshotOf } from '@shared/board/doc';
import { linkSegments, meets } from '../../renderer/src/canvas/links/link-segments';
import type { ItemRecord } from '@shared/board/records';
import { generateBoard } from '../bench/generate-board';
import { useE2e } from './fixtures';
import { chooseInMoreMenu } from './harness';

/**
 * The links drawn over the board (the "links" toggle) on a generated residency board of two
 * themes (54 links), read back from the overlay's own pixels at the screen points where the
 * board puts the cards.
 */
const e2e = useE2e();
const doc = generateBoard(202);
const items = snapshotOf(doc).items;
const byId = new Map(items.map((i) => [i.id, i]));
const SIZE = { width: 1280, height: 800 };

const project = e2e.path('links.tablee');
beforeAll(() => writeFileSync(project, JSON.stringify(buildProjectFile(doc, { title: 'links', createdAt: '2026-01-01T00:00:00.000Z', savedAt: '2026-01-01T00:00:00.000Z', app: 'test' }, []))));
const board = e2e.useHost({ project });

const centre = (id: string): { x: number; y: number } => {
  const i = byId.get(id)!;
  return { x: i.x + i.w / 2, y: i.y + i.h / 2 };
};
const midpoint = (a: { x: number; y: number }, b: { x: number; y: number }) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

async function setCamera(page: Page, camera: Camera): Promise<void> {
  await page.evaluate((c) => window.tablee!.setCamera(c), camera);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The overlay's pixel (r, g, b, a) under a board point, mapped to the screen as the board maps it,
 * from the layer the overlay shows (the lines, or the picture of all links under its transform);
 * with a radius, the most opaque pixel of the square around it.
 */
async function overlayPixel(page: Page, board: { x: number; y: number }, radius = 0): Promise<number[]> {
  return page.evaluate(
    ({ x, y, radius }) => {
      const root = document.querySelector<HTMLElement>('[data-testid="link-overlay"]')!;
      const canvas = root.querySelector<HTMLCanvasElement>(root.dataset.mode === 'overview' ? '[data-testid="link-picture"]' : '[data-testid="link-lines"]')!;
      const rect = root.getBoundingClientRect();
      const p = window.tablee!.boardToScreen(x, y);
      const local = { x: p.x - rect.left, y: p.y - rect.top };
      // Either layer may be moved or scaled by a CSS transform, and has device pixels per CSS pixel.
      const css = getComputedStyle(canvas).transform;
      const inLayer = (css === 'none' ? new DOMMatrix() : new DOMMatrix(css)).inverse().transformPoint(local);
      const k = canvas.width / parseFloat(canvas.style.width);
      const at = { x: inLayer.x * k, y: inLayer.y * k };
      const side = 2 * radius + 1;
      const data = canvas.getContext('2d')!.getImageData(Math.round(at.x) - radius, Math.round(at.y) - radius, side, side).data;
      let best = 0;
      for (let i = 4; i < data.length; i += 4) if (data[i + 3]! > data[best + 3]!) best = i;
      return [...data.slice(best, best + 4)];
    },
    { ...board, radius },
  );
}

const lines = async (page: Page): Promise<number> => Number(await page.getByTestId('link-overlay').getAttribute('data-lines'));
/** How many links meet the screen for this camera, computed here from the records. */
const expectedLines = (camera: Camera, records: ItemRecord[] = items): number => {
  const map = new Map(records.map((i) => [i.id, i]));
  const view = viewportBox(camera, SIZE);
  return linkSegments({ get: (id) => map.get(id), all: () => map.values() }).filter((s) => meets(s, view)).length;
};

describe('links over the board, in Chromium against the real HOST', () => {
  it('are drawn where the cards are, follow a pan, and those off the screen are not drawn', async () => {
    const page = await board.open('en-GB');
    const home: Camera = { x: 0, y: 0, zoom: 1 };
    await setCamera(page, home);
    await chooseInMoreMenu(page, 'toggle-links');
    const overlay = page.getByTestId('link-overlay');
    await overlay.waitFor({ state: 'attached' });

    // The proposal of row 0 links the quote card to its left (slot 1): the line between their centres is yellow.
    const link = midpoint(centre('proposal:gen-0-3'), centre('quote:gen-0-1'));
    const [r, g, b, a] = await overlayPixel(page, link);
    expect(a).toBeGreaterThan(100);
    expect(r! > 150 && g! > 120 && b! < 60).toBe(true);
    // Between two cards of column 0 and 1 nothing links.
    expect((await overlayPixel(page, { x: 256, y: 240 }))[3]).toBe(0);
    // Frame 0's left part is on the screen: only the links that meet it, not the 54 of the board.
    const atHome = await lines(page);
    expect(atHome).toBe(expectedLines(home));
    expect(atHome).toBeGreaterThan(5);
    expect(atHome).toBeLessThan(54);

    // A small pan (the drawn lines are only moved) and a longer one (drawn again): the line is
    // where the cards now are.
    const nudged: Camera = { x: -100, y: -40, zoom: 1 };
    await setCamera(page, nudged);
    expect((await overlayPixel(page, link))[3]).toBeGreaterThan(100);
    expect((await overlayPixel(page, { x: 256, y: 240 }))[3]).toBe(0);
    expect(await lines(page)).toBe(expectedLines(nudged));
    const panned: Camera = { x: -300, y: -60, zoom: 1 };
    await setCamera(page, panned);
    expect((await overlayPixel(page, link))[3]).toBeGreaterThan(100);
    const before = await page.evaluate(({ x, y }) => window.tablee!.boardToScreen(x, y), link);
    expect(before.x).toBeCloseTo(link.x - 300, 0);
    expect(await lines(page)).toBe(expectedLines(panned));

    // Over the second theme only: none of the first theme's links is drawn.
    const second: Camera = { x: -2700, y: -100, zoom: 1 };
    await setCamera(page, second);
    expect(await lines(page)).toBe(expectedLines(second));
    const frame0 = new Set(items.filter((i) => i.parentId === 'frame:gen-0').map((i) => i.id));
    const segs = linkSegments({ get: (id) => byId.get(id), all: () => byId.values() });
    expect(segs.filter((s) => frame0.has(s.from) && meets(s, viewportBox(second, SIZE)))).toHaveLength(0);
    // Far from every card: nothing drawn at all.
    await setCamera(page, { x: 20_000, y: 20_000, zoom: 1 });
    expect(await lines(page)).toBe(0);
    await page.context().close();
  });

  it('follow a card moved by an edit, and far out are drawn from one picture of them all', async () => {
    const page = await board.open('en-GB');
    await setCamera(page, { x: 0, y: 0, zoom: 1 });
    await chooseInMoreMenu(page, 'toggle-links');
    await page.getByTestId('link-overlay').waitFor({ state: 'attached' });

    // The quote card of slot 1 moves down 300 (as an edit from anyone would): its links follow.
    const from = centre('proposal:gen-0-3');
    const oldEnd = centre('quote:gen-0-1');
    await page.evaluate(() => {
      const d = window.tablee!.doc as { transact(f: () => void): void; getMap(n: string): { get(id: string): { get(k: string): number; set(k: string, v: number): void } } };
      d.transact(() => {
        const card = d.getMap('items').get('quote:gen-0-1');
        card.set('y', card.get('y') + 300);
      });
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const newLink = midpoint(from, { x: oldEnd.x, y: oldEnd.y + 300 });
    expect((await overlayPixel(page, newLink))[3]).toBeGreaterThan(100);
    // The old line's middle, clear of every other link, is empty now.
    expect((await overlayPixel(page, midpoint(from, oldEnd)))[3]).toBe(0);
    const moved = items.map((i) => (i.id === 'quote:gen-0-1' ? { ...i, y: i.y + 300 } : i));
    expect(await lines(page)).toBe(expectedLines({ x: 0, y: 0, zoom: 1 }, moved));

    // Zoomed out past the overview zoom: every link is in the picture, still where the cards are.
    const far: Camera = { x: 100, y: 100, zoom: 0.08 };
    await setCamera(page, far);
    const overlay = page.getByTestId('link-overlay');
    expect(await overlay.getAttribute('data-mode')).toBe('overview');
    expect(await lines(page)).toBe(54);
    expect(await page.getByTestId('link-picture').isVisible()).toBe(true);
    // A proposal's link to a quote card of the next column, and a point of the board no link crosses.
    const far1 = midpoint(centre('proposal:gen-0-13'), centre('quote:gen-0-5'));
    expect((await overlayPixel(page, far1, 2))[3]).toBeGreaterThan(0);
    expect((await overlayPixel(page, { x: 1240, y: 3000 }, 2))[3]).toBe(0);
    // Back at 100 %: lines again.
    await setCamera(page, { x: 0, y: 0, zoom: 1 });
    expect(await overlay.getAttribute('data-mode')).toBe('lines');
    expect(await page.getByTestId('link-picture').isHidden()).toBe(true);
    expect((await overlayPixel(page, newLink))[3]).toBeGreaterThan(100);
    await page.context().close();
  });
});
