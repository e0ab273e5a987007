import * as Y from 'yjs';
import { itemsOf, metaOf, readItems, SYSTEM_ORIGIN, writeItem } from '../board/doc';
import type { ItemRecord } from '../board/records';
import { AMENDMENTS, type AmendmentRecord } from '../records/amendments';
import { VOTE_RESULTS, type VoteResult } from '../records/votes';
import { readRecords, recordsOf, writeRecordTo } from '../records/y-record';
import { readAsset, writeAsset } from '../residency/assets';
import { interviewsOf, quotesOf, readInterviews, readQuotes, readTags, tagsOf, writeRecord } from '../residency/doc';
import type { InterviewRecord, QuoteRecord } from '../residency/records';
import { mayExportQuote, nameScrubber, neutralIds } from './anonymise';
import type { ExportLang } from './messages';

/**
 * An anonymised copy of a board, for the project file inside an anonymised archive. It is a
 * NEW doc written from plain records, never a copy of the Yjs history: deleted text, former
 * pseudonyms and edits of the past cannot be recovered from it. Only what is listed here is
 * copied (board, interviews, quotes, tags, pictures, title, vote results, decided amendments):
 * who-did-what and any other map stays behind. Pseudonyms, interview notes and transcripts are
 * emptied, names in free text (decision reasons, vote questions, amendments included) become
 * profiles, quotes not to be quoted are gone with their cards and links, and the ids of
 * interviews and quotes (which may hold a name) are replaced by neutral ones.
 */
