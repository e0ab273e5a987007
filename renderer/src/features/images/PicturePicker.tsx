import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { center } from '@shared/board/geometry';
import { IMAGE_MIMES } from '@shared/residency/assets';
import { isEditableTarget } from '../../actions/keyboard-shortcuts';
import type { Editor } from '../../canvas/editor';
import { importImages } from './import-images';

const PictureIcon = () => (
  <svg width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <circle cx="9" cy="10" r="1.6" />
    <path d="M4 18l5-5 3 3 3-3 5 5" />
  </svg>
);

/** Ctrl/Cmd+U ("upload"): free in the board's shortcuts and in the menus; the letter, whatever the layout. */
const isPickShortcut = (e: KeyboardEvent): boolean =>
  (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'u';

/**
 * The toolbar button (and Ctrl/Cmd+U) that opens the system's file chooser for pictures. The
 * chosen files go to the centre of the view by the very path a drop takes: same checks, same
 * messages, same limit on how many at once, one undo step.
 */
export function PicturePicker({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.isComposing || isEditableTarget(e.target) || !isPickShortcut(e)) return;
      e.preventDefault();
      // A key press lets the page open the chooser, as a click does.
      input.current?.click();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className="icon-button"
        data-testid="add-pictures"
        title={t('toolbar.pictures')}
        aria-label={t('toolbar.pictures')}
        onClick={() => input.current?.click()}
      >
        <PictureIcon />
      </button>
      <input
        ref={input}
        type="file"
        accept={IMAGE_MIMES.join(',')}
        multiple
        hidden
        data-testid="picture-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Emptied, so choosing the same file again still says something.
          e.currentTarget.value = '';
          void importImages(editor, files, center(editor.viewport()));
        }}
      />
    </>
  );
}
