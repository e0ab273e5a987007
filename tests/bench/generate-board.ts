import * as Y from 'yjs';
import { itemsOf, SYSTEM_ORIGIN, writeItem } from '../../shared/board/doc';
import { NOTE_COLORS, type ItemRecord } from '../../shared/board/records';
import { interviewsOf, quotesOf, writeRecord } from '../../shared/residency/doc';
import { AGE_BANDS, INTERVIEW_KINDS, PROFILE_ROLES, type Consent, type InterviewRecord, type QuoteRecord } from '../../shared/residency/records';
import { newBoardDoc } from '../../shared/project-file/build';

/**
 * A generated board of `n` items for benchmarks, shaped like a residency's wall: frames (themes)
 * on a grid, each holding up to 100 cards in a 10 × 10 grid. In each frame of 100:
 *   - 20 quote cards (columns 1 and 5), each showing a quote record of one of the frame's four
 *     interviews (consent "quote" or "anonymous", pseudonyms, a transcript holding the words);
 *     a fifth interview, not to be quoted, has a quote that stays off the board, as in real data;
 *   - 6 proposals (column 3, rows 0–5), each linking 2 to 4 quote cards of its frame and the
 *     frame itself as its theme;
 *   - 3 experiments (column 7, rows 0–2), each coming from one of those proposals;
 *   - 10 text labels (column 9) and 61 notes.
 * About 1 % frames, 20 % quotes, 6 % proposals, 3 % experiments, 10 % texts, 60 % notes, and
 * 27 links per frame of 100 (the connectors the "links" toggle draws). A frame cut short by `n`
 * only links what it holds. Deterministic (fixed ids, no randomness), so figures compare run to run.
 */
export function generateBoard(n: number): Y.Doc {
  const doc = newBoardDoc(`Généré — ${n} cartes`, '2026-01-01T00:00:00.000Z');
  doc.transact(() => {
    const items = itemsOf(doc);
    let made = 0;
    let z = 0;
    for (let f = 0; made < n; f++) {
      const fx = (f % 10) * 2600;
      const fy = Math.floor(f / 10) * 2200;
      const frameId = `frame:gen-${f}`;
      const frame: ItemRecord = { id: frameId, kind: 'frame', x: fx, y: fy, w: 2480, h: 2060, z: ++z, parentId: null, title: `Thème ${f + 1}`, color: 'grey' };
      writeItem(items, frame);
      made++;
      const cards = Math.min(100, n - made);
      writeResidency(doc, f, cards);
      for (let i = 0; i < cards; i++, made++) writeItem(items, cardAt(f, i, cards, fx, fy, frameId, ++z));
    }
  }, SYSTEM_ORIGIN);
  return doc;
}

const PSEUDONYMS = ['Nadia', 'Joël', 'Samia', 'Gérard', 'Inès', 'Théo', 'Martine', 'Karim', 'Lucie', 'Françoise', 'Yann', 'Aïcha'];
const PLACES = ['Le Grenier partagé', 'Le Point emploi des Noues', 'La médiathèque', 'Le marché du jeudi'];
const SAID = [
  'On ne sait pas toujours à quelle porte frapper, alors on ne frappe nulle part.',
  'Le car passe deux fois par jour : le rendez-vous de 14 h, je le rate.',
  'Ici on entre pour un meuble et on finit par parler de son loyer.',
  'Tout est en ligne maintenant, mais joindre un fichier à un mail, je ne sais pas faire.',
  'Chaque mois je découvre une association qui fait la même chose que nous à dix kilomètres.',
];
/** Interviews per frame whose quotes are on the board, and quotes each. */
const INTERVIEWS_ON_BOARD = 4;
const QUOTES_PER_INTERVIEW = 5;

const interviewId = (f: number, k: number): string => `interview:gen-${f}-${k}`;
const quoteId = (f: number, j: number): string => `quote:rec-${f}-${j}`;
const quoteText = (f: number, j: number): string => `« ${SAID[(f + j) % SAID.length]} » (${f}-${j})`;

