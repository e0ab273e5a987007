import { useEffect, useState } from 'react';
import { readPresenting, type Presenting } from '@shared/day/day-presenting';
import { DAY_MAP } from '@shared/day/day-timer';
import type { Editor } from '../../canvas/editor';

/** Not an undoable board edit, like the timer and the agenda: Ctrl+Z undoes the board, never a presentation. */
export const PRESENT_ORIGIN = 'tablee:present';

/** The presentation under way, as the `day` map changes (re-read whole: the map is small). */
export function usePresenting(editor: Editor): Presenting | null {
  const [presenting, setPresenting] = useState(() => readPresenting(editor.doc));
  useEffect(() => {
    const map = editor.doc.getMap<unknown>(DAY_MAP);
    const update = (): void => setPresenting(readPresenting(editor.doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [editor]);
  return presenting;
}
