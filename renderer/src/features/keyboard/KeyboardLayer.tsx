import type { Editor } from '../../canvas/editor';
import { Announcements } from './Announcements';
import { CardLayer } from './CardLayer';
import { KeyboardDialogs } from './KeyboardDialogs';
import { LiveRegion } from './LiveRegion';

/**
 * Everything the board offers the keyboard and screen readers, mounted right after the canvas (so
 * Tab reaches the cards first): the cards' accessible layer, the live region and what it says,
 * and the non-drag dialogs.
 */
export function KeyboardLayer({ editor }: { editor: Editor }) {
  return (
    <>
      <CardLayer editor={editor} />
      <LiveRegion />
      <Announcements editor={editor} />
      <KeyboardDialogs editor={editor} />
    </>
  );
}
