import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

const cache = new WeakMap<Y.UndoManager, { key: string; value: { canUndo: boolean; canRedo: boolean } }>();

/** Whether undo and redo have something to do, following the manager's stack events. */
export function useUndoState(undo: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  return useSyncExternalStore(
    (listener) => {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const e of events) undo.on(e, listener);
      return () => {
        for (const e of events) undo.off(e, listener);
      };
    },
    () => {
      const canUndo = undo.canUndo();
      const canRedo = undo.canRedo();
      const key = `${canUndo}${canRedo}`;
      const hit = cache.get(undo);
      if (hit && hit.key === key) return hit.value;
      const value = { canUndo, canRedo };
      cache.set(undo, { key, value });
      return value;
    },
  );
}
