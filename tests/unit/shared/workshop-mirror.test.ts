import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import { readItems } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { addInterview, addQuote, deleteInterview, linkQuote, placeQuote, setProposalBody, updateInterview, updateQuoteText } from '@shared/residency/commands';
import { readQuotes } from '@shared/residency/doc';
import { allThemeCounts } from '@shared/residency/trace';
import { WorkshopMirror } from '@shared/room/workshop-mirror';
import { readThemeCounts } from '@shared/room/workshop-doc';

/**
 * The HOST's workshop doc: what participants get of a project, and how their edits come back.
 * "Participant" below is a separate doc synced with the workshop doc by Yjs updates, as a page is.
 */

const mirrors: WorkshopMirror[] = [];
afterEach(() => {
  for (const m of mirrors.splice(0)) m.destroy();
});

function mirrorOf(full: Y.Doc): WorkshopMirror {
  const m = new WorkshopMirror(full, { countsDelayMs: 0 });
  mirrors.push(m);
  return m;
}

/** A participant's doc, kept in sync with the workshop doc both ways. */
function participantOf(work: Y.Doc): Y.Doc {
  const p = new Y.Doc();
  Y.applyUpdate(p, Y.encodeStateAsUpdate(work));
  // Each side's origin is the other doc, as a hub's is the socket: what came from a peer is not sent back to it.
  p.on('update', (u: Uint8Array, origin: unknown) => origin !== work && Y.applyUpdate(work, u, p));
  work.on('update', (u: Uint8Array, origin: unknown) => origin !== p && Y.applyUpdate(p, u, work));
  return p;
}

const text = (doc: Y.Doc): string => new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(doc));

function residency() {
  const full = new Y.Doc();
  const named = addInterview(full, { pseudonym: 'Marguerite', consent: 'quote', role: 'elected', ageBand: '61-75', place: 'Mairie', date: '2026-10-02', notes: 'Rendez-vous pris par sa fille', transcript: 'On est devenus un guichet. Le reste de la conversation reste entre nous.' });
  const shy = addInterview(full, { pseudonym: 'Rosalind', consent: 'anonymous', role: 'user', ageBand: '26-40', place: 'Marché', date: '2026-10-03', notes: 'Travaille de nuit', transcript: 'Le bus du soir ne passe plus. Mon voisin Jérôme le sait bien.' });
  const refused = addInterview(full, { pseudonym: 'Théodore', consent: 'none', role: 'professional', ageBand: '41-60', place: 'Gare', date: '2026-10-04', notes: '', transcript: 'Personne ne doit citer ceci.' });
  const q1 = addQuote(full, named, 'On est devenus un guichet.');
  const q2 = addQuote(full, shy, 'Le bus du soir ne passe plus.');
  const q3 = addQuote(full, refused, 'Personne ne doit citer ceci.');
  if (!q1.ok || !q2.ok || !q3.ok) throw new Error('quotes');
  const theme = createItem(full, { kind: 'frame', x: 0, y: 0, w: 800, h: 600, title: 'Mobilité' });
  const cards = [q1.value, q2.value, q3.value].map((q, i) => {
    // The refused quote cannot be placed by the command; a card of it may still exist (placed before consent changed).
    if (q === q3.value) return createItem(full, { kind: 'quote', quoteId: q, x: 2000, y: 60 });
    const placed = placeQuote(full, q, 40 + i * 250, 60);
    if (!placed.ok) throw new Error('place');
    return placed.value;
  });
  updateItem(full, cards[0]!, { parentId: theme });
  updateItem(full, cards[1]!, { parentId: theme });
  const note = createItem(full, { kind: 'note', x: 1000, y: 0, text: 'Idée : navette' });
  const proposal = createItem(full, { kind: 'proposal', x: 1000, y: 400, title: 'Navette du soir', body: 'Une navette le soir.' });
  return { full, ids: { named, shy, refused, q1: q1.value, q2: q2.value, q3: q3.value, theme, cards, note, proposal } };
}

