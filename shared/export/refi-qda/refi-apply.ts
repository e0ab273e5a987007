import type * as Y from 'yjs';
import { itemsOf, readItems, writeItem } from '../../board/doc';
import type { ItemRecord } from '../../board/records';
import { DEFAULT_SIZE, newItemId } from '../../records/items';
import { interviewsOf, quotesOf, readTags, tagsOf, writeRecord } from '../../residency/doc';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../../records/items';
import { AGE_BANDS, INTERVIEW_KINDS, PROFILE_ROLES, newId, type InterviewRecord, type TagRecord } from '../../residency/records';
import type { ImportedProject } from './refi-import';

export interface RefiApplied {
  interviews: number;
  quotes: number;
  /** Tags made for codes the project did not have (codes already there by name are reused). */
  codes: number;
  frameId: string;
}

const oneOf = <T extends string>(values: readonly T[], v: string | undefined, fallback: T): T => ((values as readonly string[]).includes(v ?? '') ? (v as T) : fallback);

/**
 * Writes an imported project into the board in ONE transaction (one undo step for what the
 * board shows): each source becomes an interview (its case variables as the profile; consent
 * "anonymous", as nobody here asked the person), each selection a quote, each code a tag, and
 * the quotes' cards go into a new "Imported" frame below the board, carrying their codes.
 */
export function applyRefiImport(doc: Y.Doc, project: ImportedProject, options: { origin: unknown; title: string; random?: () => number }): RefiApplied {
  const random = options.random ?? Math.random;
  const existing = readItems(doc);
  const bottom = existing.reduce((m, i) => Math.max(m, i.y + i.h), 0);
  const left = existing.reduce((m, i) => Math.min(m, i.x), existing.length ? Infinity : 0);
  const card = DEFAULT_SIZE.quote;
  const gap = 24;
  const quoteCount = project.sources.reduce((n, s) => n + s.selections.length, 0);
  const columns = Math.max(1, Math.min(8, Math.ceil(Math.sqrt(quoteCount))));
  const rows = Math.max(1, Math.ceil(quoteCount / columns));
  const frame: ItemRecord = {
    id: newItemId('frame', random),
    kind: 'frame',
    title: options.title,
    color: 'grey',
    mark: 'none',
    x: left,
    y: bottom + 200,
    w: columns * (card.w + gap) + gap,
    h: rows * (card.h + gap) + gap + 60,
    z: existing.reduce((m, i) => Math.max(m, i.z), 0) + 1,
    parentId: null,
    tags: [],
  };
  let applied: RefiApplied = { interviews: 0, quotes: 0, codes: 0, frameId: frame.id };
  doc.transact(() => {
    // Codes become tags; a tag of the same name already in the project is reused.
    const tagByName = new Map(readTags(doc).map((t) => [t.label.toLowerCase(), t.id]));
    const tagOfCode = new Map<string, string>();
    let codes = 0;
    for (const c of project.codes) {
      let id = tagByName.get(c.name.toLowerCase());
      if (!id) {
        const tag: TagRecord = { id: newId('tag', random), label: c.name, group: 'other' };
        writeRecord(tagsOf(doc), tag);
        tagByName.set(c.name.toLowerCase(), tag.id);
        id = tag.id;
        codes += 1;
      }
      tagOfCode.set(c.guid, id);
    }
    writeItem(itemsOf(doc), frame);
    let n = 0;
    for (const s of project.sources) {
      const v = s.values;
      const interview: InterviewRecord = {
        id: newId('interview', random),
        date: /^\d{4}-\d{2}-\d{2}$/.test(v.date ?? '') ? (v.date as string) : '',
        place: (v.place ?? '').slice(0, MAX_TITLE_LENGTH),
        kind: oneOf(INTERVIEW_KINDS, v.kind, 'one-to-one'),
        role: oneOf(PROFILE_ROLES, v.role, 'other'),
        ageBand: oneOf(AGE_BANDS, v.ageBand, ''),
        pseudonym: s.name.slice(0, MAX_TITLE_LENGTH),
        // A REFI-QDA file does not say what these people agreed to for this residency: until a
        // facilitator sets it, their words stay with the facilitators (never in the room, never
        // exported).
        consent: 'none',
        notes: s.notes.slice(0, MAX_TEXT_LENGTH),
        transcript: s.text,
      };
      writeRecord(interviewsOf(doc), interview);
      for (const sel of s.selections) {
        const quoteId = newId('quote', random);
        writeRecord(quotesOf(doc), { id: quoteId, interviewId: interview.id, text: sel.text });
        const tags = [...new Set(sel.codeGuids.flatMap((g) => tagOfCode.get(g) ?? []))].slice(0, 50);
        const col = n % columns;
        const row = Math.floor(n / columns);
        writeItem(itemsOf(doc), {
          id: newItemId('quote', random),
          kind: 'quote',
          quoteId,
          x: frame.x + gap + col * (card.w + gap),
          y: frame.y + 60 + row * (card.h + gap),
          w: card.w,
          h: card.h,
          z: frame.z + 1 + n,
          parentId: frame.id,
          tags,
        });
        n += 1;
      }
    }
    applied = { interviews: project.sources.length, quotes: n, codes, frameId: frame.id };
  }, options.origin);
  return applied;
}
