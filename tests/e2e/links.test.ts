import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Camera } from '../../renderer/src/canvas/camera';
import { viewportBox } from '../../renderer/src/canvas/camera';
import { buildProjectFile } from '@shared/project-file/build';
import { snapshotOf } from '@shared/board/doc';
import { linkSegments, meets, type LinkSegment } from '../../renderer/src/canvas/links/link-segments';
import { pointAt } from '../../renderer/src/canvas/links/link-route';
import type { ItemRecord } from '@shared/board/records';
import { generateBoard } from '../bench/generate-board';
import { useE2e } from './fixtures';
import { chooseInMoreMenu } from './harness';

/**
 * The links drawn with the board on a generated residency board of two themes (54 links): those
 * of the selection by default, all with the "links" toggle; read back from the overlay's own
 * pixels at the screen points where the board puts the cards and their links.
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
const segmentOf = (from: string, to: string, records: ItemRecord[] = items): LinkSegment => {
  const map = new Map(records.map((i) => [i.id, i]));
  return linkSegments({ get: (id) => map.get(id), all: () => map.values() }).find((s) => s.from === from && s.to === to)!;
};
/** Whether a board point lies on a card (not a frame), `margin` around it included. */
const onACard = (p: { x: number; y: number }, records: ItemRecord[] = items, margin = 4): boolean =>
  records.some((i) => i.kind !== 'frame' && p.x >= i.x - margin && p.x <= i.x + i.w + margin && p.y >= i.y - margin && p.y <= i.y + i.h + margin);
