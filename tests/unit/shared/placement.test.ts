import RBush from 'rbush';
import { describe, expect, it } from 'vitest';
import { contains, intersects, type Box } from '@shared/board/geometry';
import { freePlacement, grow, placementInFrame, PLACEMENT_MARGIN, type BoardSpace } from '@shared/board/placement';

/** A board of boxes behind an R-tree, as the page's index answers placement. */
function spaceOf(boxes: Box[]): BoardSpace & { add(box: Box): void; probes: number } {
  const tree = new RBush<Box & { minX: number; minY: number; maxX: number; maxY: number }>();
  const entry = (b: Box) => ({ ...b, minX: b.x, minY: b.y, maxX: b.x + b.w, maxY: b.y + b.h });
  const add = (b: Box): void => void tree.insert(entry(b));
  tree.load(boxes.map(entry));
  const space = {
    probes: 0,
    add,
    overlaps: (b: Box) => {
      space.probes++;
      return tree.collides({ minX: b.x, minY: b.y, maxX: b.x + b.w, maxY: b.y + b.h });
    },
    bounds: () => {
      const all = tree.all();
      if (all.length === 0) return null;
      const x = Math.min(...all.map((b) => b.x));
      const y = Math.min(...all.map((b) => b.y));
      return { x, y, w: Math.max(...all.map((b) => b.x + b.w)) - x, h: Math.max(...all.map((b) => b.y + b.h)) - y };
    },
  };
  return space;
}

const NOTE = { w: 200, h: 160 };
const centreOf = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
/** Whether `box`, with the margin kept around placed cards, touches none of `boxes`. */
const clearOf = (box: Box, boxes: Box[]) => boxes.every((b) => !intersects(grow(box, PLACEMENT_MARGIN - 1), b));