describe('the workshop doc', () => {
  it('holds the board and the quotes as published, and none of the research', () => {
    const { full, ids } = residency();
    const work = mirrorOf(full).doc;
    const bytes = text(work);
    for (const secret of ['Rendez-vous pris', 'Travaille de nuit', 'Mon voisin Jérôme', 'Rosalind', 'Théodore', 'Personne ne doit citer', ids.named, ids.shy, ids.refused]) {
      expect(bytes, secret).not.toContain(secret);
    }
    expect(work.getMap('interviews').size).toBe(0);
    const quotes = new Map(readQuotes(work).map((q) => [q.id, q]));
    expect(quotes.get(ids.q1)).toMatchObject({ interviewId: null, text: 'On est devenus un guichet.', credit: { pseudonym: 'Marguerite', role: 'elected', place: 'Mairie' } });
    expect(quotes.get(ids.q2)).toMatchObject({ interviewId: null, credit: { pseudonym: null, role: 'user', ageBand: '26-40' } });
    expect(quotes.has(ids.q3)).toBe(false);
    const cards = readItems(work).map((i) => i.id);
    expect(cards).toContain(ids.cards[0]);
    expect(cards).toContain(ids.note);
    expect(cards).not.toContain(ids.cards[2]);
    // Counts as the facilitators see them, without saying who.
    expect(readThemeCounts(work).get(ids.theme)).toEqual({ quotes: 2, interviews: 2, profiles: 2 });
  });

  it('follows the facilitators: moves, texts, new cards, deletions', () => {
    const { full, ids } = residency();
    const mirror = mirrorOf(full);
    const p = participantOf(mirror.doc);
    moveItems(full, [ids.note], 50, 10);
    setProposalBody(full, ids.proposal, 'Une navette le soir, le jeudi.');
    const added = createItem(full, { kind: 'note', x: 0, y: 900, text: 'Nouveau' });
    deleteItems(full, [ids.cards[1]!]);
    const items = new Map(readItems(p).map((i) => [i.id, i]));
    expect(items.get(ids.note)).toMatchObject({ x: 1050, y: 10 });
    expect(items.get(ids.proposal)).toMatchObject({ body: 'Une navette le soir, le jeudi.' });
    expect(items.get(added)).toMatchObject({ text: 'Nouveau' });
    expect(items.has(ids.cards[1]!)).toBe(false);
  });

  it('brings the participants’ edits back into the project, and reports them', () => {
    const { full, ids } = residency();
    const seen: number[] = [];
    const mirror = new WorkshopMirror(full, { countsDelayMs: 0, onMirrored: (changed) => seen.push(changed.size) });
    mirrors.push(mirror);
    const p = participantOf(mirror.doc);
    const cardY = readItems(full).find((i) => i.id === ids.cards[0])!.y;
    const mine = createItem(p, { kind: 'note', x: 5, y: 5, text: 'Vu par un participant' });
    moveItems(p, [ids.cards[0]!], 0, 30);
    setProposalBody(p, ids.proposal, 'Une navette le soir, gratuite.');
    const r = linkQuote(p, ids.proposal, ids.q2);
    expect(r.ok).toBe(true);
    deleteItems(p, [ids.note]);
    const items = new Map(readItems(full).map((i) => [i.id, i]));
    expect(items.get(mine)).toMatchObject({ text: 'Vu par un participant' });
    expect(items.get(ids.cards[0]!)).toMatchObject({ y: cardY + 30 });
    expect(items.get(ids.proposal)).toMatchObject({ body: 'Une navette le soir, gratuite.', quoteLinks: { [ids.q2]: true } });
    expect(items.has(ids.note)).toBe(false);
    expect(seen.length).toBeGreaterThan(0);
    // The research stayed as it was.
    expect(full.getMap('interviews').size).toBe(3);
  });

  it('merges a facilitator and a participant typing in the same proposal at once', () => {
    const { full, ids } = residency();
    const mirror = mirrorOf(full);
    const p = participantOf(mirror.doc);
    // The facilitator's page: a doc of its own, its updates reaching the HOST's project doc late.
    const facilitator = new Y.Doc();
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(full));
    const body = (d: Y.Doc): Y.Text => (d.getMap('items').get(ids.proposal) as Y.Map<unknown>).get('body') as Y.Text;
    const before = Y.encodeStateVector(facilitator);
    body(facilitator).insert(0, 'Vite : ');
    body(p).insert(body(p).length, ' Avec la mairie.');
    Y.applyUpdate(full, Y.encodeStateAsUpdate(facilitator, before));
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(full));
    expect(body(full).toString()).toBe('Vite : Une navette le soir. Avec la mairie.');
    expect(body(p).toString()).toBe(body(full).toString());
    expect(body(facilitator).toString()).toBe(body(full).toString());
  });

  it('withdraws a quote at once when its person withdraws consent, and brings it back', () => {
    const { full, ids } = residency();
    const mirror = mirrorOf(full);
    const p = participantOf(mirror.doc);
    updateInterview(full, ids.named, { consent: 'none' });
    expect(readQuotes(p).map((q) => q.id)).not.toContain(ids.q1);
    expect(readItems(p).map((i) => i.id)).not.toContain(ids.cards[0]);
    expect(text(p)).not.toContain('guichet');
    updateInterview(full, ids.named, { consent: 'anonymous' });
    expect(readQuotes(p).find((q) => q.id === ids.q1)).toMatchObject({ credit: { pseudonym: null } });
    expect(readItems(p).find((i) => i.id === ids.cards[0])).toMatchObject({ parentId: ids.theme });
    updateInterview(full, ids.shy, { consent: 'quote' });
    expect(readQuotes(p).find((q) => q.id === ids.q2)).toMatchObject({ credit: { pseudonym: 'Rosalind' } });
  });

  it('follows a fixed wording, a new place, and a deleted interview', () => {
    const { full, ids } = residency();
    const mirror = mirrorOf(full);
    const p = participantOf(mirror.doc);
    expect(updateQuoteText(full, ids.q1, 'Nous sommes devenus un guichet.').ok).toBe(true);
    updateInterview(full, ids.named, { place: 'Salle des fêtes' });
    expect(readQuotes(p).find((q) => q.id === ids.q1)).toMatchObject({ text: 'Nous sommes devenus un guichet.', credit: { place: 'Salle des fêtes' } });
    deleteInterview(full, ids.shy);
    expect(readQuotes(p).map((q) => q.id)).not.toContain(ids.q2);
    expect(readItems(p).map((i) => i.id)).not.toContain(ids.cards[1]);
  });

  it('keeps theme counts right as cards move in and out', () => {
    const { full, ids } = residency();
    const mirror = mirrorOf(full);
    const p = participantOf(mirror.doc);
    updateItem(p, ids.cards[1]!, { parentId: null });
    mirror.flushCounts();
    expect(readThemeCounts(p).get(ids.theme)).toEqual({ quotes: 1, interviews: 1, profiles: 1 });
    updateItem(full, ids.cards[1]!, { parentId: ids.theme });
    mirror.flushCounts();
    expect(readThemeCounts(p).get(ids.theme)).toEqual({ quotes: 2, interviews: 2, profiles: 2 });
  });

  it('starts afresh at each room: deleted research leaves no trace in it', () => {
    const { full, ids } = residency();
    deleteInterview(full, ids.shy);
    const work = mirrorOf(full).doc;
    expect(text(work)).not.toContain(ids.shy);
    expect(text(work)).not.toContain('Rosalind');
  });

  it('gives a participant none of the sample residency’s research', () => {
    const loaded = loadProjectText(readFileSync('resources/sample/residence-exemple.tablee', 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.detail);
    const full = loaded.value.doc;
    const work = mirrorOf(full).doc;
    const bytes = text(work);
    full.getMap('interviews').forEach((value, id) => {
      const interview = value as Y.Map<unknown>;
      expect(bytes).not.toContain(id);
      const notes = interview.get('notes') as string;
      if (notes.length > 12) expect(bytes).not.toContain(notes.slice(0, 40));
      if (interview.get('consent') !== 'quote') expect(bytes).not.toContain(String(interview.get('pseudonym')));
    });
    expect(readItems(work).length).toBeGreaterThan(0);
  });
});