/** A point of the link's curve in a gap between the cards (the link is drawn under them). */
const visiblePoint = (s: LinkSegment, records: ItemRecord[] = items): { x: number; y: number } => {
  for (let t = 0.05; t < 1; t += 0.01) {
    const p = pointAt(s, t);
    if (!onACard(p, records)) return p;
  }
  throw new Error(`no gap along ${s.key}`);
};

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
  it('are drawn where the cards are, under them, follow a pan, and those off the screen are not drawn', async () => {
    const page = await board.open('en-GB');
    const home: Camera = { x: 0, y: 0, zoom: 1 };
    await setCamera(page, home);
    await chooseInMoreMenu(page, 'toggle-links');
    const overlay = page.getByTestId('link-overlay');
    await overlay.waitFor({ state: 'attached' });
    expect(await overlay.getAttribute('data-show')).toBe('all');

    // The proposal of row 0 links the quote card to its left (slot 1): in the gap between that
    // quote card and the note beside it, the curve is yellow.
    const seg = segmentOf('proposal:gen-0-3', 'quote:gen-0-1');
    const link = visiblePoint(seg);
    const [r, g, b, a] = await overlayPixel(page, link);
    expect(a).toBeGreaterThan(100);
    expect(r! > 150 && g! > 120 && b! < 60).toBe(true);
    // It runs under the note between them (slot 2): none of it over that card.
    expect((await overlayPixel(page, centre('note:gen-0-2')))[3]).toBe(0);
    // It ends on the proposal's edge with an arrowhead, wider than the line: 4 px off its middle it is still drawn.
    expect([seg.x1, seg.y1]).toEqual([756, 145]);
    expect((await overlayPixel(page, { x: seg.x1 - 8, y: seg.y1 + 2 }))[3]).toBeGreaterThan(100);
    expect((await overlayPixel(page, { x: link.x, y: link.y + 3 }))[3]).toBe(0);
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
    // Every link shown is remembered for the session: a page opened anew shows only the selection's.
    expect(await page.getByTestId('link-overlay').getAttribute('data-show')).toBe('selection');
    await chooseInMoreMenu(page, 'toggle-links');
    await page.getByTestId('link-overlay').waitFor({ state: 'attached' });

    // The quote card of slot 1 moves down 300 (as an edit from anyone would): its links follow.
    const oldLink = visiblePoint(segmentOf('proposal:gen-0-3', 'quote:gen-0-1'));
    await page.evaluate(() => {
      const d = window.tablee!.doc as { transact(f: () => void): void; getMap(n: string): { get(id: string): { get(k: string): number; set(k: string, v: number): void } } };
      d.transact(() => {
        const card = d.getMap('items').get('quote:gen-0-1');
        card.set('y', card.get('y') + 300);
      });
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const moved = items.map((i) => (i.id === 'quote:gen-0-1' ? { ...i, y: i.y + 300 } : i));
    const newLink = visiblePoint(segmentOf('proposal:gen-0-3', 'quote:gen-0-1', moved), moved);
    expect((await overlayPixel(page, newLink))[3]).toBeGreaterThan(100);
    // Where the old curve showed, clear of every other link, is empty now.
    expect((await overlayPixel(page, oldLink))[3]).toBe(0);
    expect(await lines(page)).toBe(expectedLines({ x: 0, y: 0, zoom: 1 }, moved));

    // Zoomed out past the overview zoom: every link is in the picture, still where the cards are.
    const far: Camera = { x: 100, y: 100, zoom: 0.08 };
    await setCamera(page, far);
    const overlay = page.getByTestId('link-overlay');
    expect(await overlay.getAttribute('data-mode')).toBe('overview');
    expect(await lines(page)).toBe(54);
    expect(await page.getByTestId('link-picture').isVisible()).toBe(true);
    // A proposal's link to a quote card of the next column, and a point of the board no link crosses.
    const far1 = pointAt(segmentOf('proposal:gen-0-13', 'quote:gen-0-5'), 0.5);
    expect((await overlayPixel(page, far1, 2))[3]).toBeGreaterThan(0);
    expect((await overlayPixel(page, { x: 1240, y: 3000 }, 2))[3]).toBe(0);
    // Back at 100 %: lines again.
    await setCamera(page, { x: 0, y: 0, zoom: 1 });
    expect(await overlay.getAttribute('data-mode')).toBe('lines');
    expect(await page.getByTestId('link-picture').isHidden()).toBe(true);
    expect((await overlayPixel(page, newLink))[3]).toBeGreaterThan(100);
    await page.context().close();
  });

  it('show only the selection’s links until all are asked for (L), and every link stays shown after a reload', async () => {
    const page = await board.open('en-GB');
    const home: Camera = { x: 0, y: 0, zoom: 1 };
    await setCamera(page, home);
    const overlay = page.getByTestId('link-overlay');
    // (Cards the tests above left in place: the file's tests share one project.)
    const link = visiblePoint(segmentOf('proposal:gen-0-13', 'quote:gen-0-5'));
    const other = visiblePoint(segmentOf('proposal:gen-0-23', 'quote:gen-0-35'));
    // Nothing selected: no link drawn at all.
    expect(await overlay.getAttribute('data-show')).toBe('selection');
    expect(await lines(page)).toBe(0);
    expect((await overlayPixel(page, link, 1))[3]).toBe(0);

    // The proposal selected: its links, and no other.
    await page.evaluate(() => window.tablee!.select(['proposal:gen-0-13']));
    await expect.poll(() => lines(page)).toBeGreaterThan(0);
    const ofProposal = linkSegments({ get: (id) => byId.get(id), all: () => byId.values() }).filter((s) => s.from === 'proposal:gen-0-13' || s.to === 'proposal:gen-0-13');
    expect(ofProposal.length).toBeGreaterThan(0);
    expect(await lines(page)).toBe(ofProposal.filter((s) => meets(s, viewportBox(home, SIZE))).length);
    expect((await overlayPixel(page, link, 1))[3]).toBeGreaterThan(100);
    // Another proposal's link stays hidden.
    expect((await overlayPixel(page, other, 1))[3]).toBe(0);
    // Selecting the quote card at the other end shows the same link.
    await page.evaluate(() => window.tablee!.select(['quote:gen-0-5']));
    await expect.poll(() => lines(page)).toBe(1);
    expect((await overlayPixel(page, link, 1))[3]).toBeGreaterThan(100);
    expect((await overlayPixel(page, other, 1))[3]).toBe(0);

    // Nothing selected, then L: every link.
    await page.evaluate(() => window.tablee!.select([]));
    await page.locator('body').press('l');
    await expect.poll(() => overlay.getAttribute('data-show')).toBe('all');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await lines(page)).toBe(expectedLines(home));
    expect((await overlayPixel(page, other, 1))[3]).toBeGreaterThan(100);

    // Reloaded in the same tab: still every link.
    await page.reload();
    await page.waitForFunction(() => window.tablee?.ready === true);
    await setCamera(page, home);
    expect(await page.getByTestId('link-overlay').getAttribute('data-show')).toBe('all');
    expect(await lines(page)).toBe(expectedLines(home));
    await page.context().close();
  });

  it('stay seen through a text item (a heading, a caption): it has no background to hide them', async () => {
    const page = await board.open('en-GB');
    const home: Camera = { x: 0, y: 0, zoom: 1 };
    await setCamera(page, home);
    const overlay = page.getByTestId('link-overlay');
    if ((await overlay.getAttribute('data-show')) !== 'all') await chooseInMoreMenu(page, 'toggle-links');
    const other = visiblePoint(segmentOf('proposal:gen-0-23', 'quote:gen-0-35'));
    expect((await overlayPixel(page, other, 1))[3]).toBeGreaterThan(100);
    // A text item of the board moved over that point of the link (as an edit from anyone would).
    await page.evaluate((p) => {
      const d = window.tablee!.doc as { transact(f: () => void): void; getMap(n: string): { get(id: string): { set(k: string, v: number): void } } };
      d.transact(() => {
        const text = d.getMap('items').get('text:gen-0-9');
        text.set('x', p.x - 110);
        text.set('y', p.y - 45);
      });
    }, other);
    expect(await page.evaluate(() => window.tablee!.snapshot().items.find((i) => i.id === 'text:gen-0-9')!.x)).toBe(other.x - 110);
    // The lines drawn again (a long pan away and back), with the text item there.
    await setCamera(page, { x: -3000, y: 0, zoom: 1 });
    await setCamera(page, home);
    expect((await overlayPixel(page, other, 1))[3]).toBeGreaterThan(100);
    await page.context().close();
  });
});
