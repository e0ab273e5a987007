import { describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { readItems } from '@shared/board/doc';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, addQuote, addTag, placeQuote, setTag } from '@shared/residency/commands';
import { readInterviews, readQuotes, readTags } from '@shared/residency/doc';
import { searchInterviews, searchItems } from '@shared/residency/search';

function board() {
  const doc = newBoardDoc('R', '2026-11-01T00:00:00.000Z');
  const named = addInterview(doc, { consent: 'quote', pseudonym: 'Nadia', place: 'Le Grenier partagé', transcript: 'on parle du loyer' });
  const secret = addInterview(doc, { consent: 'none', pseudonym: 'Théo', place: 'Point emploi' });
  const q1 = addQuote(doc, named, 'Ici je viens chiner comme tout le monde.');
  const q2 = addQuote(doc, secret, 'Mot de passe oublié, encore.');
  if (!q1.ok || !q2.ok) throw new Error('quotes');
  const card = placeQuote(doc, q1.value, 0, 0);
  if (!card.ok) throw new Error('card');
  // A card of a quote whose consent was later withdrawn (placed before, as a peer might have).
  const hidden = createItem(doc, { kind: 'quote', quoteId: q2.value, x: 600, y: 0 });
  const note = createItem(doc, { kind: 'note', x: 0, y: 400, text: 'Équipe : atelier vélo le jeudi' });
  const tag = addTag(doc, 'Greffe', 'pattern');
  if (!tag.ok) throw new Error('tag');
  setTag(doc, [note], tag.value, true);
  const data = {
    interviews: new Map(readInterviews(doc).map((i) => [i.id, i])),
    quotes: new Map(readQuotes(doc).map((q) => [q.id, q])),
    tags: new Map(readTags(doc).map((t) => [t.id, t])),
  };
  return { doc, data, card: card.value, hidden, note };
}

describe('search', () => {
  it('finds notes ignoring case and accents, by tag, and quotes by words, place and pseudonym', () => {
    const { doc, data, card, note } = board();
    const items = readItems(doc);
    expect(searchItems(items, 'equipe velo', data).map((i) => i.id)).toEqual([note]);
    expect(searchItems(items, 'greffe', data).map((i) => i.id)).toEqual([note]);
    expect(searchItems(items, 'chiner', data).map((i) => i.id)).toEqual([card]);
    expect(searchItems(items, 'grenier', data).map((i) => i.id)).toEqual([card]);
    expect(searchItems(items, 'nadia', data).map((i) => i.id)).toEqual([card]);
    expect(searchItems(items, '   ', data)).toEqual([]);
  });

  it('never reveals the words of a quote whose person did not agree to be quoted', () => {
    const { doc, data } = board();
    expect(searchItems(readItems(doc), 'passe oublié', data)).toEqual([]);
    expect(searchItems(readItems(doc), 'théo', data)).toEqual([]);
  });

  it('finds interviews by place, pseudonym and transcript', () => {
    const { data } = board();
    expect(searchInterviews(data.interviews.values(), 'loyer').map((i) => i.pseudonym)).toEqual(['Nadia']);
    expect(searchInterviews(data.interviews.values(), 'point emploi').map((i) => i.pseudonym)).toEqual(['Théo']);
  });
});
