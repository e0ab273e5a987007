/**
 * The private round's reveal on a big board:
 *   npx tsx tests/bench/day-round.bench.ts [--cards 50000] [--people 35] [--each 50] [--rounds 3]
 * A generated board of `cards` items; a round open on its first frame, where `people` × `each`
 * cards are held; then the HOST's reveal (revealHeld, one transaction) is timed. `perCard` times
 * the way the reveal was written before (createItem per card: the board's top z and its frame
 * membership walked again for each card), for comparison. Prints one JSON document on stdout,
 * progress on stderr. Not a test: it never fails on a figure.
 */
import { parseArgs } from 'node:util';
import os from 'node:os';
import type * as Y from 'yjs';
import { createItem } from '../../shared/board/commands';
import { itemsOf } from '../../shared/board/doc';
import { heldMapOf, heldOf, readDayRound, revealHeld, writeDayRound, type HeldEntry } from '../../shared/day/day-round';
import { generateBoard } from './generate-board';
import { figures } from './room-bench';

const { values } = parseArgs({
  options: { cards: { type: 'string', default: '50000' }, people: { type: 'string', default: '35' }, each: { type: 'string', default: '50' }, rounds: { type: 'string', default: '3' } },
});
const CARDS = Number(values.cards);
const PEOPLE = Number(values.people);
const EACH = Number(values.each);
const ROUNDS = Number(values.rounds);
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

/** The board with a round open on its first frame and every person's cards held in it. */
function heldBoard(): Y.Doc {
  const doc = generateBoard(CARDS);
  writeDayRound(doc, { id: 'round-bench', frame: 'frame:gen-0', anonymous: false, state: 'revealed' });
  doc.transact(() => {
    for (let p = 0; p < PEOPLE; p++) {
      for (let c = 0; c < EACH; c++) {
        const id = `note:held-${p}-${c}`;
        const card = { id, x: 40 + (c % 10) * 240, y: 40 + Math.floor(c / 10) * 200, w: 200, h: 150, text: `Idée ${p}.${c}`, color: 'yellow' as const };
        heldMapOf(doc).set(id, { round: 'round-bench', owner: `owner-${p}`, person: { id: `person-${p}`, name: `P${p}` }, card } satisfies HeldEntry);
      }
    }
  });
  return doc;
}

/** The reveal as it was: one createItem per card (each walks the board for z and for frames). */
function perCardReveal(doc: Y.Doc): void {
  const round = readDayRound(doc)!;
  doc.transact(() => {
    for (const [id, { card }] of heldOf(doc, round.id)) {
      createItem(doc, { kind: 'note', x: card.x, y: card.y, w: card.w, h: card.h, text: card.text, color: card.color }, id);
      heldMapOf(doc).delete(id);
    }
  });
}

function time(reveal: (doc: Y.Doc) => void, rounds: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const doc = heldBoard();
    const before = itemsOf(doc).size;
    const started = performance.now();
    reveal(doc);
    out.push(performance.now() - started);
    if (itemsOf(doc).size !== before + PEOPLE * EACH || heldMapOf(doc).size !== 0) throw new Error('the reveal lost cards');
    doc.destroy();
    log(`round ${r + 1}/${rounds}: ${out[out.length - 1]!.toFixed(1)} ms`);
  }
  return out;
}

log(`${CARDS} cards, ${PEOPLE} × ${EACH} held`);
const once = time((doc) => doc.transact(() => revealHeld(doc, readDayRound(doc)!)), ROUNDS);
const perCard = time(perCardReveal, 1);
process.stdout.write(
  `${JSON.stringify({ cards: CARDS, held: PEOPLE * EACH, cpus: os.cpus().length, reveal: figures(once, 'ms'), perCard: figures(perCard, 'ms') }, null, 2)}\n`,
);
