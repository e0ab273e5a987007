import * as Y from 'yjs';
import { itemsOf, writeItem } from '@shared/board/doc';
import { interviewsOf, quotesOf, tagsOf, writeRecord } from '@shared/residency/doc';
import type { InterviewRecord } from '@shared/residency/records';

/** A board with one interview whose transcript holds accents, an apostrophe and emoji, and two quotes in a theme with a tag. */
export function accentedBoard(consent: InterviewRecord['consent'] = 'quote'): Y.Doc {
  const doc = new Y.Doc();
  const transcript = 'Nadia : 👋 Bonjour ! L’été dernier, à la médiathèque, on s’est retrouvés 🎉🎉 autour du café.\r\nC’était génial 😀, vraiment.';
  writeRecord(interviewsOf(doc), { id: 'interview:nadia', date: '2025-03-04', place: 'Le Grenier', kind: 'one-to-one', role: 'user', ageBand: '26-40', pseudonym: 'Nadia', consent, notes: 'Nadia parle vite.', transcript });
  writeRecord(quotesOf(doc), { id: 'quote:a', interviewId: 'interview:nadia', text: 'on s’est retrouvés 🎉🎉 autour du café' });
  writeRecord(quotesOf(doc), { id: 'quote:b', interviewId: 'interview:nadia', text: 'C’était génial 😀, vraiment.' });
  writeRecord(quotesOf(doc), { id: 'quote:c', interviewId: null, text: 'Une phrase lue au mur.' });
  writeRecord(tagsOf(doc), { id: 'tag:lieu', label: 'lieu', group: 'field' });
  const base = { z: 1, tags: [] as string[] };
  writeItem(itemsOf(doc), { ...base, id: 'frame:t', kind: 'frame', title: 'Se retrouver', color: 'violet', mark: 'none', x: 0, y: 0, w: 900, h: 600, parentId: null });
  writeItem(itemsOf(doc), { ...base, id: 'frame:sub', kind: 'frame', title: 'Autour d’un café', color: 'blue', mark: 'none', x: 20, y: 300, w: 400, h: 280, parentId: 'frame:t', z: 2 });
  writeItem(itemsOf(doc), { ...base, id: 'card:a', kind: 'quote', quoteId: 'quote:a', x: 40, y: 360, w: 240, h: 160, parentId: 'frame:sub', z: 3, tags: ['tag:lieu'] });
  writeItem(itemsOf(doc), { ...base, id: 'card:b', kind: 'quote', quoteId: 'quote:b', x: 40, y: 40, w: 240, h: 160, parentId: 'frame:t', z: 3 });
  return doc;
}

