import { describe, expect, it } from 'vitest';
import { createStore } from '../../../renderer/src/store';

describe('a store', () => {
  it('tells its listeners of a new value, not of the same one, and no more once they leave', () => {
    const store = createStore({ count: 0 });
    const seen: number[] = [];
    const off = store.subscribe(() => seen.push(store.get().count));
    store.set({ count: 1 });
    store.set((s) => ({ count: s.count + 1 }));
    const same = store.get();
    store.set(same);
    store.set((s) => s);
    off();
    store.set({ count: 9 });
    expect(seen).toEqual([1, 2]);
    expect(store.get()).toEqual({ count: 9 });
  });

  it('tells every listener even when one leaves while being told', () => {
    const store = createStore(0);
    const told: string[] = [];
    const offA = store.subscribe(() => {
      told.push('a');
      offA();
    });
    store.subscribe(() => told.push('b'));
    store.set(1);
    store.set(2);
    expect(told).toEqual(['a', 'b', 'b']);
  });
});
