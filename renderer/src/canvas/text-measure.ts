import { wrapLines } from '@shared/board/fit-text';
import { displayText } from './display-text';
import { canvasMeasure } from './fitted-text';

/** Line height of a free text label (TextItem draws its fitted lines with it). */
const LABEL_LINE_HEIGHT = 1.2;

/** Height a free text label needs for its words at its width and size, by the rule TextItem draws with. */
export function measureTextHeight(text: string, width: number, fontSize: number): number {
  const lines = Math.max(1, wrapLines(displayText(text), Math.max(1, width), fontSize, canvasMeasure('normal')).length);
  return Math.ceil(lines * fontSize * LABEL_LINE_HEIGHT);
}
