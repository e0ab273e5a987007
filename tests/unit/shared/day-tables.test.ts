import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { freeSpotNear } from '@shared/board/free-spot';
import { intersects, type Box } from '@shared/board/geometry';
import { DAY_MAP, newTimer, readDayTimer, writeDayTimer } from '@shared/day/day-timer';
import { assign, dealTables, readTables, splitAtRandom, tableOf, writeTables, type Table } from '@shared/day/day-tables';

const table = (id: string, people: string[], extra: Partial<Table> = {}): Table => ({ id, name: id, frame: null, challenge: '', people, ...extra });

/** A seeded generator (mulberry32), so a failing split can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the tables', () => {
  it('are saved in the day map and read back, beside the timer', () => {
    const doc = new Y.Doc();
    expect(readTables(doc)).toEqual([]);
    writeDayTimer(doc, newTimer(60_000));
    const tables = [table('t1', ['awa', 'leo'], { name: 'Table 1', frame: 'frame-9', challenge: 'Un jardin partagé' }), table('t2', ['zoe'])];
    writeTables(doc, tables);
    expect(readTables(doc)).toEqual(tables);
    expect(readDayTimer(doc)).not.toBeNull();
  });

  it('reads what is not a list of tables as none, without throwing', () => {
    const doc = new Y.Doc();
    const day = doc.getMap<unknown>(DAY_MAP);
    for (const bad of ['nonsense', 42, [{ id: 't1', name: 3 }], [{ ...table('t1', []), extra: true }], [table('t1', [''])], { t1: table('t1', []) }]) {
      day.set('tables', bad);
      expect(readTables(doc)).toEqual([]);
    }
    // A person listed at two tables sits at the first; a repeated table id keeps its first table.
    day.set('tables', [table('t1', ['awa']), table('t2', ['awa', 'leo']), table('t1', ['zoe'])]);
    expect(readTables(doc)).toEqual([table('t1', ['awa']), table('t2', ['leo'])]);
  });

  it('takes any frame a board may hold, whatever the length of its id', () => {
    const doc = new Y.Doc();
    const tables = [table('t1', ['awa'], { frame: 'f'.repeat(100) })];
    writeTables(doc, tables);
    expect(readTables(doc)).toEqual(tables);
  });

  it('refuses to write tables that are not tables, and keeps the ones there', () => {
    const doc = new Y.Doc();
    writeTables(doc, [table('t1', ['awa'])]);
    expect(() => writeTables(doc, [{ ...table('t2', []), frame: '' }])).toThrow();
    expect(readTables(doc)).toEqual([table('t1', ['awa'])]);
  });

  it('deals people at random: each in exactly one group, sizes differing by one at most', () => {
    const people = Array.from({ length: 35 }, (_, i) => `p${i}`);
    for (let seed = 1; seed <= 50; seed++) {
      for (const n of [1, 2, 3, 4, 6, 35, 40]) {
        const groups = splitAtRandom(people, n, seeded(seed));
        expect(groups).toHaveLength(n);
        expect(groups.flat().sort()).toEqual([...people].sort());
        const sizes = groups.map((g) => g.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
    // Different draws give different tables (not always the same order).
    const first = (seed: number): string[] => splitAtRandom(people, 2, seeded(seed))[0]!;
    expect(new Set([1, 2, 3, 4, 5].map((s) => first(s).join())).size).toBeGreaterThan(1);
  });

  it('makes N tables, keeping what the first ones were (name, frame, challenge)', () => {
    const before = [table('t1', ['gone'], { name: 'Les pommiers', frame: 'f1', challenge: 'Le verger' })];
    const after = dealTables(before, ['awa', 'leo', 'zoe'], 2, seeded(7), (n) => `Table ${n}`);
    expect(after.map((t) => [t.id, t.name, t.frame, t.challenge])).toEqual([
      ['t1', 'Les pommiers', 'f1', 'Le verger'],
      ['table-2', 'Table 2', null, ''],
    ]);
    expect(after.flatMap((t) => t.people).sort()).toEqual(['awa', 'leo', 'zoe']);
    // Fewer tables: the last ones go.
    expect(dealTables(after, ['awa'], 1, seeded(1), String).map((t) => t.id)).toEqual(['t1']);
  });

  it('moves a person by hand: at one table at most', () => {
    const tables = [table('t1', ['awa', 'leo']), table('t2', ['zoe'])];
    const moved = assign(tables, 'awa', 't2');
    expect(moved.map((t) => t.people)).toEqual([['leo'], ['zoe', 'awa']]);
    expect(tableOf(moved, 'awa')?.id).toBe('t2');
    // To no table.
    const out = assign(moved, 'awa', null);
    expect(tableOf(out, 'awa')).toBeNull();
    expect(out.flatMap((t) => t.people)).toEqual(['leo', 'zoe']);
    // Someone new goes in; the same table again changes nothing else.
    expect(assign(out, 'mia', 't1').map((t) => t.people)).toEqual([['leo', 'mia'], ['zoe']]);
    expect(assign(tables, 'zoe', 't2')).toEqual(tables);
  });
});

describe('a free place for a new frame', () => {
  it('is beside what is there, never on top of it', () => {
    const taken: Box[] = [{ x: -500, y: -400, w: 1000, h: 800 }, { x: 600, y: -400, w: 300, h: 300 }];
    const free = (b: Box): boolean => !taken.some((t) => intersects(t, b));
    const spot = freeSpotNear({ x: 0, y: 0 }, { w: 800, h: 600 }, free)!;
    expect(spot).toMatchObject({ w: 800, h: 600 });
    expect(free(spot)).toBe(true);
    // Nothing there: right where asked.
    expect(freeSpotNear({ x: 0, y: 0 }, { w: 800, h: 600 }, () => true)).toEqual({ x: -400, y: -300, w: 800, h: 600 });
    // A board full as far as it looks: none.
    expect(freeSpotNear({ x: 0, y: 0 }, { w: 800, h: 600 }, () => false, 80, 3)).toBeNull();
  });
});
