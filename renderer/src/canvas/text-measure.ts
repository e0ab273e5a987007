import Konva from 'konva';
import { displayText } from './display-text';
import { FONT_FAMILY } from './items/frame-geometry';

let probe: Konva.Text | null = null;

/** Height a free text label needs for its words at its width (same settings as TextItem). */
export function measureTextHeight(text: string, width: number, fontSize: number): number {
  probe ??= new Konva.Text({ fontFamily: FONT_FAMILY, lineHeight: 1.2, wrap: 'word' });
  probe.setAttrs({ text: displayText(text) || ' ', width: Math.max(1, width), fontSize });
  return Math.ceil(probe.height());
}
