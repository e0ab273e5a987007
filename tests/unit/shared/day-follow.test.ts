import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { followLoops, parseView, roundView, sameView } from '@shared/day/day-follow';
import { readGather, writeGather } from '@shared/day/day-gather';
import { DAY_MAP } from '@shared/day/day-timer';

describe('who follows whom', () => {
  const chain = (links: Record<string, string>) => (p: string): string | null => links[p] ?? null;

  it('A following B following C is no loop; B following A while A follows B is', () => {
    expect(followLoops('a', 'b', chain({ b: 'c' }))).toBe(false);
    expect(followLoops('b', 'a', chain({ a: 'b' }))).toBe(true);
  });

  it('a longer loop back to me is found; a loop elsewhere ends the walk without spinning', () => {
    expect(followLoops('a', 'b', chain({ b: 'c', c: 'd', d: 'a' }))).toBe(true);
    expect(followLoops('a', 'b', chain({ b: 'c', c: 'd', d: 'b' }))).toBe(false);
  });
});

describe('a published view', () => {
  it('is rounded outwards: the whole units still contain what the screen shows', () => {
    const box = { x: 10.4, y: -3.6, w: 100.3, h: 50.2 };
    const r = roundView(box);
    expect(r).toEqual({ x: 10, y: -4, w: 101, h: 51 });
    expect(r.x <= box.x && r.y <= box.y && r.x + r.w >= box.x + box.w && r.y + r.h >= box.y + box.h).toBe(true);
  });

  it('from another machine, a malformed view is none', () => {
    expect(parseView({ x: 1, y: 2, w: 3, h: 4 })).toEqual({ x: 1, y: 2, w: 3, h: 4 });
    expect(parseView({ x: 1, y: 2, w: 0, h: 4 })).toBeNull();
    expect(parseView({ x: 'a', y: 2, w: 3, h: 4 })).toBeNull();
    expect(parseView({ x: Infinity, y: 2, w: 3, h: 4 })).toBeNull();
    expect(parseView(null)).toBeNull();
    expect(sameView({ x: 1, y: 2, w: 3, h: 4 }, { x: 1, y: 2, w: 3, h: 4 })).toBe(true);
    expect(sameView({ x: 1, y: 2, w: 3, h: 4 }, null)).toBe(false);
  });
});

describe('bringing everyone here', () => {
  it('each gathering counts up from the last, with the area and who did it', () => {
    const doc = new Y.Doc();
    expect(readGather(doc)).toBeNull();
    expect(writeGather(doc, { x: 0, y: 0, w: 800, h: 600 }, 'Fanny')).toBe(1);
    expect(writeGather(doc, { x: 5, y: 5, w: 800, h: 600 }, 'Fanny')).toBe(2);
    expect(readGather(doc)).toEqual({ seq: 2, rect: { x: 5, y: 5, w: 800, h: 600 }, by: 'Fanny' });
  });

  it('a malformed gathering reads as none, and a new one starts over from it', () => {
    const doc = new Y.Doc();
    const day = doc.getMap<unknown>(DAY_MAP);
    for (const bad of [{ seq: 0, rect: { x: 0, y: 0, w: 1, h: 1 }, by: 'x' }, { seq: 3, rect: { x: 0, y: 0, w: -1, h: 1 }, by: 'x' }, 'gather', { seq: 2 }]) {
      day.set('gather', bad);
      expect(readGather(doc)).toBeNull();
    }
    expect(writeGather(doc, { x: 0, y: 0, w: 10, h: 10 }, 'Fanny')).toBe(1);
  });

  it('refuses to write an area with no size', () => {
    expect(() => writeGather(new Y.Doc(), { x: 0, y: 0, w: 0, h: 10 }, 'Fanny')).toThrow();
  });
});
