import { describe, expect, it } from 'vitest';
import type { FrameRecord, ItemRecord } from '@shared/board/records';
import type { Attribution } from '@shared/residency/consent';
import { filterChoices, personKey, quoteChoices } from '@shared/residency/quote-choices';
import type { InterviewRecord, QuoteRecord } from '@shared/residency/records';

const interview = (id: string, pseudonym: string, consent: InterviewRecord['consent'], place: string): InterviewRecord => ({
  id,
  date: '2025-03-04',
  place,
  kind: 'one-to-one',
  role: 'user',
  ageBand: '26-40',
  pseudonym,
  consent,
  notes: '',
  transcript: '',
});
const interviews = new Map(
  [interview('i-nadia', 'Nadia', 'quote', 'Le Grenier'), interview('i-theo', 'Théo', 'anonymous', 'Le Grenier'), interview('i-rose', 'Rose', 'none', 'Les Noues')].map((i) => [i.id, i]),
);
const quotes: QuoteRecord[] = [
  { id: 'q-nadia', interviewId: 'i-nadia', text: 'Je viens chiner comme tout le monde.' },
  { id: 'q-theo', interviewId: 'i-theo', text: 'Si c’est écrit « social », mes potes entreront pas.' },
  { id: 'q-rose', interviewId: 'i-rose', text: 'Je ne veux pas que ça sorte d’ici.' },
  { id: 'q-typed', interviewId: null, text: 'Une phrase notée au marché.' },
];
const theme: FrameRecord = { id: 'f1', kind: 'frame', x: 0, y: 0, w: 1000, h: 1000, z: 0, parentId: null, title: 'Le poids des étiquettes', color: 'grey' };
const items: ItemRecord[] = [theme, { id: 'c1', kind: 'quote', quoteId: 'q-theo', x: 10, y: 10, w: 100, h: 100, z: 1, parentId: 'f1' }];
const label = (a: Attribution): string => a.pseudonym ?? `${a.role}, ${a.ageBand}`;
const all = { words: '', person: '', place: '', theme: '' };

describe('the quote picker’s choices', () => {
  const choices = quoteChoices(quotes, interviews, items, [theme], { 'q-typed': true });

  it('leaves out what is linked and what its person refused to have quoted; shows a pseudonym only where consent allows', () => {
    expect(choices.map((c) => c.id)).toEqual(['q-nadia', 'q-theo']);
    expect(choices[0]!.attribution?.pseudonym).toBe('Nadia');
    expect(choices[1]!.attribution?.pseudonym).toBeNull();
    expect(personKey(choices[1]!.attribution)).toBe('profile:user:26-40');
    expect(choices[1]!.themes).toEqual([{ id: 'f1', title: 'Le poids des étiquettes' }]);
  });

  it('finds by words (without accents or case), by the person as shown, by place and by theme', () => {
    const ids = (f: Partial<typeof all>): string[] => filterChoices(choices, { ...all, ...f }, label).map((c) => c.id);
    expect(ids({ words: 'CHINER' })).toEqual(['q-nadia']);
    expect(ids({ words: 'ecrit social' })).toEqual(['q-theo']);
    expect(ids({ words: 'nadia' })).toEqual(['q-nadia']);
    // An anonymous person is not found by the pseudonym nobody may see.
    expect(ids({ words: 'théo' })).toEqual([]);
    expect(ids({ words: 'étiquettes' })).toEqual(['q-theo']);
    expect(ids({ place: 'Le Grenier' })).toEqual(['q-nadia', 'q-theo']);
    expect(ids({ words: 'grenier', person: 'name:Nadia' })).toEqual(['q-nadia']);
    expect(ids({ theme: 'f1' })).toEqual(['q-theo']);
  });
});
