import { useStoreSelector } from '../store';
import type { Editor, EditorState } from './editor';

/**
 * Subscribes to one derived value of the editor state, so a component re-renders only when that
 * value changes (not on every pan frame). `equal` compares the previous and next values.
 */
export function useEditorSelector<T>(editor: Editor, select: (s: EditorState) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  return useStoreSelector(editor.store, select, equal);
}
