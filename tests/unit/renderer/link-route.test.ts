import { describe, expect, it } from 'vitest';
import { arrowAtStart, edgePoint, pointAt, route } from '../../../renderer/src/canvas/links/link-route';

const box = (x: number, y: number, w = 100, h = 100) => ({ x, y, w, h });

describe('a link’s route between two cards', () => {
  it('leaves a card by the side facing the other card, where the line between their centres crosses it', () => {
    const b = box(0, 0, 200, 100);
    expect(edgePoint(b, { x: 1000, y: 50 })).toEqual({ x: 200, y: 50, nx: 1, ny: 0 });
    expect(edgePoint(b, { x: -1000, y: 50 })).toEqual({ x: 0, y: 50, nx: -1, ny: 0 });
    expect(edgePoint(b, { x: 100, y: 900 })).toEqual({ x: 100, y: 100, nx: 0, ny: 1 });
    expect(edgePoint(b, { x: 100, y: -900 })).toEqual({ x: 100, y: 0, nx: 0, ny: -1 });
    // Off to the right and a little up: still the right side, at the height where the line crosses it.
    const p = edgePoint(b, { x: 300, y: 0 });
    expect(p).toMatchObject({ x: 200, nx: 1, ny: 0 });
    expect(p.y).toBeCloseTo(25);
    // Steeper than the card's diagonal: the bottom side.
    expect(edgePoint(b, { x: 200, y: 300 })).toMatchObject({ y: 100, nx: 0, ny: 1 });
  });

  it('runs from edge to edge, its control points standing off each card square to its side', () => {
    const r = route(box(0, 0), box(1000, 0));
    expect([r.x1, r.y1, r.x2, r.y2]).toEqual([100, 50, 1000, 50]);
    // 900 apart: the bend is capped (240), outward from each card.
    expect([r.c1x, r.c1y, r.c2x, r.c2y]).toEqual([340, 50, 760, 50]);
    // One card below and to the right: leaves by the bottom, arrives by the top, curving.
    const d = route(box(0, 0), box(300, 600));
    expect([d.x1, d.y1, d.x2, d.y2]).toEqual([75, 100, 325, 600]);
    expect(d.c1x).toBe(d.x1);
    expect(d.c1y).toBeGreaterThan(d.y1);
    expect(d.c2x).toBe(d.x2);
    expect(d.c2y).toBeLessThan(d.y2);
    // Close cards: the bend never shrinks below a visible curve (24).
    const near = route(box(0, 0), box(110, 0));
    expect(near.c1x - near.x1).toBe(24);
    // The curve passes between the cards, through neither.
    const mid = pointAt(d, 0.5);
    expect(mid.x).toBeGreaterThan(100);
    expect(mid.x).toBeLessThan(300);
  });

  it('reaches a frame around the card at its top edge, above the card', () => {
    const r = route(box(400, 400), box(0, 0, 2000, 1500));
    expect([r.x1, r.y1, r.x2, r.y2]).toEqual([450, 400, 450, 0]);
    expect(r.c1y).toBeLessThan(r.y1);
    expect(r.c2y).toBeLessThan(r.y2);
  });

  it('puts the arrowhead’s tip on the first card’s edge, pointing into it along the curve', () => {
    const r = route(box(1000, 0), box(0, 0));
    // From the card on the right: the curve arrives from the left, heading right.
    const [tx, ty, bx, by, cx, cy] = arrowAtStart(r, 10);
    expect([tx, ty]).toEqual([1000, 50]);
    expect(bx).toBe(990);
    expect(cx).toBe(990);
    expect(Math.abs(by - cy)).toBeCloseTo(10);
    expect((by + cy) / 2).toBeCloseTo(50);
  });
});