describe('where a card lands when nobody pointed at a place', () => {
  it('on an empty spot: right there, centred where asked', () => {
    expect(freePlacement({ x: 500, y: 300 }, NOTE, spaceOf([]))).toEqual({ x: 400, y: 220, w: 200, h: 160 });
    // Empty where asked, though the board has cards elsewhere.
    expect(freePlacement({ x: 500, y: 300 }, NOTE, spaceOf([{ x: 2000, y: 2000, w: 200, h: 160 }]))).toEqual({ x: 400, y: 220, w: 200, h: 160 });
  });

  it('the view centred on a theme: just outside the frame, never in it', () => {
    const theme: Box = { x: 0, y: 0, w: 900, h: 640 };
    const cards: Box[] = [theme, { x: 100, y: 100, w: 240, h: 180 }, { x: 400, y: 100, w: 240, h: 180 }];
    const spot = freePlacement(centreOf(theme), NOTE, spaceOf(cards));
    expect(clearOf(spot, cards)).toBe(true);
    // The nearest way out of a 900 × 640 frame is up or down: within a card's step of its edge.
    expect(intersects(spot, grow(theme, NOTE.h + 100))).toBe(true);
    expect(distance(centreOf(spot), centreOf(theme))).toBeLessThan(640);
  });

  it('a frame being an area (Immersion, Proposals…) or a theme makes no difference: nothing lands in a frame by itself', () => {
    // A small frame with nothing in it is still no place for a card nobody put there.
    const frame: Box = { x: -150, y: -120, w: 300, h: 240 };
    const spot = freePlacement({ x: 0, y: 0 }, NOTE, spaceOf([frame]));
    expect(clearOf(spot, [frame])).toBe(true);
  });

  it('cards made one after the other near the same point never cover each other, and stay near it', () => {
    const space = spaceOf([{ x: -450, y: -320, w: 900, h: 640 }]);
    const placed: Box[] = [];
    for (let i = 0; i < 12; i++) {
      const spot = freePlacement({ x: 0, y: 0 }, NOTE, space);
      expect(clearOf(spot, placed)).toBe(true);
      placed.push(spot);
      space.add(spot);
    }
    for (const p of placed) expect(distance(centreOf(p), { x: 0, y: 0 })).toBeLessThan(1500);
  });

  it('nearest first: a free spot to the right is taken over a farther one', () => {
    // Everything around the point is taken except a hole just right of it.
    const blocks: Box[] = [{ x: -2000, y: -2000, w: 4000, h: 1880 }, { x: -2000, y: 120, w: 4000, h: 1880 }, { x: -2000, y: -120, w: 1880, h: 240 }];
    const spot = freePlacement({ x: 0, y: 0 }, NOTE, spaceOf(blocks));
    expect(clearOf(spot, blocks)).toBe(true);
    expect(spot.y).toBe(-80);
    expect(spot.x).toBeGreaterThan(-120);
    expect(spot.x).toBeLessThan(600);
  });

  it('with the view given, a free spot in sight is taken over a nearer one out of sight', () => {
    // The theme fills the view but for a strip on its right; below it (nearer) is out of sight.
    const theme: Box = { x: 0, y: 0, w: 900, h: 640 };
    const view: Box = { x: -100, y: -100, w: 1500, h: 800 };
    const blind = freePlacement({ x: 450, y: 320 }, NOTE, spaceOf([theme]));
    expect(contains(view, blind)).toBe(false);
    const seen = freePlacement({ x: 450, y: 320 }, NOTE, spaceOf([theme]), view);
    expect(clearOf(seen, [theme])).toBe(true);
    expect(contains(view, seen)).toBe(true);
    expect(distance(centreOf(seen), { x: 450, y: 320 })).toBeLessThan(1000);
    // No room in sight at all: the nearest free spot anyway (the page then brings it into view).
    expect(freePlacement({ x: 450, y: 320 }, NOTE, spaceOf([theme]), { x: 0, y: 0, w: 900, h: 640 })).toEqual(blind);
  });

  it('a board full as far as the spots go: past the right edge of everything, still covering nothing', () => {
    const wall: Box = { x: -50_000, y: -50_000, w: 100_000, h: 100_000 };
    const spot = freePlacement({ x: 0, y: 0 }, NOTE, spaceOf([wall]));
    expect(clearOf(spot, [wall])).toBe(true);
    expect(spot.x).toBeGreaterThan(wall.x + wall.w);
    expect(spot.y).toBe(-80);
  });

  it('asks the board a few thousand questions at most, never one per card, on a board of 50,000 cards', () => {
    // 50,000 notes in a grid of 250 × 200, packed tighter than a note with its margin: every spot
    // near the middle is taken. The grid answers by arithmetic, counting the questions asked.
    const COLS = 250;
    const ROWS = 200;
    const note = (i: number, j: number): Box => ({ x: i * 300, y: j * 240, w: 200, h: 160 });
    let probes = 0;
    let walks = 0;
    const space: BoardSpace = {
      overlaps: (b) => {
        probes++;
        for (let i = Math.max(0, Math.floor(b.x / 300)); i <= Math.min(COLS - 1, Math.floor((b.x + b.w) / 300)); i++)
          for (let j = Math.max(0, Math.floor(b.y / 240)); j <= Math.min(ROWS - 1, Math.floor((b.y + b.h) / 240)); j++) if (intersects(note(i, j), b)) return true;
        return false;
      },
      bounds: () => {
        walks++;
        return { x: 0, y: 0, w: (COLS - 1) * 300 + 200, h: (ROWS - 1) * 240 + 160 };
      },
    };
    const spot = freePlacement({ x: 37_500, y: 24_000 }, NOTE, space);
    expect(space.overlaps(grow(spot, PLACEMENT_MARGIN - 1))).toBe(false);
    expect(spot.x).toBeGreaterThan((COLS - 1) * 300 + 200);
    expect(probes).toBeLessThan(5_000);
    // The box around everything comes from the index's root, asked once.
    expect(walks).toBe(1);
  });
});

describe('a card made with the pointer on a frame (the user points at it)', () => {
  const frame: Box = { x: 0, y: 0, w: 900, h: 640 };
  const cards: Box[] = [{ x: 100, y: 100, w: 240, h: 180 }, { x: 400, y: 100, w: 240, h: 180 }];
  const coversCard = (box: Box) => cards.some((c) => intersects(c, box));

  it('stays in that frame, beside its cards, covering none', () => {
    const spot = placementInFrame({ x: 220, y: 190 }, NOTE, frame, coversCard);
    expect(contains(frame, spot)).toBe(true);
    expect(clearOf(spot, cards)).toBe(true);
    expect(distance(centreOf(spot), { x: 220, y: 190 })).toBeLessThan(400);
  });

  it('right at the pointer on an empty part of the frame; at the pointer anyway when the frame is full', () => {
    expect(placementInFrame({ x: 600, y: 500 }, NOTE, frame, coversCard)).toEqual({ x: 500, y: 420, w: 200, h: 160 });
    expect(placementInFrame({ x: 220, y: 190 }, NOTE, frame, () => true)).toEqual({ x: 120, y: 110, w: 200, h: 160 });
  });
});
