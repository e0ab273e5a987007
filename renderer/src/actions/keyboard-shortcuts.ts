import type { Editor } from '../canvas/editor';
import { boardClipboard } from './clipboard';

export const isEditableTarget = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement &&
  (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT');

/**
 * Board shortcuts, on the window. None fires while the user types in a text field (the in-place
 * editor, the project panel's inputs). Copy, cut and paste also listen to the DOM clipboard
 * events, which carry the system clipboard without asking for a permission.
 */
export function installKeyboardShortcuts(editor: Editor): () => void {
  let pasteFallback: ReturnType<typeof setTimeout> | null = null;
  let copyFallback: ReturnType<typeof setTimeout> | null = null;

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.isComposing || isEditableTarget(e.target)) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const onButton = e.target instanceof HTMLButtonElement;

    if (mod) {
      if (key === 'z' && !e.shiftKey) return done(e, () => editor.doUndo());
      if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.metaKey)) return done(e, () => editor.doRedo());
      if (key === 'a') return done(e, () => editor.selectAll());
      if (key === 'd') return done(e, () => editor.duplicateSelection());
      if (key === '0' || e.code === 'Digit0' || e.code === 'Numpad0') return done(e, () => editor.zoomReset());
      if (key === '=' || key === '+' || e.code === 'NumpadAdd') return done(e, () => editor.zoomIn());
      if (key === '-' || e.code === 'NumpadSubtract') return done(e, () => editor.zoomOut());
      if (key === 'c' || key === 'x') {
        // Not prevented: the browser's `copy`/`cut` event follows and carries the text out.
        if (boardClipboard.copy(editor) === 0) return;
        if (key === 'x') editor.deleteSelection();
        if (copyFallback) clearTimeout(copyFallback);
        copyFallback = setTimeout(() => {
          copyFallback = null;
          boardClipboard.writeSystemClipboard();
        }, 150);
        return;
      }
      if (key === 'v') {
        // The `paste` event normally follows; if the browser sends none, paste our own copy.
        if (pasteFallback) clearTimeout(pasteFallback);
        pasteFallback = setTimeout(() => {
          pasteFallback = null;
          boardClipboard.paste(editor, null);
        }, 150);
        return;
      }
      return;
    }

    if (e.altKey) return;
    if (e.shiftKey && e.code === 'Digit1') return done(e, () => editor.zoomToFit());
    if (e.shiftKey && e.code === 'Digit2') return done(e, () => editor.zoomToSelection());
    switch (key) {
      case ' ':
        if (onButton) return;
        e.preventDefault();
        if (!e.repeat) editor.setSpacePan(true);
        return;
      case 'v':
        return done(e, () => editor.setTool('select'));
      case 'h':
        return done(e, () => editor.setTool('hand'));
      case 'n':
        return done(e, () => {
          editor.setTool('select');
          editor.createNoteAt(editor.placementPoint(), true);
        });
      case 't':
        return done(e, () => editor.setTool('text'));
      case 'f':
        return done(e, () => editor.setTool('frame'));
      case '+':
      case '=':
        return done(e, () => editor.zoomIn());
      case '-':
      case '_':
        return done(e, () => editor.zoomOut());
      case '0':
        return done(e, () => editor.zoomReset());
      case 'Delete':
      case 'Backspace':
        return done(e, () => editor.deleteSelection());
      case 'Escape':
        return done(e, () => {
          editor.setTool('select');
          editor.clearSelection();
        });
      case 'Enter': {
        if (onButton) return;
        const only = editor.selection.size === 1 ? [...editor.selection][0] : undefined;
        if (only) done(e, () => editor.startEditing(only));
        return;
      }
    }
    if (e.code === 'NumpadAdd') return done(e, () => editor.zoomIn());
    if (e.code === 'NumpadSubtract') return done(e, () => editor.zoomOut());
  };

  const onKeyUp = (e: KeyboardEvent): void => {
    if (e.key === ' ') editor.setSpacePan(false);
  };
  const onBlur = (): void => editor.setSpacePan(false);

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

  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', onBlur);
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCopy);
  document.addEventListener('paste', onPaste);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', onBlur);
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCopy);
    document.removeEventListener('paste', onPaste);
    if (pasteFallback) clearTimeout(pasteFallback);
    if (copyFallback) clearTimeout(copyFallback);
  };
}

function done(e: KeyboardEvent, action: () => void): void {
  e.preventDefault();
  action();
}
