import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Editor, EditorState } from './editor';

/**
 * Subscribes to one derived value of the editor state, so a component re-renders only when that
 * value changes (not on every pan frame). `equal` compares the previous and next values.
 */
export function useEditorSelector<T>(editor: Editor, select: (s: EditorState) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const last = useRef<{ state: EditorState; value: T } | null>(null);
  const get = useCallback((): T => {
    const state = editor.getState();
    const prev = last.current;
    if (prev && prev.state === state) return prev.value;
    const value = select(state);
    if (prev && equal(prev.value, value)) {
      last.current = { state, value: prev.value };
      return prev.value;
    }
    last.current = { state, value };
    return value;
  }, [editor]);
  return useSyncExternalStore(editor.subscribe, get);
}
