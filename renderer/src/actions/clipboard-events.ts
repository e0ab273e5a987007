import type { Editor } from '../canvas/editor';
import { boardClipboard } from './clipboard';
import { isEditableTarget } from './editable-target';

export interface ClipboardKeys {
  /** Ctrl/Cmd+C or X: copies now; the browser's `copy`/`cut` event that follows carries the text out. */
  copy(cut: boolean): void;
  /** Ctrl/Cmd+V: the `paste` event normally follows; if the browser sends none, our own copy is pasted. */
  paste(): void;
  dispose(): void;
}

/**
 * Copy, cut and paste of the board through the DOM clipboard events, which carry the system
 * clipboard without asking for a permission; the keys only start them (see ClipboardKeys).
 */
export function installClipboardEvents(editor: Editor, doc: Document = document): ClipboardKeys {
  let pasteFallback: ReturnType<typeof setTimeout> | null = null;
  let copyFallback: ReturnType<typeof setTimeout> | null = null;

  const onCopy = (e: ClipboardEvent): void => {
    if (isEditableTarget(e.target)) return;
    if (copyFallback) {
      // Our own Ctrl/Cmd+C or X just copied: carry its text out.
      clearTimeout(copyFallback);
      copyFallback = null;
    } else {
      // A copy or cut from elsewhere (a native menu's Edit entries).
      if (boardClipboard.copy(editor) === 0) return;
      if (e.type === 'cut') editor.deleteSelection();
    }
    e.clipboardData?.setData('text/plain', boardClipboard.plainText);
    e.preventDefault();
  };

  let lastPaste = 0;
  const onPaste = (e: ClipboardEvent): void => {
    if (isEditableTarget(e.target)) return;
    if (pasteFallback) {
      clearTimeout(pasteFallback);
      pasteFallback = null;
    }
    e.preventDefault();
    // One key press, one paste (a native Edit menu role may dispatch a second event).
    const now = performance.now();
    if (now - lastPaste < 80) return;
    lastPaste = now;
    const data = e.clipboardData;
    const text = data && Array.from(data.types).includes('text/plain') ? data.getData('text/plain') : null;
    boardClipboard.paste(editor, text, data ? Array.from(data.files) : []);
  };

  doc.addEventListener('copy', onCopy);
  doc.addEventListener('cut', onCopy);
  doc.addEventListener('paste', onPaste);
  return {
    copy(cut) {
      if (boardClipboard.copy(editor) === 0) return;
      if (cut) editor.deleteSelection();
      if (copyFallback) clearTimeout(copyFallback);
      copyFallback = setTimeout(() => {
        copyFallback = null;
        boardClipboard.writeSystemClipboard();
      }, 150);
    },
    paste() {
      if (pasteFallback) clearTimeout(pasteFallback);
      pasteFallback = setTimeout(() => {
        pasteFallback = null;
        boardClipboard.paste(editor, null);
      }, 150);
    },
    dispose() {
      doc.removeEventListener('copy', onCopy);
      doc.removeEventListener('cut', onCopy);
      doc.removeEventListener('paste', onPaste);
      if (pasteFallback) clearTimeout(pasteFallback);
      if (copyFallback) clearTimeout(copyFallback);
    },
  };
}
