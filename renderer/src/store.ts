import { useRef, useSyncExternalStore } from 'react';

/**
 * A value that can be watched: what every store of the page is made of (the editor's state,
 * the session's snapshot, toasts, the search's matches…), so that each one is a value and its
 * rules, not a listener set of its own.
 */
export interface Store<T> {
  get(): T;
  /** Replaces the value; listeners hear of it only when it is another value (`Object.is`). */
  set(next: T | ((prev: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    // A copy: a listener may unsubscribe (or subscribe another) while being told.
    for (const l of [...listeners]) l();
  };
  return {
    get: () => value,
    set(next) {
      const v = typeof next === 'function' ? (next as (prev: T) => T)(value) : next;
      if (Object.is(value, v)) return;
      value = v;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The store's value, for React: re-renders when it changes. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * One value derived from a store, so that a component re-renders only when that value changes
 * (not on every pan frame). `select` may be a new function at every render; `equal` compares the
 * previous and next derived values.
 */
export function useStoreSelector<T, S>(store: Store<T>, select: (value: T) => S, equal: (a: S, b: S) => boolean = Object.is): S {
  const last = useRef<{ value: T; select: (value: T) => S; selected: S } | null>(null);
  const get = (): S => {
    const value = store.get();
    const prev = last.current;
    if (prev && prev.value === value && prev.select === select) return prev.selected;
    const selected = select(value);
    const kept = prev && equal(prev.selected, selected) ? prev.selected : selected;
    last.current = { value, select, selected: kept };
    return kept;
  };
  return useSyncExternalStore(store.subscribe, get);
}
