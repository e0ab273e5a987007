import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { noteLayout } from '@shared/board/card-layout';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, type ItemRecord } from '@shared/board/records';
import type { Camera } from './camera';
import { FRAME_EDGE, INK, NOTE_FILL } from './colors';
import type { Editing, Editor } from './editor';
import { FONT_FAMILY, FRAME_TITLE_SIZE, frameHeader, NOTE_FONT_SIZE, NOTE_PADDING } from './items/frame-geometry';
import { fittedFrameHeader } from './items/frame-title';
import { displayText } from './display-text';
import { canvasMeasure } from './fitted-text';
import { measureTextHeight } from './text-measure';

interface Props {
  editor: Editor;
  editing: Editing;
  item: ItemRecord;
  camera: Camera;
  /** Tells the user something (a paste too long to fit); the shell shows it. */
  onNotice(kind: 'error', message: string): void;
}

/**
 * A real <textarea> laid over the card being edited, at the card's place and scale. Escape,
 * Ctrl/Cmd+Enter or a click elsewhere commits (one updateItem, one undo step); a frame's title
 * is confirmed by Enter and Escape cancels it.
 */
export function TextEditorOverlay({ editor, editing, item, camera, onNotice }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const initial = editing.field === 'title' ? (item.kind === 'frame' ? item.title : '') : 'text' in item ? item.text : '';
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const max = editing.field === 'title' ? MAX_TITLE_LENGTH : MAX_TEXT_LENGTH;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const commit = (): void => {
    if (done.current) return;
    done.current = true;
    const current = editor.index.get(editing.id);
    if (current) {
      const text = value.length > max ? value.slice(0, max) : value;
      if (editing.field === 'title' && current.kind === 'frame') {
        if (text !== current.title) editor.update(current.id, { title: text.replace(/[\r\n]+/g, ' ') });
      } else if (current.kind === 'text') {
        const h = Math.max(current.fontSize * 1.2, measureTextHeight(text, current.w, current.fontSize));
        if (text !== current.text || Math.abs(h - current.h) > 0.5) editor.update(current.id, { text, h });
      } else if (current.kind === 'note') {
        // A note whose words need more room than its paper even at the smallest size grows, in the same step.
        const h = noteLayout(displayText(text), current.w, current.h, canvasMeasure('normal')).cardH;
        if (text !== current.text || h > current.h + 0.5) editor.update(current.id, h > current.h + 0.5 ? { text, h: Math.ceil(h) } : { text });
      }
    }
    if (editor.getState().editing?.id === editing.id) editor.stopEditing();
  };

  // Commit if the editor is torn down another way (tool change, undo, session change).
  const commitRef = useRef(commit);
  commitRef.current = commit;
  useEffect(() => {
    const fn = (): void => commitRef.current();
    editor.registerEditCommit(fn);
    return () => {
      commitRef.current();
      editor.registerEditCommit(null);
    };
  }, [editor]);

  const style = boxStyle(editing, item, camera);
  return (
    <textarea
      ref={ref}
      data-testid="text-editor"
      data-item-id={item.id}
      aria-label={editing.field === 'title' ? t('editor.titleLabel') : t('editor.textLabel')}
      placeholder={editing.field === 'title' ? t('frame.untitled') : t('editor.placeholder')}
      className="text-editor"
      style={style}
      value={value}
      spellCheck
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => {
        // Switching to another window is not "clicking elsewhere": keep editing when it comes back.
        if (document.hasFocus()) commit();
      }}
      onPaste={(e) => {
        const text = e.clipboardData.getData('text/plain');
        const el = e.currentTarget;
        const after = el.value.length - (el.selectionEnd - el.selectionStart) + text.length;
        if (after > max) {
          e.preventDefault();
          onNotice('error', t('toast.pasteTooLongHere', { length: text.length.toLocaleString(), max: max.toLocaleString() }));
        }
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' && editing.field === 'title') {
          // A frame's title is renamed on purpose (Enter); Escape leaves it as it was.
          e.preventDefault();
          done.current = true;
          editor.stopEditing();
        } else if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          commit();
        } else if (e.key === 'Enter' && editing.field === 'title') {
          e.preventDefault();
          commit();
        }
      }}
      maxLength={max}
    />
  );
}

const MIN_EDIT_SCALE = 0.6;

function boxStyle(editing: Editing, item: ItemRecord, camera: Camera): CSSProperties {
  const base: CSSProperties = {
    position: 'absolute',
    left: item.x * camera.zoom + camera.x,
    top: item.y * camera.zoom + camera.y,
    // Zoomed far out, the editor stays readable: it grows past the card rather than shrink with it.
    transform: `scale(${Math.max(camera.zoom, MIN_EDIT_SCALE)})`,
    transformOrigin: '0 0',
    fontFamily: FONT_FAMILY,
    color: INK,
    boxSizing: 'border-box',
    margin: 0,
    resize: 'none',
  };
  if (editing.field === 'title' && item.kind === 'frame') {
    // The rename box covers the band as drawn (grown for a long title); its font is the band's usual one.
    const header = fittedFrameHeader(item);
    const fontSize = Math.min(FRAME_TITLE_SIZE, frameHeader(item).h * 0.6);
    return {
      ...base,
      width: item.w,
      height: header.h,
      fontSize,
      fontWeight: 'bold',
      lineHeight: `${header.h - 4}px`,
      padding: '0 12px',
      background: '#fff',
      border: `2px solid ${FRAME_EDGE[item.color] ?? '#888'}`,
      overflow: 'hidden',
      whiteSpace: 'nowrap',
    };
  }
  if (item.kind === 'text') {
    return {
      ...base,
      width: item.w,
      minHeight: item.h,
      height: Math.max(item.h, item.fontSize * 2.4),
      fontSize: item.fontSize,
      lineHeight: 1.2,
      padding: 0,
      background: 'rgba(255,255,255,0.9)',
      border: '1px dashed #1e6fd9',
    };
  }
  return {
    ...base,
    width: item.w,
    height: item.h,
    fontSize: NOTE_FONT_SIZE,
    lineHeight: 1.25,
    padding: NOTE_PADDING,
    background: item.kind === 'note' ? (NOTE_FILL[item.color] ?? NOTE_FILL.yellow) : '#fff',
    border: 'none',
    outline: '2px solid #1e6fd9',
  };
}
