import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snapshotOf } from '@shared/board/doc';
import { buildProjectFile } from '@shared/project-file/build';
import { loadProjectText } from '@shared/project-file/load';
import { placementRefusal } from '@shared/residency/commands';
import { generateBoard } from '../bench/generate-board';

const META = { title: 'bench', createdAt: '2026-01-01T00:00:00.000Z', savedAt: '2026-01-01T00:00:00.000Z', app: 'test' };

describe('the benchmark board generator', () => {
  it('makes a board of mixed kinds that the app opens as it is: no record dropped or repaired', () => {
    const doc = generateBoard(510);
    const text = JSON.stringify(buildProjectFile(doc, META, []));
    const loaded = loadProjectText(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.report.repairs).toEqual([]);
    const before = snapshotOf(doc);
    const after = snapshotOf(loaded.value.doc);
    expect(after.items).toEqual(before.items);
    expect(after.quotes).toEqual(before.quotes);
    expect(after.interviews).toEqual(before.interviews);

    const kinds: Record<string, number> = {};
    for (const i of after.items) kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
    // Five full frames of 100 and one holding the last 4 cards (note, quote, note, proposal).
    expect(after.items).toHaveLength(510);
    expect(kinds).toEqual({ frame: 6, note: 61 * 5 + 2, quote: 20 * 5 + 1, proposal: 6 * 5 + 1, experiment: 3 * 5, text: 10 * 5 });
  });

  it('links every proposal to quote cards of its own frame and to that frame, and every experiment to a proposal', () => {
    const snap = snapshotOf(generateBoard(1010));
    const byId = new Map(snap.items.map((i) => [i.id, i]));
    const cardsOfQuote = new Map<string, string[]>();
    for (const i of snap.items) if (i.kind === 'quote') cardsOfQuote.set(i.quoteId, [...(cardsOfQuote.get(i.quoteId) ?? []), i.id]);
    let links = 0;
    for (const i of snap.items) {
      if (i.kind === 'proposal') {
        const quotes = Object.keys(i.quoteLinks);
        expect(quotes.length).toBeGreaterThanOrEqual(2);
        expect(quotes.length).toBeLessThanOrEqual(4);
        for (const q of quotes) {
          const cards = cardsOfQuote.get(q) ?? [];
          expect(cards).toHaveLength(1);
          expect(byId.get(cards[0]!)?.parentId).toBe(i.parentId);
          links++;
        }
        expect(Object.keys(i.themeLinks)).toEqual([i.parentId]);
        links++;
      }
      if (i.kind === 'experiment') {
        expect(byId.get(i.proposalId ?? '')?.kind).toBe('proposal');
        links++;
      }
    }
    // 27 links per frame of 100: 6 × (2 to 4 quotes + 1 theme) + 3.
    expect(links).toBe(27 * 10);
  });

  it('puts on the board only quotes whose person agreed to be quoted, from interviews with pseudonyms and transcripts', () => {
    const doc = generateBoard(300);
    const snap = snapshotOf(doc);
    const onBoard = snap.items.flatMap((i) => (i.kind === 'quote' ? [i.quoteId] : []));
    for (const q of onBoard) expect(placementRefusal(doc, q)).toBeUndefined();
    const consents = new Set(snap.interviews.map((i) => i.consent));
    expect(consents).toEqual(new Set(['quote', 'anonymous', 'none']));
    for (const i of snap.interviews) expect(i.pseudonym).not.toBe('');
    const quoteById = new Map(snap.quotes.map((q) => [q.id, q]));
    for (const i of snap.interviews) {
      const words = snap.quotes.filter((q) => q.interviewId === i.id);
      expect(words.length).toBeGreaterThan(0);
      for (const q of words) expect(i.transcript).toContain(quoteById.get(q.id)!.text);
    }
    // The quote of the person who did not agree exists but is on no card.
    const refused = snap.quotes.filter((q) => placementRefusal(doc, q.id) === 'not-to-be-quoted');
    expect(refused.length).toBe(3);
    for (const q of refused) expect(onBoard).not.toContain(q.id);
  });

  it('is deterministic', () => {
    const a = Y.encodeStateAsUpdate(generateBoard(250));
    const b = Y.encodeStateAsUpdate(generateBoard(250));
    expect(snapshotOf(docOf(a))).toEqual(snapshotOf(docOf(b)));
  });
});

function docOf(update: Uint8Array): Y.Doc {
  const d = new Y.Doc();
  Y.applyUpdate(d, update);
  return d;
}