/** The frame's interviews and quotes: one quote record per quote card it holds, plus one not to be quoted. */
function writeResidency(doc: Y.Doc, f: number, cards: number): void {
  for (let k = 0; k <= INTERVIEWS_ON_BOARD; k++) {
    const offBoard = k === INTERVIEWS_ON_BOARD;
    const own = offBoard ? [] : range(k * QUOTES_PER_INTERVIEW, (k + 1) * QUOTES_PER_INTERVIEW).filter((j) => quoteSlot(j) < cards);
    if (!offBoard && own.length === 0) continue;
    const consent: Consent = offBoard ? 'none' : k % 2 === 0 ? 'quote' : 'anonymous';
    const said = offBoard ? [`« Ne me citez pas, mais tout le monde le sait ici. » (${f})`] : own.map((j) => quoteText(f, j));
    const interview: InterviewRecord = {
      id: interviewId(f, k),
      date: `2025-03-${String(((f + k) % 28) + 1).padStart(2, '0')}`,
      place: PLACES[(f + k) % PLACES.length]!,
      kind: INTERVIEW_KINDS[k % INTERVIEW_KINDS.length]!,
      role: PROFILE_ROLES[(f + k) % PROFILE_ROLES.length]!,
      ageBand: AGE_BANDS[1 + ((f + k) % (AGE_BANDS.length - 1))]!,
      pseudonym: PSEUDONYMS[(f * 5 + k) % PSEUDONYMS.length]!,
      consent,
      notes: `Entretien ${f}-${k}, rencontré sur place.`,
      transcript: said.join('\n'),
    };
    writeRecord(interviewsOf(doc), interview);
    if (offBoard) {
      const quote: QuoteRecord = { id: `quote:rec-${f}-none`, interviewId: interview.id, text: said[0]! };
      writeRecord(quotesOf(doc), quote);
      continue;
    }
    for (const j of own) {
      const quote: QuoteRecord = { id: quoteId(f, j), interviewId: interview.id, text: quoteText(f, j) };
      writeRecord(quotesOf(doc), quote);
    }
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Slot i of a frame: row i / 10, column i % 10. */
const column = (i: number): number => i % 10;
const row = (i: number): number => Math.floor(i / 10);
const isQuoteSlot = (i: number): boolean => column(i) === 1 || column(i) === 5;
/** The j-th quote card of a frame sits in slot: column 1 for j < 10, column 5 after. */
const quoteSlot = (j: number): number => (j % 10) * 10 + (j < 10 ? 1 : 5);
const quoteIndex = (i: number): number => row(i) + (column(i) === 5 ? 10 : 0);
const isProposalSlot = (i: number): boolean => column(i) === 3 && row(i) < 6;
const isExperimentSlot = (i: number): boolean => column(i) === 7 && row(i) < 3;

function cardAt(f: number, i: number, cards: number, fx: number, fy: number, frameId: string, z: number): ItemRecord {
  const x = fx + 24 + column(i) * 244;
  const y = fy + 60 + row(i) * 198;
  const base = { x, y, w: 220, h: 170, z, parentId: frameId };
  if (column(i) === 9) {
    return { ...base, id: `text:gen-${f}-${i}`, kind: 'text', y: y + 40, h: 90, text: `Idée ${f}-${i} : ouvrir la salle le soir`, fontSize: 24 };
  }
  if (isQuoteSlot(i)) return { ...base, id: `quote:gen-${f}-${i}`, kind: 'quote', quoteId: quoteId(f, quoteIndex(i)) };
  if (isProposalSlot(i)) {
    const p = row(i);
    // 2, 3 or 4 quotes of the frame, among the cards it holds.
    const linked = range(0, 2 + (p % 3))
      .map((k) => (p * 3 + k * 7) % 20)
      .filter((j) => quoteSlot(j) < cards);
    return {
      ...base,
      id: `proposal:gen-${f}-${i}`,
      kind: 'proposal',
      title: `Proposition ${f}-${p} : un guichet qui n’en a pas l’air`,
      body: 'Ouvrir un lieu où l’on trouve quelqu’un qui sait à qui s’adresser.',
      quoteLinks: Object.fromEntries(linked.map((j) => [quoteId(f, j), true as const])),
      themeLinks: { [frameId]: true },
    };
  }
  if (isExperimentSlot(i)) {
    const proposalSlot = row(i) * 2 * 10 + 3;
    return {
      ...base,
      id: `experiment:gen-${f}-${i}`,
      kind: 'experiment',
      title: `Expérimentation ${f}-${row(i)}`,
      hypothesis: 'Si la permanence est dans la boutique, les gens y viennent sans étiquette.',
      place: PLACES[f % PLACES.length]!,
      partners: 'Mairie, association',
      tested: 'Une permanence le mardi matin',
      indicator: 'Personnes reçues par semaine',
      startDate: '',
      endDate: '',
      status: 'idea',
      proposalId: proposalSlot < cards ? `proposal:gen-${f}-${proposalSlot}` : null,
    };
  }
  return { ...base, id: `note:gen-${f}-${i}`, kind: 'note', text: `« Citation ${f}-${i} : on ne sait pas toujours à quelle porte frapper. »`, color: NOTE_COLORS[(f + i) % NOTE_COLORS.length]! };
}
