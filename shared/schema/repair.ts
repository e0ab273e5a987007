import * as Y from 'yjs';
import { itemsOf, SYSTEM_ORIGIN } from '../board/doc';
import { itemSchema } from '../board/records';
import { assetRefusal, assetsOf } from '../residency/assets';
import { interviewsOf, quotesOf, tagsOf, type RecordMap } from '../residency/doc';
import { interviewSchema, quoteSchema, tagSchema } from '../residency/records';

export interface RepairIssue {
  id: string;
  /** 'dropped': the record was unreadable and removed; 'fixed': a field was corrected. */
  action: 'dropped' | 'fixed';
  reason: string;
}

/**
 * Validates every record and repairs the doc in place: unreadable records are dropped, links to
 * missing frames are cleared. Returns what was done so the user can be told.
 */
export function validateAndRepair(doc: Y.Doc): RepairIssue[] {
  const issues: RepairIssue[] = [];
  doc.transact(() => {
    const items = itemsOf(doc);
    const frames = new Set<string>();
    for (const [key, value] of [...items.entries()]) {
      if (!(value instanceof Y.Map)) {
        items.delete(key);
        issues.push({ id: key, action: 'dropped', reason: 'not a record' });
        continue;
      }
      const parsed = itemSchema.safeParse(value.toJSON());
      if (!parsed.success) {
        items.delete(key);
        const first = parsed.error.issues[0];
        const where = first?.path.join('.') || 'record';
        issues.push({ id: key, action: 'dropped', reason: `${where}: ${first?.message ?? 'invalid'}` });
        continue;
      }
      if (parsed.data.id !== key) {
        value.set('id', key);
        issues.push({ id: key, action: 'fixed', reason: `id field said ${parsed.data.id}` });
      }
      if (parsed.data.kind === 'frame') frames.add(key);
    }
    items.forEach((map, key) => {
      const parent = map.get('parentId');
      if (parent === null) return;
      if (typeof parent === 'string' && frames.has(parent) && parent !== key && map.get('kind') !== 'frame') return;
      map.set('parentId', null);
      issues.push({ id: key, action: 'fixed', reason: `link to missing frame ${String(parent)} removed` });
    });
    repairResidency(doc, frames, issues);
    repairImages(doc, issues);
  }, SYSTEM_ORIGIN);
  return issues;
}

type Schema = typeof interviewSchema | typeof quoteSchema | typeof tagSchema;

/** Drops unreadable residency records, then every link that points at nothing. */
function repairResidency(doc: Y.Doc, frames: ReadonlySet<string>, issues: RepairIssue[]): void {
  const keep = (map: Y.Map<RecordMap>, schema: Schema): Set<string> => {
    const ids = new Set<string>();
    for (const [key, value] of [...map.entries()]) {
      const parsed = value instanceof Y.Map ? schema.safeParse(value.toJSON()) : undefined;
      if (!parsed?.success) {
        map.delete(key);
        const first = parsed?.error.issues[0];
        issues.push({ id: key, action: 'dropped', reason: first ? `${first.path.join('.') || 'record'}: ${first.message}` : 'not a record' });
        continue;
      }
      if (parsed.data.id !== key) {
        value.set('id', key);
        issues.push({ id: key, action: 'fixed', reason: `id field said ${parsed.data.id}` });
      }
      ids.add(key);
    }
    return ids;
  };
  const interviews = keep(interviewsOf(doc), interviewSchema);
  const quotes = keep(quotesOf(doc), quoteSchema);
  const tags = keep(tagsOf(doc), tagSchema);

  quotesOf(doc).forEach((map, key) => {
    const interview = map.get('interviewId');
    if (interview === null || interviews.has(interview as string)) return;
    map.set('interviewId', null);
    issues.push({ id: key, action: 'fixed', reason: `link to missing interview ${String(interview)} removed` });
  });

  const items = itemsOf(doc);
  const proposals = new Set<string>();
  items.forEach((map, key) => {
    if (map.get('kind') === 'proposal') proposals.add(key);
  });
  for (const [key, map] of [...items.entries()]) {
    const kind = map.get('kind');
    if (kind === 'quote' && !quotes.has(map.get('quoteId') as string)) {
      items.delete(key);
      issues.push({ id: key, action: 'dropped', reason: `quote card of missing quote ${String(map.get('quoteId'))}` });
      continue;
    }
    const cardTags = map.get('tags');
    if (Array.isArray(cardTags) && cardTags.some((t) => !tags.has(t as string))) {
      map.set('tags', cardTags.filter((t) => tags.has(t as string)));
      issues.push({ id: key, action: 'fixed', reason: 'links to missing tags removed' });
    }
    for (const [field, targets] of [
      ['quoteLinks', quotes],
      ['themeLinks', frames],
    ] as const) {
      const set = map.get(field);
      if (!(set instanceof Y.Map)) continue;
      for (const target of [...set.keys()]) {
        if (targets.has(target)) continue;
        set.delete(target);
        issues.push({ id: key, action: 'fixed', reason: `link to missing ${field === 'quoteLinks' ? 'quote' : 'theme'} ${target} removed` });
      }
    }
    const proposal = map.get('proposalId');
    if (kind === 'experiment' && typeof proposal === 'string' && !proposals.has(proposal)) {
      map.set('proposalId', null);
      issues.push({ id: key, action: 'fixed', reason: `link to missing proposal ${proposal} removed` });
    }
  }
}

/**
 * Pictures: an asset that is not a valid picture is dropped; one that no card shows is dropped
 * (undo history does not outlive a session, so nothing can bring its card back). An image card
 * whose picture is missing stays where it is, alt text and all, and draws as a placeholder that
 * says so: the facilitator sees what was there and can delete or replace it.
 */
function repairImages(doc: Y.Doc, issues: RepairIssue[]): void {
  const assets = assetsOf(doc);
  const shown = new Set<string>();
  itemsOf(doc).forEach((map) => {
    if (map.get('kind') === 'image') shown.add(map.get('assetId') as string);
  });
  for (const [key, value] of [...assets.entries()]) {
    const fields = value instanceof Y.Map ? (value.toJSON() as { mime: string; bytes: Uint8Array; width: number; height: number }) : undefined;
    const why = fields ? assetRefusal(fields) : 'not a record';
    if (why) {
      assets.delete(key);
      issues.push({ id: key, action: 'dropped', reason: `picture: ${why}` });
    } else if (!shown.has(key)) {
      assets.delete(key);
      issues.push({ id: key, action: 'dropped', reason: 'picture no card shows' });
    }
  }
  itemsOf(doc).forEach((map, key) => {
    if (map.get('kind') !== 'image' || assets.has(map.get('assetId') as string)) return;
    issues.push({ id: key, action: 'fixed', reason: `picture ${String(map.get('assetId'))} missing: shown as a placeholder` });
  });
}
