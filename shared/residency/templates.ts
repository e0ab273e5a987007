import type * as Y from 'yjs';
import { createItem } from '../board/commands';
import { LOCAL_ORIGIN } from '../board/doc';
import type { NoteColor } from '../board/records';
import { writeAgenda } from '../day/day-agenda';
import { workshopDayAgenda, type WorkshopArea, type WorkshopDayWords } from '../day/workshop-day';

/** What a new project can start from. */
export const TEMPLATES = ['residency', 'restitution', 'empty'] as const;
export type TemplateId = (typeof TEMPLATES)[number];

/** The words of the template, in the user's language (the renderer passes them from i18n). */
export interface TemplateLabels {
  residency: { immersion: string; themes: string; proposals: string; experiments: string };
  restitution: { opportunities: string; vigilance: string; stakes: string; investigate: string };
  /** The workshop day's agenda the Residency template carries. */
  workshopDay: WorkshopDayWords;
}

const GAP = 96;

/**
 * Lays the template's areas out from (x, y), in one transaction (one undo step), and returns
 * the ids it created. Residency: the four phases left to right (Immersion → Themes →
 * Proposals → Experiments), with the workshop day's agenda pointing at them. Restitution: the four boxes of an axis, two by two.
 */
export function applyTemplate(doc: Y.Doc, template: TemplateId, labels: TemplateLabels, x = 0, y = 0): string[] {
  if (template === 'empty') return [];
  const ids: string[] = [];
  doc.transact(() => {
    const frame = (fx: number, fy: number, w: number, h: number, title: string, color: NoteColor): void => {
      ids.push(createItem(doc, { kind: 'frame', x: fx, y: fy, w, h, title, color }));
    };
    if (template === 'residency') {
      const l = labels.residency;
      const areas: [WorkshopArea, number, NoteColor][] = [
        ['immersion', 1200, 'yellow'],
        ['themes', 1600, 'pink'],
        ['proposals', 700, 'green'],
        ['experiments', 700, 'blue'],
      ];
      const made: Partial<Record<WorkshopArea, string[]>> = {};
      let cx = x;
      for (const [area, w, color] of areas) {
        frame(cx, y, w, 900, l[area], color);
        made[area] = ids.slice(-1);
        cx += w + GAP;
      }
      writeAgenda(doc, workshopDayAgenda(labels.workshopDay, made));
    } else {
      const l = labels.restitution;
      const cells: [string, NoteColor][] = [
        [l.opportunities, 'green'],
        [l.vigilance, 'orange'],
        [l.stakes, 'violet'],
        [l.investigate, 'blue'],
      ];
      cells.forEach(([title, color], i) => frame(x + (i % 2) * (900 + GAP), y + Math.floor(i / 2) * (640 + GAP), 900, 640, title, color));
    }
  }, LOCAL_ORIGIN);
  return ids;
}
