import { useMemo, useRef } from 'react';
import { center } from '@shared/board/geometry';
import { IMAGE_MIMES } from '@shared/residency/assets';
import { ActionButton, useProvideShell } from '../../actions/use-actions';
import type { Editor } from '../../canvas/editor';
import { importImages } from './import-images';

const PictureIcon = () => (
  <svg width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <circle cx="9" cy="10" r="1.6" />
    <path d="M4 18l5-5 3 3 3-3 5 5" />
  </svg>
);

/**
 * The toolbar button (and the `pictures` action, Ctrl/Cmd+U for "upload") that opens the system's file chooser for pictures. The
 * chosen files go to free space near the centre of the view (in no frame) by the very path a drop
 * takes: same checks, same messages, same limit on how many at once, one undo step.
 */
export function PicturePicker({ editor }: { editor: Editor }) {
  const input = useRef<HTMLInputElement>(null);
  // A key press lets the page open the chooser, as a click does.
  useProvideShell(useMemo(() => ({ pickPictures: () => input.current?.click() }), []));

  return (
    <>
      <ActionButton action="pictures" className="icon-button" data-testid="add-pictures">
        <PictureIcon />
      </ActionButton>
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
          void importImages(editor, files, { near: center(editor.viewport()) });
        }}
      />
    </>
  );
}