export function anonymisedDoc(source: Y.Doc, lang: ExportLang): Y.Doc {
  const interviews = readInterviews(source);
  const byId = new Map(interviews.map((i) => [i.id, i]));
  const scrub = nameScrubber(interviews, lang);
  const interviewIds = neutralIds(interviews, 'interview:I', (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const quotes = readQuotes(source).filter((q) => mayExportQuote(q, q.interviewId === null ? undefined : byId.get(q.interviewId)));
  const quoteIds = neutralIds(quotes, 'quote:Q', (a, b) => a.id.localeCompare(b.id));

  const doc = new Y.Doc();
  // A fixed writer id: the same board gives the same file (a later edit writes under its own id).
  doc.clientID = 1;
  const shown = new Set<string>();
  const copied = new Set<string>();
  doc.transact(() => {
    const meta = metaOf(source);
    metaOf(doc).set('title', scrub(typeof meta.get('title') === 'string' ? (meta.get('title') as string) : ''));
    for (const key of ['createdAt', 'schemaVersion', 'lang']) {
      const v = meta.get(key);
      if (typeof v === 'string' || typeof v === 'number') metaOf(doc).set(key, v);
    }
    for (const i of interviews) {
      const copy: InterviewRecord = { ...i, id: interviewIds.get(i.id) as string, place: scrub(i.place), pseudonym: '', notes: '', transcript: '' };
      writeRecord(interviewsOf(doc), copy);
    }
    for (const q of quotes) {
      const copy: QuoteRecord = { id: quoteIds.get(q.id) as string, interviewId: q.interviewId === null ? null : (interviewIds.get(q.interviewId) ?? null), text: scrub(q.text) };
      writeRecord(quotesOf(doc), copy);
    }
    for (const t of readTags(source)) writeRecord(tagsOf(doc), { ...t, label: scrub(t.label) });
    for (const item of readItems(source)) {
      const copy = scrubItem(item, scrub, quoteIds);
      if (copy) writeItem(itemsOf(doc), copy);
      if (copy) copied.add(copy.id);
      if (copy?.kind === 'image') shown.add(copy.assetId);
    }
    copyVoteResults(source, doc, scrub, copied);
    copyDecidedAmendments(source, doc, scrub);
    // Only pictures a card shows: a picture deleted from the board does not travel.
    for (const id of [...shown].sort()) {
      const asset = readAsset(source, id);
      if (asset) writeAsset(doc, id, asset);
    }
  }, SYSTEM_ORIGIN);
  return doc;
}

/**
 * The frozen vote results, their question scrubbed. A card the copy does not hold (a withheld
 * quote's, or one deleted since) keeps its dots under a neutral id, so the totals stay whole
 * and no stored id of a left-out card travels.
 */
function copyVoteResults(source: Y.Doc, doc: Y.Doc, scrub: (text: string) => string, copied: ReadonlySet<string>): void {
  const absent = new Map<string, string>();
  const keep = (id: string): string => {
    if (copied.has(id)) return id;
    if (!absent.has(id)) absent.set(id, `withheld:${absent.size + 1}`);
    return absent.get(id) as string;
  };
  const results = readRecords(VOTE_RESULTS, source).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  for (const v of results) {
    const scope: VoteResult['scope'] =
      v.scope.kind === 'proposals' ? { ...v.scope, ...(v.scope.ids ? { ids: v.scope.ids.map(keep) } : {}) } : v.scope.kind === 'frame' ? { ...v.scope, frame: keep(v.scope.frame), ...(v.scope.ids ? { ids: v.scope.ids.map(keep) } : {}) } : { kind: 'cards', ids: v.scope.ids.map(keep) };
    const counts = Object.fromEntries(Object.entries(v.counts).map(([card, n]) => [keep(card), n]));
    const copy: VoteResult = { ...v, question: scrub(v.question), scope, counts };
    writeRecordTo(VOTE_RESULTS, recordsOf(VOTE_RESULTS, doc), copy.id, copy);
  }
}

/** Who wrote or decided an amendment, in the copy: nobody in particular. */
const NOBODY = 'person:anonymous';

/**
 * Decided amendments, the history of a proposal's body: words scrubbed, author and decider
 * dropped. Open ones are work in progress and stay behind. Their anchors pointed into the
 * source's edit history, which the copy does not hold: a decided amendment is never located
 * again, so they point at the start of the copied body.
 */
function copyDecidedAmendments(source: Y.Doc, doc: Y.Doc, scrub: (text: string) => string): void {
  for (const a of readRecords(AMENDMENTS, source)) {
    if (a.state === 'open') continue;
    const body = itemsOf(doc).get(a.proposalId)?.get('body');
    if (!(body instanceof Y.Text)) continue;
    const start = JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(body, 0, 0)));
    const copy: AmendmentRecord = { ...a, author: NOBODY, decidedBy: NOBODY, text: scrub(a.text), original: scrub(a.original), start, end: start };
    writeRecordTo(AMENDMENTS, recordsOf(AMENDMENTS, doc), copy.id, copy);
  }
}

function scrubItem(item: ItemRecord, s: (text: string) => string, quoteIds: Map<string, string>): ItemRecord | undefined {
  switch (item.kind) {
    case 'note':
    case 'text':
      return { ...item, text: s(item.text) };
    case 'frame':
      return { ...item, title: s(item.title) };
    case 'quote': {
      const id = quoteIds.get(item.quoteId);
      return id ? { ...item, quoteId: id } : undefined;
    }
    case 'proposal': {
      const quoteLinks: Record<string, true> = {};
      for (const q of Object.keys(item.quoteLinks)) {
        const id = quoteIds.get(q);
        if (id) quoteLinks[id] = true;
      }
      // Who decided stays behind with the rest of who-did-what; the reason is free text.
      const decision = item.decision ? { ...item.decision, reason: s(item.decision.reason), by: null } : undefined;
      return { ...item, title: s(item.title), body: s(item.body), quoteLinks, ...(decision ? { decision } : {}) };
    }
    case 'experiment':
      return {
        ...item,
        title: s(item.title),
        hypothesis: s(item.hypothesis),
        place: s(item.place),
        partners: s(item.partners),
        tested: s(item.tested),
        indicator: s(item.indicator),
      };
    case 'image':
      return { ...item, alt: s(item.alt), ...(item.caption !== undefined ? { caption: s(item.caption) } : {}) };
  }
}
