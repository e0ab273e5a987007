import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, duplicateItems, moveItems } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItem, readItems } from '@shared/board/doc';
import type { ItemRecord, ProposalRecord } from '@shared/board/records';
import { buildProjectFile, newBoardDoc } from '@shared/project-file/build';
import { loadProjectText } from '@shared/project-file/load';
import { attributionFor } from '@shared/residency/consent';
import {
  addInterview,
  addQuote,
  addTag,
  deleteInterview,
  deleteQuote,
  deleteTag,
  isUsed,
  linkQuote,
  linkTheme,
  placeQuote,
  quoteFromTranscript,
  quoteUsage,
  setProposalBody,
  setTag,
  setThemeMark,
  setTranscript,
  unlink,
  updateInterview,
} from '@shared/residency/commands';
import { interviewsOf, quotesOf, readInterviews, readQuote, readQuotes, readTags } from '@shared/residency/doc';
import { MAX_QUOTE_LENGTH } from '@shared/residency/records';
import { themeCounts, traceBack, traceForward } from '@shared/residency/trace';

const board = (): Y.Doc => newBoardDoc('Résidence', '2026-11-01T00:00:00.000Z');
const item = (doc: Y.Doc, id: string): ItemRecord | undefined => {
  const m = itemsOf(doc).get(id);
  return m ? readItem(m) : undefined;
};
const proposal = (doc: Y.Doc, id: string): ProposalRecord => {
  const p = item(doc, id);
  if (p?.kind !== 'proposal') throw new Error(`${id} is not a proposal`);
  return p;
};
const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${String(r.error)}`);
  return r.value;
};

/** A board with an interview (may be quoted), a quote placed in a theme, and a proposal grounded in it. */
function residency(doc = board()) {
  const interview = addInterview(doc, {
    date: '2025-03-04',
    place: 'Le Grenier partagé',
    kind: 'one-to-one',
    role: 'user',
    ageBand: '26-40',
    pseudonym: 'Nadia',
    consent: 'quote',
    transcript: 'Bonjour. Ici je viens chiner comme tout le monde. Voilà.',
  });
  const quote = must(quoteFromTranscript(doc, interview, 9, 49));
  const theme = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'Le poids des étiquettes' });
  const card = must(placeQuote(doc, quote, 200, 200));
  const prop = createItem(doc, { kind: 'proposal', x: 2000, y: 0, title: 'Un lieu aiguillage' });
  must(linkQuote(doc, prop, quote));
  must(linkTheme(doc, prop, theme));
  const experiment = createItem(doc, { kind: 'experiment', x: 2000, y: 400, title: 'Permanence', proposalId: prop, status: 'prototyping' });
  return { doc, interview, quote, theme, card, prop, experiment };
}

function reload(doc: Y.Doc): Y.Doc {
  const file = buildProjectFile(doc, { title: 'x', createdAt: '', savedAt: '', app: 'test' }, []);
  const loaded = loadProjectText(JSON.stringify(file));
  if (!loaded.ok) throw new Error(loaded.error.code);
  expect(loaded.value.report.repairs).toEqual([]);
  return loaded.value.doc;
}

describe('interviews', () => {
  it('are added with safe defaults (not to be quoted), edited and deleted', () => {
    const doc = board();
    const id = addInterview(doc, { pseudonym: 'Joël', place: 'Le Grenier partagé' });
    expect(readInterviews(doc)).toEqual([
      expect.objectContaining({ id, pseudonym: 'Joël', consent: 'none', kind: 'one-to-one', role: 'user', transcript: '' }),
    ]);
    updateInterview(doc, id, { consent: 'anonymous', role: 'volunteer', date: '2025-03-04' });
    expect(readInterviews(doc)[0]).toMatchObject({ consent: 'anonymous', role: 'volunteer', date: '2025-03-04' });
    setTranscript(doc, id, 'Les gens entrent pour un meuble.');
    setTranscript(doc, id, 'Les gens entrent pour un meuble à 5 euros.');
    expect(readInterviews(doc)[0]!.transcript).toBe('Les gens entrent pour un meuble à 5 euros.');
    deleteInterview(doc, id);
    expect(readInterviews(doc)).toEqual([]);
  });

  it('deleting an interview takes its quotes, their cards and links, and one undo brings all back', () => {
    const { doc, interview, quote, card, prop } = residency();
    const undo = new Y.UndoManager([itemsOf(doc), interviewsOf(doc), quotesOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    deleteInterview(doc, interview);
    expect(readQuotes(doc)).toEqual([]);
    expect(item(doc, card)).toBeUndefined();
    expect(proposal(doc, prop).quoteLinks).toEqual({});
    undo.undo();
    expect(readInterviews(doc).map((i) => i.id)).toEqual([interview]);
    expect(readQuotes(doc).map((q) => q.id)).toEqual([quote]);
    expect(item(doc, card)).toMatchObject({ kind: 'quote', quoteId: quote });
    expect(proposal(doc, prop).quoteLinks).toEqual({ [quote]: true });
  });
});

describe('quotes', () => {
  it('a selected passage of a transcript becomes a quote of that interview, trimmed', () => {
    const { doc, quote, interview } = residency();
    expect(readQuote(quotesOf(doc).get(quote))).toEqual({ id: quote, interviewId: interview, text: 'Ici je viens chiner comme tout le monde.' });
  });

  it('refuses an empty passage and a passage longer than a page', () => {
    const doc = board();
    const interview = addInterview(doc, { transcript: 'x'.repeat(5000), consent: 'quote' });
    expect(quoteFromTranscript(doc, interview, 3, 3)).toEqual({ ok: false, error: 'empty' });
    expect(quoteFromTranscript(doc, interview, 0, MAX_QUOTE_LENGTH + 1)).toEqual({ ok: false, error: 'too-long' });
    expect(addQuote(doc, 'interview:nope', 'bonjour')).toEqual({ ok: false, error: 'interview-missing' });
    expect(readQuotes(doc)).toEqual([]);
  });

  it('a used quote reports where it is used; deleting it leaves no dangling link', () => {
    const { doc, quote, card, prop } = residency();
    const usage = quoteUsage(doc, quote);
    expect(usage).toEqual({ cards: [card], proposals: [prop] });
    expect(isUsed(usage)).toBe(true);
    deleteQuote(doc, quote);
    expect(readItems(doc).some((i) => i.kind === 'quote')).toBe(false);
    expect(proposal(doc, prop).quoteLinks).toEqual({});
    expect(reload(doc)).toBeTruthy();
  });
});

describe('consent', () => {
  it('a quote whose interview forbids quoting cannot be placed nor ground a proposal, and says why', () => {
    const doc = board();
    const interview = addInterview(doc, { consent: 'none', transcript: 'Je ne veux pas être cité.' });
    const quote = must(quoteFromTranscript(doc, interview, 0, 25));
    expect(placeQuote(doc, quote, 0, 0)).toEqual({ ok: false, error: 'not-to-be-quoted' });
    const prop = createItem(doc, { kind: 'proposal', x: 0, y: 0 });
    expect(linkQuote(doc, prop, quote)).toEqual({ ok: false, error: 'not-to-be-quoted' });
    expect(readItems(doc).filter((i) => i.kind === 'quote')).toEqual([]);
    expect(placeQuote(doc, 'quote:missing', 0, 0)).toEqual({ ok: false, error: 'quote-missing' });
  });

  it('the attribution shows the pseudonym only when the person agreed; anonymous shows the profile', () => {
    const doc = board();
    const named = addInterview(doc, { consent: 'quote', pseudonym: 'Nadia', role: 'user', place: 'Le Grenier', date: '2025-03-04' });
    const anon = addInterview(doc, { consent: 'anonymous', pseudonym: 'Théo', role: 'user', ageBand: '18-25', place: 'Le Grenier', date: '2025-03-07' });
    const [i1, i2] = readInterviews(doc).sort((a, b) => (a.id === named ? -1 : b.id === named ? 1 : 0));
    const q = (interviewId: string) => ({ id: 'quote:x', interviewId, text: 'x' });
    expect(attributionFor(q(named), i1)).toEqual({ pseudonym: 'Nadia', role: 'user', ageBand: '', place: 'Le Grenier', date: '2025-03-04' });
    expect(attributionFor(q(anon), i2)).toEqual({ pseudonym: null, role: 'user', ageBand: '18-25', place: 'Le Grenier', date: '2025-03-07' });
    updateInterview(doc, anon, { consent: 'none' });
    expect(attributionFor(q(anon), readInterviews(doc).find((i) => i.id === anon))).toBeUndefined();
  });
});

describe('themes, proposals, experiments and tags', () => {
  it('a theme counts its quotes, interviews and distinct profiles, so one voice shows', () => {
    const { doc, theme, interview } = residency();
    expect(themeCounts(doc, theme)).toEqual({ quotes: 1, interviews: 1, profiles: 1 });
    // A second quote of the same person: still one voice.
    const q2 = must(addQuote(doc, interview, 'Voilà.'));
    must(placeQuote(doc, q2, 500, 300));
    expect(themeCounts(doc, theme)).toEqual({ quotes: 2, interviews: 1, profiles: 1 });
    const other = addInterview(doc, { consent: 'anonymous', role: 'elected' });
    must(placeQuote(doc, must(addQuote(doc, other, 'Le mot solidarité fait fuir.')), 300, 450));
    expect(themeCounts(doc, theme)).toEqual({ quotes: 3, interviews: 2, profiles: 2 });
    setThemeMark(doc, theme, 'nugget');
    expect(item(doc, theme)).toMatchObject({ mark: 'nugget' });
  });

  it('a proposal has a body edited as text, and links to quotes and themes that survive moves, copies, undo and reload', () => {
    const { doc, quote, theme, prop, card } = residency();
    const undo = new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    setProposalBody(doc, prop, 'Une personne repère, deux demi-journées par semaine.');
    expect(proposal(doc, prop).body).toBe('Une personne repère, deux demi-journées par semaine.');
    moveItems(doc, [theme, prop], 300, 300);
    expect(item(doc, card)).toMatchObject({ parentId: theme });
    expect(proposal(doc, prop)).toMatchObject({ quoteLinks: { [quote]: true }, themeLinks: { [theme]: true } });
    const [copy] = duplicateItems(doc, [prop]);
    expect(proposal(doc, copy!)).toMatchObject({ quoteLinks: { [quote]: true }, themeLinks: { [theme]: true }, body: proposal(doc, prop).body });
    undo.stopCapturing();
    unlink(doc, prop, quote);
    expect(proposal(doc, prop).quoteLinks).toEqual({});
    undo.undo();
    expect(proposal(doc, prop).quoteLinks).toEqual({ [quote]: true });
    const again = reload(doc);
    expect(proposal(again, prop)).toMatchObject({ quoteLinks: { [quote]: true }, themeLinks: { [theme]: true } });
    expect(traceBack(again, prop).quotes.map((q) => q.quote.id)).toEqual([quote]);
  });

  it('a frame copied with its proposal: the copy links the copied theme', () => {
    const { doc, theme, prop } = residency();
    moveItems(doc, [prop], -1900, 100); // the proposal now sits in the theme
    const copies = duplicateItems(doc, [theme], 2000, 0);
    const frameCopy = copies.find((id) => item(doc, id)?.kind === 'frame')!;
    const propCopy = copies.find((id) => item(doc, id)?.kind === 'proposal')!;
    expect(proposal(doc, propCopy).themeLinks).toEqual({ [frameCopy]: true });
  });

  it('deleting a theme or a proposal drops the links to it; undo restores them', () => {
    const { doc, theme, prop, experiment } = residency();
    const undo = new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    deleteItems(doc, [theme]);
    expect(proposal(doc, prop).themeLinks).toEqual({});
    undo.stopCapturing();
    deleteItems(doc, [prop]);
    expect(item(doc, experiment)).toMatchObject({ proposalId: null });
    undo.undo();
    expect(item(doc, experiment)).toMatchObject({ proposalId: prop });
    undo.undo();
    expect(proposal(doc, prop).themeLinks).toEqual({ [theme]: true });
  });

  it('the trace walks back from an experiment, and forward from an interview', () => {
    const { doc, interview, quote, theme, prop, experiment, card } = residency();
    const back = traceBack(doc, experiment);
    expect(back.experiment?.id).toBe(experiment);
    expect(back.proposal?.id).toBe(prop);
    expect(back.themes.map((t) => t.id)).toEqual([theme]);
    expect(back.quotes.map((q) => [q.quote.id, q.via])).toEqual([[quote, 'direct']]);
    expect(back.interviews.map((i) => i.pseudonym)).toEqual(['Nadia']);
    const forward = traceForward(doc, interview);
    expect(forward).toHaveLength(1);
    expect(forward[0]!.cards).toEqual([card]);
    expect(forward[0]!.themes.map((t) => t.id)).toEqual([theme]);
    expect(forward[0]!.proposals.map((p) => p.id)).toEqual([prop]);
    expect(forward[0]!.experiments.map((e) => e.id)).toEqual([experiment]);
  });

  it('tags come from an editable per-project list; deleting one removes it from cards', () => {
    const doc = board();
    const note = createItem(doc, { kind: 'note', x: 0, y: 0, text: 'Atelier vélo' });
    const graft = must(addTag(doc, 'Greffe', 'pattern'));
    const totem = must(addTag(doc, 'Totem', 'pattern'));
    expect(addTag(doc, '  ', 'other')).toEqual({ ok: false, error: 'empty' });
    setTag(doc, [note], graft, true);
    setTag(doc, [note], totem, true);
    expect(item(doc, note)?.tags).toEqual([graft, totem]);
    deleteTag(doc, graft);
    expect(item(doc, note)?.tags).toEqual([totem]);
    expect(readTags(doc).map((t) => t.label)).toEqual(['Totem']);
  });
});

describe('links under concurrent edits', () => {
  const sync = (a: Y.Doc, b: Y.Doc): void => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  };

  it('two people linking different quotes to the same proposal offline both keep their link', () => {
    const { doc: a, prop, interview } = residency();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const qa = must(addQuote(a, interview, 'Bonjour.'));
    const qb = must(addQuote(b, interview, 'Voilà.'));
    must(linkQuote(a, prop, qa));
    must(linkQuote(b, prop, qb));
    sync(a, b);
    expect(Object.keys(proposal(a, prop).quoteLinks).sort()).toEqual(Object.keys(proposal(b, prop).quoteLinks).sort());
    expect(Object.keys(proposal(a, prop).quoteLinks)).toEqual(expect.arrayContaining([qa, qb]));
    expect(Object.keys(proposal(a, prop).quoteLinks)).toHaveLength(3);
  });

  it('one deletes a quote while the other links it: after merging and reloading, no link dangles', () => {
    const { doc: a, prop, interview } = residency();
    const q = must(addQuote(a, interview, 'Voilà.'));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    deleteQuote(a, q);
    must(linkQuote(b, prop, q));
    must(placeQuote(b, q, 100, 100));
    sync(a, b);
    // The merged doc may hold the stale link for a moment; the load pipeline repairs it.
    const file = buildProjectFile(a, { title: 'x', createdAt: '', savedAt: '', app: 'test' }, []);
    const loaded = loadProjectText(JSON.stringify(file));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const repaired = loaded.value.doc;
    expect(proposal(repaired, prop).quoteLinks[q]).toBeUndefined();
    expect(readItems(repaired).filter((i) => i.kind === 'quote' && i.quoteId === q)).toEqual([]);
    expect(loaded.value.report.repairs.map((r) => r.action).sort()).toEqual(['dropped', 'fixed']);
  });

  it('two people writing in the same proposal body at once both keep their words', () => {
    const { doc: a, prop } = residency();
    setProposalBody(a, prop, 'Un lieu.');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setProposalBody(a, prop, 'Un lieu ouvert.');
    setProposalBody(b, prop, 'Un lieu. Deux demi-journées.');
    sync(a, b);
    expect(proposal(a, prop).body).toBe(proposal(b, prop).body);
    expect(proposal(a, prop).body).toContain('ouvert');
    expect(proposal(a, prop).body).toContain('Deux demi-journées');
  });
});

describe('repair on load', () => {
  it('drops dangling links: quote cards of missing quotes, links to missing quotes, themes, proposals, tags, interviews', () => {
    const { doc, prop, experiment, quote, card } = residency();
    doc.transact(() => {
      (itemsOf(doc).get(prop)!.get('quoteLinks') as Y.Map<unknown>).set('quote:ghost', true);
      (itemsOf(doc).get(prop)!.get('themeLinks') as Y.Map<unknown>).set('frame:ghost', true);
      itemsOf(doc).get(experiment)!.set('proposalId', 'proposal:ghost');
      itemsOf(doc).get(card)!.set('tags', ['tag:ghost']);
      quotesOf(doc).get(quote)!.set('interviewId', 'interview:ghost');
    });
    const c2 = createItem(doc, { kind: 'quote', quoteId: 'quote:ghost', x: 5000, y: 0 });
    const file = buildProjectFile(doc, { title: 'x', createdAt: '', savedAt: '', app: 'test' }, []);
    const loaded = loadProjectText(JSON.stringify(file));
    if (!loaded.ok) throw new Error(loaded.error.code);
    const d = loaded.value.doc;
    expect(item(d, c2)).toBeUndefined();
    expect(proposal(d, prop).quoteLinks).toEqual({ [quote]: true });
    expect(Object.keys(proposal(d, prop).themeLinks)).toHaveLength(1);
    expect(item(d, experiment)).toMatchObject({ proposalId: null });
    expect(item(d, card)?.tags).toEqual([]);
    expect(readQuote(quotesOf(d).get(quote))?.interviewId).toBeNull();
    expect(loaded.value.report.repairs).toHaveLength(6);
  });
});

describe('migration 0003', () => {
  it('gives old cards an empty tag list and old frames no mark, idempotently, and converges on two peers', async () => {
    const { residency: m } = await import('@shared/schema/migrations/0003-residency');
    const base = new Y.Doc();
    const add = (id: string, fields: Record<string, unknown>): void => {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id, parentId: null, x: 0, y: 0, w: 100, h: 100, z: 1, ...fields })) map.set(k, v);
      itemsOf(base).set(id, map);
    };
    add('frame:a', { kind: 'frame', title: 'T', color: 'grey' });
    add('note:a', { kind: 'note', text: 'n', color: 'yellow', tags: [] });
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(base));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(base));
    m.up(a);
    m.up(a);
    m.up(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readItems(a)).toEqual(readItems(b));
    expect(item(a, 'frame:a')).toMatchObject({ mark: 'none', tags: [] });
    expect(item(a, 'note:a')).toMatchObject({ tags: [] });
  });
});

describe('tidy', () => {
  it('arranges a theme’s cards in a grid inside it, keeps them in it, grows it if needed, in one undo step', async () => {
    const { tidyFrame } = await import('@shared/residency/commands');
    const doc = board();
    const frame = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 500, h: 300, title: 'Thème' });
    const a = createItem(doc, { kind: 'note', x: 300, y: 150, w: 200, h: 160 });
    const b = createItem(doc, { kind: 'note', x: 10, y: 40, w: 200, h: 160 });
    const c = createItem(doc, { kind: 'note', x: 150, y: 120, w: 200, h: 160 });
    expect([a, b, c].map((id) => item(doc, id)?.parentId)).toEqual([frame, frame, frame]);
    const undo = new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    tidyFrame(doc, frame);
    expect(item(doc, b)).toMatchObject({ x: 24, y: 60 });
    expect(item(doc, c)).toMatchObject({ x: 248, y: 60 });
    expect(item(doc, a)).toMatchObject({ x: 24, y: 244 });
    expect(item(doc, frame)).toMatchObject({ w: 500, h: 428 });
    expect([a, b, c].map((id) => item(doc, id)?.parentId)).toEqual([frame, frame, frame]);
    undo.undo();
    expect(item(doc, a)).toMatchObject({ x: 300, y: 150 });
    expect(item(doc, frame)).toMatchObject({ h: 300 });
  });
});

describe('copies across projects', () => {
  it('a quote card pasted into a project without its quote is left out; other cards paste', async () => {
    const { insertCopies } = await import('@shared/board/commands');
    const { doc: source, card } = residency();
    const note = createItem(source, { kind: 'note', x: 5000, y: 0, text: 'avec' });
    const target = board();
    const records = [item(source, card)!, item(source, note)!];
    const created = insertCopies(target, records, 10, 10);
    expect(created).toHaveLength(1);
    expect(readItems(target).map((i) => i.kind)).toEqual(['note']);
    // In the same project, the copy of a quote card shows the same quote.
    const [copy] = insertCopies(source, [item(source, card)!], 10, 10);
    expect(item(source, copy!)).toMatchObject({ kind: 'quote', quoteId: (item(source, card) as { quoteId: string }).quoteId });
  });
});

describe('the readable snapshot', () => {
  it('carries interviews, quotes, tags and links, so a file whose binary state is lost still opens with all of them', () => {
    const { doc, quote, theme, prop } = residency();
    must(addTag(doc, 'Greffe', 'pattern'));
    const file = buildProjectFile(doc, { title: 'x', createdAt: '', savedAt: '', app: 'test' }, []);
    const damaged: Partial<typeof file> = { ...file };
    delete damaged.yjsState;
    const loaded = loadProjectText(JSON.stringify(damaged));
    if (!loaded.ok) throw new Error(loaded.error.code);
    expect(loaded.value.report.warnings).toEqual(['rebuilt-from-snapshot']);
    const d = loaded.value.doc;
    expect(readInterviews(d)).toEqual(readInterviews(doc));
    expect(readQuotes(d)).toEqual(readQuotes(doc));
    expect(readTags(d)).toEqual(readTags(doc));
    expect(proposal(d, prop)).toMatchObject({ quoteLinks: { [quote]: true }, themeLinks: { [theme]: true } });
    // The rebuilt body and links are live Yjs types again: editing them works.
    setProposalBody(d, prop, 'Réécrit.');
    unlink(d, prop, quote);
    expect(proposal(d, prop)).toMatchObject({ body: 'Réécrit.', quoteLinks: {} });
  });
});
