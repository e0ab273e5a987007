import type { FrameRecord, ItemRecord } from '../board/records';
import type { WorkshopArea } from '../day/workshop-day';
import { restitutionSection } from '../export/sections';
import { fold } from './search';

/**
 * Frames are of three sorts, told apart without a field of their own (older projects and the
 * templates already have them):
 *   - the areas of a residency (Immersion, Themes, Proposals, Experiments): the Residency
 *     template's frames, or any frame titled like one; also a frame holding proposals or
 *     experiments and no quote (the place where they are laid out);
 *   - the boxes of a restitution axis (export/sections.ts), titled like one;
 *   - every other frame is a theme: what a proposal may be linked to, and what the report lists
 *     as themes.
 */
export type FrameSort = 'theme' | 'area' | 'section';

/** Area names in French and English, folded (no accents, lower case). "Themes" is the area; "Thème 1 · …" is a theme. */
const AREA_NAMES: Record<WorkshopArea, readonly string[]> = {
  immersion: ['immersion'],
  themes: ['themes', 'les themes'],
  proposals: ['proposals', 'propositions', 'les propositions'],
  experiments: ['experiments', 'experimentations', 'les experimentations'],
};

/**
 * The area a title names: the name alone, or followed by a separator and more words
 * ("1 · Immersion : citations et observations", "Immersion · 3 au 14 mars 2025"), but not a
 * name that only starts a longer phrase ("Propositions de la table 3" is a theme's title).
 */
export function areaOfTitle(title: string): WorkshopArea | null {
  // Leading numbering ("2 · ", "3) ") is not part of the name.
  const t = fold(title)
    .replace(/^[\s\d\p{P}\p{S}]*/u, '')
    .trim();
  for (const [area, names] of Object.entries(AREA_NAMES) as [WorkshopArea, readonly string[]][]) {
    for (const n of names) {
      if (t === n) return area;
      if (t.startsWith(n) && /^\s*[\p{P}\p{S}]/u.test(t.slice(n.length))) return area;
    }
  }
  return null;
}

/** What the cards of a frame say about it: whether it holds proposals or experiments, and quotes. */
export interface FrameContents {
  plans: boolean;
  quotes: boolean;
}

export function frameSort(frame: Pick<FrameRecord, 'title'>, contents: FrameContents = { plans: false, quotes: false }): FrameSort {
  if (restitutionSection(frame.title) !== null) return 'section';
  if (areaOfTitle(frame.title) !== null) return 'area';
  if (contents.plans && !contents.quotes) return 'area';
  return 'theme';
}

/** The theme frames among these items, in the order given: one walk of them. */
export function themeFrames(items: Iterable<ItemRecord>): FrameRecord[] {
  const frames: FrameRecord[] = [];
  const contents = new Map<string, FrameContents>();
  for (const i of items) {
    if (i.kind === 'frame') {
      frames.push(i);
      continue;
    }
    if (i.parentId === null || (i.kind !== 'quote' && i.kind !== 'proposal' && i.kind !== 'experiment')) continue;
    const c = contents.get(i.parentId) ?? { plans: false, quotes: false };
    if (i.kind === 'quote') c.quotes = true;
    else c.plans = true;
    contents.set(i.parentId, c);
  }
  return frames.filter((f) => frameSort(f, contents.get(f.id)) === 'theme');
}