describe('both docs converge', () => {
  it('under interleaved edits from the facilitators and two participants', () => {
    const { full, ids } = residency();
    const mirror = mirrorOf(full);
    const a = participantOf(mirror.doc);
    const b = participantOf(mirror.doc);
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const docs = [full, a, b];
    for (let step = 0; step < 300; step++) {
      const doc = docs[rand(3)]!;
      const cards = readItems(doc).filter((i) => i.kind === 'note' || i.kind === 'proposal');
      const pick = cards[rand(Math.max(1, cards.length))];
      const action = rand(5);
      if (action === 0 || !pick) createItem(doc, { kind: 'note', x: rand(2000), y: rand(2000), text: `n${step}` });
      else if (action === 1) moveItems(doc, [pick.id], rand(40) - 20, rand(40) - 20);
      else if (action === 2 && pick.kind === 'note') updateItem(doc, pick.id, { text: `t${step}` });
      else if (action === 3 && pick.id !== ids.proposal) deleteItems(doc, [pick.id]);
      else if (doc === full && step % 25 === 0) updateInterview(full, ids.named, { consent: rand(2) ? 'quote' : 'none' });
      else if (step % 7 === 0 && doc !== full) {
        const quoteCards = readItems(doc).filter((i) => i.kind === 'quote');
        const card = quoteCards[rand(Math.max(1, quoteCards.length))];
        if (card) updateItem(doc, card.id, { parentId: card.parentId ? null : ids.theme });
      }
      else updateItem(doc, ids.proposal, { title: `p${step}` });
    }
    updateInterview(full, ids.named, { consent: 'quote' });
    const shown = (d: Y.Doc) => readItems(d).sort((x, y) => (x.id < y.id ? -1 : 1));
    const fullBoard = shown(full).filter((i) => i.id !== ids.cards[2]);
    expect(shown(a)).toEqual(fullBoard);
    expect(shown(b)).toEqual(shown(a));
    // Counts recounted theme by theme are those of a full count.
    mirror.flushCounts();
    expect(readThemeCounts(a)).toEqual(allThemeCounts(full));
  });
});

describe('projects of every past version', () => {
  it('open into a room whose workshop doc holds their board and none of their interviews', () => {
    const dir = 'tests/fixtures/schema';
    const files = readdirSync(dir).filter((f) => f.endsWith('.tablee'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const loaded = loadProjectText(readFileSync(`${dir}/${f}`, 'utf8'));
      if (!loaded.ok) throw new Error(`${f}: ${loaded.error.detail}`);
      const full = loaded.value.doc;
      const work = mirrorOf(full).doc;
      expect(readItems(work).length, f).toBeGreaterThan(0);
      expect(work.getMap('interviews').size, f).toBe(0);
      const bytes = text(work);
      full.getMap('interviews').forEach((_, id) => expect(bytes, `${f}: ${id}`).not.toContain(id));
    }
  });
});
